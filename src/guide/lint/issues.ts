// What the guide linter reports: a located problem (the one guide error format) with its rule and
// whether it fails the lint (error) or is only listed (warning).
import { formatGuideError, type GuideError } from '../errors';

export const LINT_RULES = [
  'compile',
  'schema-fresh',
  'glossary-file',
  'canonical-format',
  'sentence-length',
  'one-action',
  'vouvoiement',
  'glossary',
  'target-strength',
  'verified-age',
] as const;
export type LintRule = (typeof LINT_RULES)[number];
export type Severity = 'error' | 'warning';

export interface LintIssue extends GuideError {
  rule: LintRule;
  severity: Severity;
}

export const asIssue = (error: GuideError, rule: LintRule, severity: Severity = 'error'): LintIssue => ({
  ...error,
  rule,
  severity,
});

/** `file:line:col — what — expected [rule]`, with `warning: ` in front of warnings. */
export function formatLintIssue(issue: LintIssue): string {
  const line = `${formatGuideError(issue)} [${issue.rule}]`;
  switch (issue.severity) {
    case 'error':
      return line;
    case 'warning':
      return `warning: ${line}`;
  }
}

/** File, then line, then column: the order an editor walks a file. */
export function byPlace(a: GuideError, b: GuideError): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col;
}
