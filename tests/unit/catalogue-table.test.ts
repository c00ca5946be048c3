// The README's guide catalogue (scripts/lib/catalogue-table.ts): the table is what
// `npm run guides:catalogue` writes today, one row per guide with its length, risk points and
// how many of its steps are confirmed on the real site (included guides' steps counted).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/guide/build';
import {
  catalogueTable,
  END,
  freshReadme,
  START,
  stepsConfirmed,
  withCatalogue,
} from '../../scripts/lib/catalogue-table';
import type { Evidence, Step } from '../../src/guide';

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

  it('counts confirmed steps over every step, with partial ones apart, and absent evidence as inferred', () => {
    const step = (id: string, evidence?: Evidence): Step => ({
      id,
      page: ['https://www.caf.fr/*'],
      say: 'Cliquez.',
      done: { kind: 'click' },
      ...(evidence ? { evidence } : {}),
    });
    const confirmed: Evidence = { grade: 'confirmed', source: 'konnectors/caf @ 9eac7347, src/index.js:75' };
    expect(stepsConfirmed({ steps: [step('a', confirmed), step('b'), step('c', { grade: 'inferred' })] })).toBe(
      '1 / 3',
    );
    expect(
      stepsConfirmed({
        steps: [step('a', confirmed), step('b', { grade: 'partial' }), step('c', { grade: 'partial' })],
      }),
    ).toBe('1 / 3 (+2 partial)');
    expect(stepsConfirmed({ steps: [step('a')] })).toBe('0 / 1');
  });

  it('shows each guide its confirmed steps, counting those of the guides it includes', () => {
    const table = catalogueTable(catalogue, new Map());
    expect(table.split('\n')[0]).toContain('| steps confirmed (+ partial: page only) |');
    for (const guide of catalogue.guides) {
      const row = table.split('\n').find((r) => r.includes(`| \`${guide.id}\` |`))!;
      expect(row, guide.id).toContain(`| ${stepsConfirmed(guide)} |`);
      expect(row, guide.id).toMatch(new RegExp(`\\| \\d+ / ${guide.steps.length}( \\(\\+\\d+ partial\\))? \\|`));
    }
    // caf/attestation-paiement includes caf/se-connecter: its total counts the included steps.
    const payment = catalogue.guides.find((g) => g.id === 'caf/attestation-paiement')!;
    const login = catalogue.guides.find((g) => g.id === 'caf/se-connecter')!;
    expect(payment.steps.map((s) => s.id)).toEqual(expect.arrayContaining(login.steps.map((s) => s.id)));
  });

  it('refuses a README without the markers, and replaces only what is between them', () => {
    expect(() => withCatalogue('# no markers', 'x')).toThrow(/catalogue:start/);
    const out = withCatalogue(`a\n${START}\nold\n${END}\nb`, 'new');
    expect(out).toBe(`a\n${START}\n\nnew\n\n${END}\nb`);
  });
});
