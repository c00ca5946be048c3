// Build-time: reads every guides/<site>/<procedure>.yaml, compiles them all, and returns the
// catalogue or every located error. Nothing half-built: one error anywhere means no catalogue.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileGuides, compileRules } from './compile';
import { patternHost } from '../shared/url-pattern';
import type { GuideError } from './errors';
import type { Catalogue } from './types';

export type CatalogueResult =
  { ok: true; catalogue: Catalogue; files: string[] } | { ok: false; errors: GuideError[]; files: string[] };

/** Every .yaml file under `guidesDir`, sorted, as absolute paths. */
export function listGuideFiles(guidesDir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(guidesDir).sort()) {
    const full = join(guidesDir, entry);
    if (statSync(full).isDirectory()) files.push(...listGuideFiles(full));
    else if (entry.endsWith('.yaml') || entry.endsWith('.yml')) files.push(full);
  }
  return files;
}

/** Compiles the whole guides folder; `rootDir` makes paths in errors relative (`guides/caf/x.yaml`). */
export function buildCatalogue(rootDir: string, guidesDir = join(rootDir, 'guides')): CatalogueResult {
  const files = listGuideFiles(guidesDir);
  const result = compileGuides(
    files.map((file) => ({ file: relative(rootDir, file).replaceAll('\\', '/'), text: readFileSync(file, 'utf8') })),
  );
  // The built-in risk rules are data too; a project without the file simply has none.
  const rulesFile = join(rootDir, RULES_FILE);
  const rules = existsSync(rulesFile) ? compileRules(RULES_FILE, readFileSync(rulesFile, 'utf8')) : undefined;
  const all = rules ? [...files, rulesFile] : files;
  const errors = [...(result.ok ? [] : result.errors), ...(rules && !rules.ok ? rules.errors : [])];
  if (!result.ok || (rules && !rules.ok)) return { ok: false, errors, files: all };
  const list = rules?.ok ? rules.rules : [];
  const hosts = new Set([
    ...result.guides.flatMap((guide) => guide.hosts),
    ...list.flatMap((rule) => rule.page.flatMap((pattern) => patternHost(pattern) ?? [])),
  ]);
  return {
    ok: true,
    catalogue: { version: 1, guides: result.guides, rules: list, hosts: [...hosts].sort() },
    files: all,
  };
}

/** Where the built-in risk rules live, from the project root. */
export const RULES_FILE = 'data/risk-rules.yaml';

/** Chrome match patterns (`https://host/*`) for every host a guide visits. */
export function guidedMatchPatterns(catalogue: Catalogue): string[] {
  return catalogue.hosts.map((host) => `https://${host}/*`);
}
