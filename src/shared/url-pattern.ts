// URL patterns used by guides: a full https URL where `*` stands for any run of characters.
// Matched without regular expressions (no backtracking risk), ignoring the #fragment.

/** True when `href` (fragment ignored) matches `pattern`, where `*` matches any characters. */
export function matchUrlPattern(pattern: string, href: string): boolean {
  const hashAt = href.indexOf('#');
  const subject = hashAt === -1 ? href : href.slice(0, hashAt);
  const parts = pattern.split('*');
  const first = parts[0] ?? '';
  if (!subject.startsWith(first)) return false;
  if (parts.length === 1) return subject === first;
  let cursor = first.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const part = parts[i] ?? '';
    const at = subject.indexOf(part, cursor);
    if (at === -1) return false;
    cursor = at + part.length;
  }
  const last = parts[parts.length - 1] ?? '';
  return subject.length - last.length >= cursor && subject.endsWith(last);
}

/** True when `href` matches at least one of the patterns. */
export function matchAnyUrlPattern(patterns: readonly string[], href: string): boolean {
  return patterns.some((pattern) => matchUrlPattern(pattern, href));
}

/** The host a pattern is pinned to (patterns always name a concrete https host). */
export function patternHost(pattern: string): string | undefined {
  const match = /^https:\/\/([a-z0-9.-]+)(?:[/?]|$)/.exec(pattern);
  return match?.[1];
}
