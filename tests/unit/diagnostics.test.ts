// « Je ne trouve pas » diagnostics: records are re-validated on read and on append, malformed or
// over-sharing ones (a visited path, a typed value) are dropped one by one, only the newest 50
// are kept, the page is the step's pattern from the guide (stepPage), never the visited address
// such as a LinkedIn profile /in/<name>/ (issue 15 D7), and wipe() removes them.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readDiagnostics, recordDiagnostic, wipe } from '../../src/storage';
import { join } from 'node:path';
import { buildCatalogue } from '../../src/guide/build';
import { stepPage } from '../../src/session';
import { appendDiagnostic, repairDiagnostics, type Diagnostic } from '../../src/storage/diagnostics';

const built = buildCatalogue(join(import.meta.dirname, '..', '..'));
const loadGuide = (id: string) => {
  const guide = built.ok ? built.catalogue.guides.find((g) => g.id === id) : undefined;
  if (!guide) throw new Error(`no guide ${id}`);
  return guide;
};

const VALID: Diagnostic = {
  at: 1_700_000_000_000,
  guideId: 'caf/attestation-paiement',
  stepId: 'ouvrir-mon-compte',
  page: 'https://wwwd.caf.fr/redirect/s/Redirect?page=monCompte',
  reason: 'missing',
  tried: ['role:link', 'name:Mon Compte', 'css:#monCompte'],
};

/** n valid records whose `at` tells them apart (0, 1, 2, …). */
const series = (n: number, from = 0): Diagnostic[] => Array.from({ length: n }, (_, i) => ({ ...VALID, at: from + i }));

describe('repairDiagnostics', () => {
  it('keeps valid entries as they are, in order', () => {
    const raw = [
      VALID,
      { ...VALID, at: 0, reason: 'help-asked', tried: [], page: 'https://www.caf.fr/*' },
      { ...VALID, reason: 'ambiguous', tried: Array.from({ length: 12 }, () => 'x'.repeat(160)) },
    ];
    expect(repairDiagnostics(raw)).toEqual(raw);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an object', { '0': VALID }],
    ['a string', JSON.stringify([VALID])],
    ['a number', 7],
  ])('gives [] for %s', (_, raw) => {
    expect(repairDiagnostics(raw)).toEqual([]);
  });

  it.each([
    ['a visited path (the old shape)', (({ page: _, ...rest }) => ({ ...rest, path: '/in/camille-exemple/' }))(VALID)],
    ['a path instead of a pattern', { ...VALID, page: '/in/camille-exemple/' }],
    ['a fragment in the page', { ...VALID, page: 'https://www.caf.fr/#numero-1234567890123' }],
    ['a page that is not https', { ...VALID, page: 'http://www.caf.fr/*' }],
    ['an empty page', { ...VALID, page: '' }],
    ['an over-long page', { ...VALID, page: `https://www.caf.fr/${'a'.repeat(300)}` }],
    ['a typed value (strict: no extra key)', { ...VALID, value: '1234567890123' }],
    ['an unknown reason', { ...VALID, reason: 'broken' }],
    ['too many tried signals', { ...VALID, tried: Array.from({ length: 13 }, () => 'role:link') }],
    ['an over-long tried signal', { ...VALID, tried: ['x'.repeat(161)] }],
    ['a tried signal that is not text', { ...VALID, tried: [3] }],
    ['a negative time', { ...VALID, at: -1 }],
    ['a time as text', { ...VALID, at: '1700000000000' }],
    ['a guide id that is free text', { ...VALID, guideId: 'Jean Exemple, 12 rue Fictive' }],
    ['an empty step id', { ...VALID, stepId: '' }],
    ['an over-long step id', { ...VALID, stepId: 'a'.repeat(121) }],
    ['a missing field', (({ tried: _, ...rest }) => rest)(VALID)],
    ['a __proto__ key', JSON.parse(`{"__proto__":{"value":"1"},${JSON.stringify(VALID).slice(1)}`) as unknown],
    ['null', null],
    ['a string', 'missing'],
    ['a list', [VALID]],
  ])('drops an entry with %s and keeps the others', (_, entry) => {
    const first = { ...VALID, at: 1 };
    const last = { ...VALID, at: 3 };
    expect(repairDiagnostics([first, entry, last])).toEqual([first, last]);
  });

  it('keeps only the newest 50', () => {
    const repaired = repairDiagnostics(series(60));
    expect(repaired).toHaveLength(50);
    expect(repaired[0]!.at).toBe(10);
    expect(repaired[49]!.at).toBe(59);
  });

  it('counts the 50 among valid entries only', () => {
    const raw: unknown[] = [...series(50), { ...VALID, value: 'x' }, 'junk'];
    expect(repairDiagnostics(raw).map((d) => d.at)).toEqual(series(50).map((d) => d.at));
  });

  it('returns new objects, not the stored ones', () => {
    const raw = [VALID];
    const repaired = repairDiagnostics(raw);
    expect(repaired).not.toBe(raw);
    expect(repaired[0]).not.toBe(VALID);
  });
});

describe('appendDiagnostic', () => {
  it('appends a valid record at the end without touching the list given', () => {
    const list = series(2);
    const next = appendDiagnostic(list, { ...VALID, at: 99 });
    expect(next.map((d) => d.at)).toEqual([0, 1, 99]);
    expect(list).toHaveLength(2);
  });

  it('drops the oldest beyond 50', () => {
    const next = appendDiagnostic(series(50), { ...VALID, at: 500 });
    expect(next).toHaveLength(50);
    expect(next[0]!.at).toBe(1);
    expect(next[49]!.at).toBe(500);
  });

  it.each([
    ['a visited path', { ...VALID, page: '/in/camille-exemple/' }],
    ['a typed value', { ...VALID, value: '1234567890123' }],
    ['an unknown reason', { ...VALID, reason: 'oops' }],
  ])('drops a record with %s', (_, record) => {
    expect(appendDiagnostic(series(2), record as unknown as Diagnostic)).toEqual(series(2));
  });
});

describe('stepPage: the step’s page pattern from the guide, never the visited address', () => {
  const linkedin = loadGuide('linkedin/creer-son-profil');
  it('gives the pattern the page matches, not the learner’s own path', () => {
    for (const step of linkedin.steps) {
      const page = stepPage(linkedin, step.id, 'https://www.linkedin.com/in/camille-exemple/');
      expect(step.page).toContain(page);
      expect(page).not.toContain('camille');
    }
  });
  it('gives the step’s first pattern when the address matches none, and nothing for an unknown step', () => {
    const step = linkedin.steps[0]!;
    expect(stepPage(linkedin, step.id, undefined)).toBe(step.page[0]);
    expect(stepPage(linkedin, 'pas-une-etape', 'https://www.linkedin.com/')).toBeUndefined();
    expect(stepPage(undefined, step.id, 'https://www.linkedin.com/')).toBeUndefined();
  });
  it('gives a page the record schema accepts, for every step of every guide', () => {
    const guide = loadGuide('caf/attestation-paiement');
    for (const step of guide.steps) {
      const page = stepPage(guide, step.id, 'https://wwwd.caf.fr/wps/myportal/caffr/moncompte/tableaudebord') ?? '';
      expect(appendDiagnostic([], { ...VALID, page })).toEqual([{ ...VALID, page }]);
    }
  });
});

describe('stored diagnostics', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('records in storage.session, oldest first', async () => {
    await recordDiagnostic({ ...VALID, at: 1 });
    await recordDiagnostic({ ...VALID, at: 2, reason: 'stuck' });
    expect(await readDiagnostics()).toEqual([
      { ...VALID, at: 1 },
      { ...VALID, at: 2, reason: 'stuck' },
    ]);
    const { diagnostics } = await fakeBrowser.storage.session.get('diagnostics');
    expect(diagnostics).toHaveLength(2);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('keeps both of two records sent together', async () => {
    await Promise.all([recordDiagnostic({ ...VALID, at: 1 }), recordDiagnostic({ ...VALID, at: 2 })]);
    expect((await readDiagnostics()).map((d) => d.at)).toEqual([1, 2]);
  });

  it('does not store an invalid record', async () => {
    await recordDiagnostic({ ...VALID, page: '/a?numero=1234567890123' });
    expect(await readDiagnostics()).toEqual([]);
  });

  it('repairs what it reads', async () => {
    await fakeBrowser.storage.session.set({ diagnostics: [VALID, { ...VALID, value: '1234567890123' }] });
    expect(await readDiagnostics()).toEqual([VALID]);
  });

  it('is removed by wipe(), even a record still being written', async () => {
    await recordDiagnostic(VALID);
    const pending = recordDiagnostic({ ...VALID, at: 2 });
    await wipe();
    await pending;
    expect(await readDiagnostics()).toEqual([]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
