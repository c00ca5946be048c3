// The canonical form of a guide file is what prettier writes for it with the project's settings
// (the same check `npm run lint` makes on every file): comments kept, stable when run twice.
import { createRequire } from 'node:module';
import type * as Prettier from 'prettier';
import type { LintIssue } from './issues';

// Loaded through Node's require: under Vite (the unit tests) an import would resolve prettier's
// browser build, which has no resolveConfig.
const { format, resolveConfig } = createRequire(import.meta.url)('prettier') as typeof Prettier;

/** The file in canonical form. `path` is the file's real path, so .prettierrc applies. */
export async function canonicalForm(path: string, text: string): Promise<string> {
  const config = (await resolveConfig(path)) ?? {};
  return format(text, { ...config, filepath: path, parser: 'yaml' });
}

/**
 * An error at the first line that differs from the canonical form, or none. A file prettier cannot
 * parse gets none here: the compiler already reports its YAML error with file, line and column.
 */
export async function checkCanonical(file: string, path: string, text: string): Promise<LintIssue[]> {
  let canonical: string;
  try {
    canonical = await canonicalForm(path, text);
  } catch {
    return [];
  }
  if (canonical === text) return [];
  const have = text.split('\n');
  const want = canonical.split('\n');
  let line = 0;
  while (line < have.length && have[line] === want[line]) line++;
  let col = 0;
  const a = have[line] ?? '';
  const b = want[line] ?? '';
  while (col < a.length && a[col] === b[col]) col++;
  const shown = (s: string | undefined) =>
    s === undefined ? 'the end of the file' : JSON.stringify(s.trim().slice(0, 60));
  return [
    {
      file,
      line: line + 1,
      col: col + 1,
      what: `not in canonical form: line ${line + 1} is ${shown(have[line])}`,
      expected: `${shown(want[line])} as prettier writes it — run: npm run guides:format`,
      rule: 'canonical-format',
      severity: 'error',
    },
  ];
}
