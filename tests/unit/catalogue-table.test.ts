// The README's guide catalogue (scripts/lib/catalogue-table.ts): the table is what
// `npm run guides:catalogue` writes today, one row per guide with its length and risk points.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/guide/build';
import { catalogueTable, END, freshReadme, START, withCatalogue } from '../../scripts/lib/catalogue-table';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const result = buildCatalogue(ROOT);
if (!result.ok) throw new Error('the guides do not compile');
const { catalogue } = result;

describe('README catalogue', () => {
  it('is fresh: run `npm run guides:catalogue` and commit README.md when this fails', async () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toBe(await freshReadme(ROOT, catalogue));
  });

  it('has one row per guide, with its steps and its risky steps by level', () => {
    const table = catalogueTable(catalogue, new Map([['france-travail/actualisation', ['a.spec.ts', 'b.spec.ts']]]));
    const rows = table.split('\n').slice(2);
    expect(rows).toHaveLength(catalogue.guides.length);
    const row = rows.find((r) => r.includes('`france-travail/actualisation`'))!;
    const guide = catalogue.guides.find((g) => g.id === 'france-travail/actualisation')!;
    expect(row).toContain(`| ${guide.steps.length} steps + 1 interruption |`);
    expect(row).toMatch(/1 danger, 1 irreversible steps/);
    expect(row).toContain('[a.spec.ts](tests/e2e/a.spec.ts) (+ 1 more)');
    expect(rows.find((r) => r.includes('`ameli/attestation-de-droits`'))).toContain('| no risky step |');
  });

  it('refuses a README without the markers, and replaces only what is between them', () => {
    expect(() => withCatalogue('# no markers', 'x')).toThrow(/catalogue:start/);
    const out = withCatalogue(`a\n${START}\nold\n${END}\nb`, 'new');
    expect(out).toBe(`a\n${START}\n\nnew\n\n${END}\nb`);
  });
});
