// The guides' input patterns run in the page on what the learner types: the shapes that can make
// matching explode are refused at build time (src/guide/regex-safety.ts, issue 15 D7); the
// patterns the guides really use pass.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regexRisk } from '../../src/guide/regex-safety';

describe('regexRisk', () => {
  it.each([
    ['((a+))+', 0, '((a+))+', 'nested-repeat'],
    ['(a+)*', 0, '(a+)*', 'nested-repeat'],
    ['^(\\d+)+$', 1, '(\\d+)+', 'nested-repeat'],
    ['^x(\\d{1,3})+', 2, '(\\d{1,3})+', 'nested-repeat'],
    ['([a-z]+\\.)+com', 0, '([a-z]+\\.)+', 'nested-repeat'],
    ['(?<n>a+){2,}', 0, '(?<n>a+){2,}', 'nested-repeat'],
    ['(a|aa)+', 0, '(a|aa)+', 'overlapping-choices'],
    ['(?:\\d|1)*', 0, '(?:\\d|1)*', 'overlapping-choices'],
    ['(a|)+', 0, '(a|)+', 'overlapping-choices'],
  ] as const)('refuses %s, at its group', (pattern, at, group, why) => {
    expect(regexRisk(pattern)).toEqual({ at, group, why });
    // Each is a valid regular expression: only its shape is refused.
    expect(() => new RegExp(pattern, 'u')).not.toThrow();
  });

  it.each(['^\\d{13}$', '(jpg|png)+', '(?:ab)+', '(a{2})+', '[(]a+[)]+', '\\(a+\\)+', '^(\\d{2}/){2}\\d{4}$'])(
    'lets %s through',
    (pattern) => expect(regexRisk(pattern)).toBeUndefined(),
  );

  it('lets every pattern of the guides through', () => {
    const root = join(import.meta.dirname, '..', '..', 'guides');
    const files = listYaml(root);
    const patterns = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^\s*(?:input: \{ )?pattern: '?([^'\n]+?)'?(?:,.*)?$/gm)].map(
        (m) => m[1],
      ),
    );
    expect(patterns.length).toBeGreaterThan(10);
    for (const pattern of patterns) expect(regexRisk(pattern ?? ''), pattern).toBeUndefined();
  });
});

function listYaml(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listYaml(join(dir, entry.name)) : entry.name.endsWith('.yaml') ? [join(dir, entry.name)] : [],
  );
}
