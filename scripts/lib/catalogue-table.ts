// The guide catalogue as a Markdown table for the README: per guide its site, length (steps, and
// interruptions), risk points (risky steps by level, and built-in rules on its hosts), the date it
// was verified, how many of its steps are confirmed on the real site, and the browser test that walks it. Written between two markers by
// `npm run guides:catalogue`; tests/unit/catalogue-table.test.ts fails when the README is stale.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Prettier from 'prettier';
import { evidenceTally, type Catalogue, type Guide, type RiskLevel } from '../../src/guide';

export const START = '<!-- catalogue:start (npm run guides:catalogue writes this table) -->';
export const END = '<!-- catalogue:end -->';

const LEVELS: readonly RiskLevel[] = ['danger', 'irreversible', 'caution'];

/** Spec files under tests/e2e that load the guide by its id, by name. */
export function specsByGuide(root: string): Map<string, string[]> {
  const dir = join(root, 'tests', 'e2e');
  const found = new Map<string, string[]>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.spec.ts'))
    .sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const match of text.matchAll(/loadGuide\('([a-z0-9/-]+)'\)/g)) {
      const id = match[1]!;
      const list = found.get(id) ?? [];
      if (!list.includes(file)) list.push(file);
      found.set(id, list);
    }
  }
  return found;
}

function riskPoints(guide: Guide, catalogue: Catalogue): string {
  const steps = [...guide.steps, ...(guide.interruptions ?? [])];
  const byLevel = LEVELS.map((level) => [level, steps.filter((s) => s.risk?.level === level).length] as const)
    .filter(([, n]) => n > 0)
    .map(([level, n]) => `${n} ${level}`);
  const rules = catalogue.rules.filter((rule) =>
    rule.page.some((pattern) => guide.hosts.some((host) => pattern.startsWith(`https://${host}/`))),
  ).length;
  const parts = [
    byLevel.length
      ? `${byLevel.join(', ')} step${byLevel.length > 1 || steps.filter((s) => s.risk).length > 1 ? 's' : ''}`
      : 'no risky step',
  ];
  if (rules > 0) parts.push(`${rules} built-in rule${rules > 1 ? 's' : ''} on its sites`);
  return parts.join('; ');
}

/** Confirmed steps over all the steps the learner crosses (included guides' too): `9 / 17 (+3 partial)`. */
export function stepsConfirmed(guide: Pick<Guide, 'steps'>): string {
  const tally = evidenceTally(guide);
  return `${tally.confirmed} / ${tally.total}${tally.partial ? ` (+${tally.partial} partial)` : ''}`;
}

/** The spec named after the guide or its site's guides, else the first; with how many more use it. */
function walkedBy(id: string, files: readonly string[]): string {
  const [site, name] = id.split('/') as [string, string];
  const main =
    files.find((f) => f.includes(`${site}-${name}`)) ??
    files.find((f) => f.startsWith('guides-') && f.includes(site)) ??
    files[0];
  if (!main) return '—';
  const more = files.length - 1;
  return `[${main}](tests/e2e/${main})${more > 0 ? ` (+ ${more} more)` : ''}`;
}

/** The table, one row per guide in catalogue order (by id). */
export function catalogueTable(catalogue: Catalogue, specs: Map<string, string[]>): string {
  const rows = [...catalogue.guides]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((guide) => {
      const interruptions = guide.interruptions?.length ?? 0;
      const length = `${guide.steps.length} steps${interruptions ? ` + ${interruptions} interruption${interruptions > 1 ? 's' : ''}` : ''}`;
      const tests = walkedBy(guide.id, specs.get(guide.id) ?? []);
      const cells = [
        `[${guide.title}](guides/${guide.id}.yaml)`,
        `\`${guide.id}\``,
        new URL(guide.start).host,
        length,
        riskPoints(guide, catalogue),
        guide.verified.on,
        stepsConfirmed(guide),
        tests,
      ];
      return `| ${cells.join(' | ')} |`;
    });
  return [
    '| guide | id | starts on | length | risk points | verified | steps confirmed (+ partial: page only) | walked end to end by |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The README with the text between the markers replaced by `table`; throws without markers. */
export function withCatalogue(readme: string, table: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  return `${readme.slice(0, start + START.length)}\n\n${table}\n\n${readme.slice(end)}`;
}

/** README.md as it should be today: the fresh table, formatted by prettier as `npm run lint` wants. */
export async function freshReadme(root: string, catalogue: Catalogue): Promise<string> {
  // Node's require, not import: under Vite (the unit tests) an import resolves prettier's browser build.
  const prettier = createRequire(import.meta.url)('prettier') as typeof Prettier;
  const path = join(root, 'README.md');
  const config = (await prettier.resolveConfig(path)) ?? {};
  const text = withCatalogue(readFileSync(path, 'utf8'), catalogueTable(catalogue, specsByGuide(root)));
  return prettier.format(text, { ...config, filepath: path });
}
