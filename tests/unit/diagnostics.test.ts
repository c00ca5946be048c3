// « Je ne trouve pas » diagnostics: records are re-validated on read and on append, malformed or
// over-sharing ones (a query in the path, a typed value) are dropped one by one, only the newest 50
// are kept, the page path never carries a query or fragment, and wipe() removes them.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readDiagnostics, recordDiagnostic, wipe } from '../../src/storage';
import { appendDiagnostic, pagePath, repairDiagnostics, type Diagnostic } from '../../src/storage/diagnostics';

const VALID: Diagnostic = {
  at: 1_700_000_000_000,
  guideId: 'caf/attestation-paiement',
  stepId: 'ouvrir-mon-compte',
  path: '/redirect/s/Redirect',
  reason: 'missing',
  tried: ['role:link', 'name:Mon Compte', 'css:#monCompte'],
};

/** n valid records whose `at` tells them apart (0, 1, 2, …). */
const series = (n: number, from = 0): Diagnostic[] => Array.from({ length: n }, (_, i) => ({ ...VALID, at: from + i }));

describe('repairDiagnostics', () => {
  it('keeps valid entries as they are, in order', () => {
    const raw = [
      VALID,
      { ...VALID, at: 0, reason: 'help-asked', tried: [], path: '/' },
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
    ['a path with a query', { ...VALID, path: '/redirect/s/Redirect?x=1' }],
    ['a path with a fragment', { ...VALID, path: '/redirect#numero-1234567890123' }],
    ['a full URL as path', { ...VALID, path: 'https://wwwd.caf.fr/redirect' }],
    ['an empty path', { ...VALID, path: '' }],
    ['an over-long path', { ...VALID, path: `/${'a'.repeat(200)}` }],
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
    ['a query in the path', { ...VALID, path: '/a?page=monCompte' }],
    ['a typed value', { ...VALID, value: '1234567890123' }],
    ['an unknown reason', { ...VALID, reason: 'oops' }],
  ])('drops a record with %s', (_, record) => {
    expect(appendDiagnostic(series(2), record as unknown as Diagnostic)).toEqual(series(2));
  });
});

describe('pagePath', () => {
  it.each([
    ['https://wwwd.caf.fr/redirect/s/Redirect?page=monCompte#x', '/redirect/s/Redirect'],
    ['https://www.caf.fr', '/'],
    ['https://www.caf.fr/?numero=1234567890123', '/'],
    ['https://www.impots.gouv.fr/accueil#mot-de-passe', '/accueil'],
    ['pas une adresse', '/'],
    ['', '/'],
    ['mailto:jean@exemple.fr', '/'],
  ])('%s gives %s', (href, path) => {
    expect(pagePath(href)).toBe(path);
  });

  it('caps the path at 200 characters', () => {
    const path = pagePath(`https://www.caf.fr/${'a'.repeat(300)}?q=1`);
    expect(path).toBe(`/${'a'.repeat(199)}`);
  });

  it('gives a path the record schema accepts', () => {
    const path = pagePath(`https://www.caf.fr/${'a'.repeat(300)}`);
    expect(appendDiagnostic([], { ...VALID, path })).toEqual([{ ...VALID, path }]);
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
    await recordDiagnostic({ ...VALID, path: '/a?numero=1234567890123' });
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
