// Guide patterns run in the page on what the learner types: a pattern whose matching time can
// explode (catastrophic backtracking) would freeze the page. This finds the usual shapes of that
// risk without running the pattern: a repeated group that itself holds a repeat (`(a+)*`,
// `((a+))+`, `(\d{1,3})+`) or choices that can start alike (`(a|aa)+`, `(\d|1)*`). Pure.

export interface RegexRisk {
  /** Index in the pattern of the group at fault. */
  at: number;
  /** That group, as written. */
  group: string;
  why: 'nested-repeat' | 'overlapping-choices';
}

interface Frame {
  start: number;
  /** Something inside repeats (a quantifier that allows more than one). */
  repeats: boolean;
  /** How each choice (`|`) starts: a literal letter, or '?' for anything wider. */
  firsts: string[];
  /** The current choice has not started yet. */
  fresh: boolean;
}

interface Quantifier {
  end: number;
  /** It allows more than one. */
  many: boolean;
  /** It allows more than one, and not always the same number (`+`, `{1,3}`; not `{2}`). */
  varies: boolean;
}

/** The quantifier starting at `i`, or undefined when none. */
function quantifier(pattern: string, i: number): Quantifier | undefined {
  const c = pattern[i];
  let end: number;
  let low: number;
  let high: number;
  if (c === '*' || c === '+') [end, low, high] = [i + 1, c === '*' ? 0 : 1, Infinity];
  else if (c === '?') [end, low, high] = [i + 1, 0, 1];
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
    if (!m) return undefined;
    low = Number(m[1]);
    high = m[2] === undefined ? low : m[3] === '' ? Infinity : Number(m[3]);
    end = i + m[0].length;
  } else return undefined;
  if (pattern[end] === '?') end++; // lazy
  return { end, many: high > 1, varies: high > 1 && high > low };
}

/** The end of the escape or class starting at `i`, and how it starts a choice. */
function atom(pattern: string, i: number): { end: number; first: string } {
  const c = pattern[i] ?? '';
  if (c === '\\') {
    const next = pattern[i + 1] ?? '';
    if ((next === 'p' || next === 'P' || next === 'u' || next === 'x') && pattern[i + 2] === '{') {
      const close = pattern.indexOf('}', i);
      return { end: close === -1 ? pattern.length : close + 1, first: '?' };
    }
    // \d, \w, \s… match many letters; \. \/ \- one.
    return { end: i + 2, first: /[A-Za-z0-9]/.test(next) ? '?' : next };
  }
  if (c === '[') {
    let j = i + 1;
    if (pattern[j] === '^') j++;
    if (pattern[j] === ']') j++;
    while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
    return { end: j + 1, first: '?' };
  }
  return { end: i + 1, first: c === '.' ? '?' : c };
}

/** The first risky group of `pattern` (a valid JavaScript regular expression), or undefined. */
export function regexRisk(pattern: string): RegexRisk | undefined {
  const stack: Frame[] = [{ start: -1, repeats: false, firsts: [], fresh: true }];
  const top = () => stack[stack.length - 1] as Frame;
  const begin = (first: string) => {
    const frame = top();
    if (frame.fresh) {
      frame.firsts.push(first);
      frame.fresh = false;
    }
  };
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '(') {
      begin('?');
      let body = i + 1;
      const prefix = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(pattern.slice(body));
      if (prefix) body += prefix[0].length;
      stack.push({ start: i, repeats: false, firsts: [], fresh: true });
      i = body;
      continue;
    }
    if (c === '|') {
      top().fresh = true;
      i++;
      continue;
    }
    if (c === ')') {
      const group = stack.pop() as Frame;
      if (group.fresh) group.firsts.push(''); // an empty choice
      const q = quantifier(pattern, i + 1);
      const end = q?.end ?? i + 1;
      if (q?.many) {
        const text = pattern.slice(group.start, end);
        if (group.repeats) return { at: group.start, group: text, why: 'nested-repeat' };
        const seen = new Set<string>();
        for (const first of group.firsts) {
          if (group.firsts.length > 1 && (first === '?' || first === '' || seen.has(first)))
            return { at: group.start, group: text, why: 'overlapping-choices' };
          seen.add(first);
        }
      }
      top().repeats ||= group.repeats || q?.varies === true;
      i = end;
      continue;
    }
    if (c === '^' || c === '$') {
      i++;
      continue;
    }
    const { end, first } = atom(pattern, i);
    begin(first);
    const q = quantifier(pattern, end);
    if (q?.varies) top().repeats = true;
    i = q?.end ?? end;
  }
  return undefined;
}
