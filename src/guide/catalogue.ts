// Build-time: reads every guides/<site>/<procedure>.yaml, compiles them all, and returns the
// catalogue or every located error. Nothing half-built: one error anywhere means no catalogue.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { compileGuides, compileRules, guideIdFromPath } from './compile';
import { attachGuideTexts, compileGuideText, compileRulesText, translationOf } from './translations';
import { patternHost } from '../shared/url-pattern';
import type { GuideError } from './errors';
import type { Catalogue, RiskRule } from './types';

export type CatalogueResult =
  { ok: true; catalogue: Catalogue; files: string[] } | { ok: false; errors: GuideError[]; files: string[] };

function listYamlFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) files.push(...listYamlFiles(full));
    else if (entry.endsWith('.yaml') || entry.endsWith('.yml')) files.push(full);
  }
  return files;
}

/** Every guide (French source) .yaml file under `guidesDir`, sorted, as absolute paths. */
export function listGuideFiles(guidesDir: string): string[] {
  return listYamlFiles(guidesDir).filter((file) => !translationOf(file));
}

/** Every translation file (`<procedure>.<language>.yaml`) under `guidesDir`, sorted. */
export function listTranslationFiles(guidesDir: string): string[] {
  return listYamlFiles(guidesDir).filter((file) => translationOf(file));
}

/** The risk rules' translation files next to RULES_FILE (`data/risk-rules.<language>.yaml`). */
function listRulesTranslations(rootDir: string): string[] {
  const dir = join(rootDir, dirname(RULES_FILE));
  const stem = basename(RULES_FILE, '.yaml');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((entry) => entry.startsWith(`${stem}.`) && translationOf(entry))
    .sort()
    .map((entry) => join(dir, entry));
}

/** Compiles the whole guides folder; `rootDir` makes paths in errors relative (`guides/caf/x.yaml`). */
export function buildCatalogue(rootDir: string, guidesDir = join(rootDir, 'guides')): CatalogueResult {
  const files = listGuideFiles(guidesDir);
  const shown = (file: string) => relative(rootDir, file).replaceAll('\\', '/');
  const compiled = compileGuides(files.map((file) => ({ file: shown(file), text: readFileSync(file, 'utf8') })));
  // Translations are read against the compiled French guides (a broken guide skips its own).
  const translationFiles = listTranslationFiles(guidesDir);
  const byId = new Map((compiled.ok ? compiled.guides : []).map((guide) => [guide.id, guide]));
  const texts = compiled.ok
    ? translationFiles.map((file) => compileGuideText(shown(file), readFileSync(file, 'utf8'), byId, guideIdFromPath))
    : [];
  const textErrors = texts.flatMap((text) => (text.ok ? [] : text.errors));
  const result: typeof compiled = !compiled.ok
    ? compiled
    : textErrors.length
      ? { ok: false, errors: textErrors }
      : {
          ok: true,
          guides: attachGuideTexts(
            compiled.guides,
            texts.flatMap((text) => (text.ok ? [text] : [])),
          ),
        };
  // The built-in risk rules are data too; a project without the file simply has none.
  const rulesFile = join(rootDir, RULES_FILE);
  const french = existsSync(rulesFile) ? compileRules(RULES_FILE, readFileSync(rulesFile, 'utf8')) : undefined;
  const rulesTexts = french?.ok
    ? listRulesTranslations(rootDir).map((file) =>
        compileRulesText(shown(file), readFileSync(file, 'utf8'), french.rules),
      )
    : [];
  const rulesTextErrors = rulesTexts.flatMap((text) => (text.ok ? [] : text.errors));
  const rules: typeof french = !french?.ok
    ? french
    : rulesTextErrors.length
      ? { ok: false, errors: rulesTextErrors }
      : {
          ok: true,
          rules: french.rules.map((rule) => {
            const text: NonNullable<RiskRule['text']> = {};
            for (const t of rulesTexts) if (t.ok && t.texts[rule.id]) text[t.language] = t.texts[rule.id];
            return Object.keys(text).length ? { ...rule, text } : rule;
          }),
        };
  const all = [...files, ...translationFiles, ...(rules ? [rulesFile, ...listRulesTranslations(rootDir)] : [])];
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
