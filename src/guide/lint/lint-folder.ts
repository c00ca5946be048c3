// `guides:lint` over a whole project: compile every guide, check the JSON Schema is fresh, read
// the glossary, then lint each guide file's French and its canonical form. Node only (reads files).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildCatalogue, listGuideFiles } from '../catalogue';
import { guideJsonSchema } from '../json-schema';
import { TRANSLATIONS, type Translation } from '../types';
import { checkCanonical } from './canonical';
import { GLOSSARY_FILE, readGlossary, type Term } from './glossary';
import { asIssue, byPlace, type LintIssue } from './issues';
import { lintGuideText } from './lint-guide';

export const SCHEMA_FILE = 'guides/guide.schema.json';

export interface FolderLint {
  /** Guide files, relative to the project root. */
  files: string[];
  guides: number;
  steps: number;
  /** Steps (and interruptions) with a text in each translation, out of all of them. */
  translated: Record<Translation, { done: number; of: number }>;
  /** Errors first, then warnings; each group in file order. */
  issues: LintIssue[];
}

export async function lintProject(rootDir: string, options: { today?: Date } = {}): Promise<FolderLint> {
  const issues: LintIssue[] = [];
  const built = buildCatalogue(rootDir);
  if (!built.ok) issues.push(...built.errors.map((error) => asIssue(error, 'compile')));

  const schemaPath = join(rootDir, SCHEMA_FILE);
  const schema = existsSync(schemaPath) ? readFileSync(schemaPath, 'utf8') : undefined;
  if (schema !== guideJsonSchema())
    issues.push({
      file: SCHEMA_FILE,
      line: 1,
      col: 1,
      what: schema === undefined ? 'the JSON Schema is missing' : 'the JSON Schema is stale (the zod schema changed)',
      expected: 'the schema generated from src/guide/schema.ts — run: npm run guides:schema',
      rule: 'schema-fresh',
      severity: 'error',
    });

  let glossary: Term[] = [];
  const glossaryPath = join(rootDir, GLOSSARY_FILE);
  if (!existsSync(glossaryPath))
    issues.push({
      file: GLOSSARY_FILE,
      line: 1,
      col: 1,
      what: 'the glossary is missing',
      expected: 'a list of terms: word, forms, explanation, accepted',
      rule: 'glossary-file',
      severity: 'error',
    });
  else {
    const read = readGlossary(GLOSSARY_FILE, readFileSync(glossaryPath, 'utf8'));
    if (read.ok) glossary = read.terms;
    else issues.push(...read.errors.map((error) => asIssue(error, 'glossary-file')));
  }

  const paths = listGuideFiles(join(rootDir, 'guides'));
  const files = paths.map((path) => relative(rootDir, path).replaceAll('\\', '/'));
  const today = options.today ?? new Date();
  for (const [i, path] of paths.entries()) {
    const file = files[i]!;
    const text = readFileSync(path, 'utf8');
    issues.push(...lintGuideText(file, text, { glossary, today }), ...(await checkCanonical(file, path, text)));
  }

  const guides = built.ok ? built.catalogue.guides : [];
  const all = guides.flatMap((guide) =>
    [...guide.steps, ...(guide.interruptions ?? [])].map((step) => ({ guide, step })),
  );
  const translated = Object.fromEntries(
    TRANSLATIONS.map((language) => [
      language,
      { done: all.filter(({ guide, step }) => guide.text?.[language]?.steps[step.id]).length, of: all.length },
    ]),
  ) as FolderLint['translated'];
  const errors = issues.filter((issue) => issue.severity === 'error').sort(byPlace);
  const warnings = issues.filter((issue) => issue.severity === 'warning').sort(byPlace);
  return {
    files,
    guides: guides.length,
    steps: guides.reduce((n, guide) => n + guide.steps.length, 0),
    translated,
    issues: [...errors, ...warnings],
  };
}
