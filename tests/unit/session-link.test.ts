// @vitest-environment node
// The session link: made for every guide and level of the real catalogue, read back exactly;
// anything else (unknown guide or level, extra text, another site, encoded tricks) is refused.
// Property: whatever the fragment, nothing outside the catalogue and the three levels is proposed.
// A link is read only from a navigation the learner started, never from a page's redirect or script.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSessionLink, createLinkWatch, parseSessionLink, startedByLearner } from '../../src/counsellor';
import { buildCatalogue } from '../../src/guide/build';
import { LEVELS } from '../../src/session';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const built = buildCatalogue(ROOT);
if (!built.ok) throw new Error('the catalogue does not build');
const catalogue = built.catalogue;
const ids = new Set(catalogue.guides.map((g) => g.id));
const caf = catalogue.guides.find((g) => g.id === 'caf/attestation-paiement')!;

describe('session links', () => {
  it('reads back every guide at every level', () => {
    for (const guide of catalogue.guides)
      for (const level of LEVELS) {
        const link = buildSessionLink(guide, level);
        expect(link.startsWith(new URL(guide.start).origin)).toBe(true);
        expect(parseSessionLink(link, catalogue)).toEqual({ kind: 'proposal', guideId: guide.id, level });
      }
  });

  it('gives the example of the documentation', () => {
    expect(buildSessionLink(caf, 'decouvre')).toBe(
      'https://www.caf.fr/#coup-de-pouce=guide:caf/attestation-paiement;level:decouvre',
    );
  });

  it('ignores addresses without a session link', () => {
    for (const url of [
      'https://www.caf.fr/',
      'https://www.caf.fr/#contenu',
      'https://www.caf.fr/?coup-de-pouce=guide:caf/x',
    ])
      expect(parseSessionLink(url, catalogue)).toEqual({ kind: 'none' });
  });

  it('refuses unknown, malformed or misplaced links calmly', () => {
    const bad = [
      'https://www.caf.fr/#coup-de-pouce=guide:caf/virement-urgent;level:decouvre',
      'https://www.caf.fr/#coup-de-pouce=guide:caf/attestation-paiement;level:expert',
      'https://www.caf.fr/#coup-de-pouce=guide:caf/attestation-paiement',
      'https://www.caf.fr/#coup-de-pouce=guide:caf/attestation-paiement;level:decouvre;url:https://evil.example/',
      'https://www.caf.fr/#coup-de-pouce=level:decouvre;guide:caf/attestation-paiement',
      'https://www.caf.fr/#coup-de-pouce=guide:CAF/attestation-paiement;level:decouvre',
      'https://www.caf.fr/#coup-de-pouce=guide:caf/../gmail/envoyer-cv;level:decouvre',
      'https://www.caf.fr/#coup-de-pouce=guide:caf%2Fattestation-paiement;level:decouvre',
      'https://www.caf.fr/#coup-de-pouce=guide:caf/attestation-paiement;level:decouvre ',
      `https://www.caf.fr/#coup-de-pouce=guide:caf/attestation-paiement;level:decouvre${'x'.repeat(300)}`,
      // Another site than the guide's own: a look-alike cannot offer the guide.
      'https://caf-allocataire-fr.com/#coup-de-pouce=guide:caf/attestation-paiement;level:decouvre',
      'http://www.caf.fr/#coup-de-pouce=guide:caf/attestation-paiement;level:decouvre',
      'https://www.linkedin.com/#coup-de-pouce=guide:caf/attestation-paiement;level:decouvre',
      'https://www.caf.fr/#coup-de-pouce=guide:__proto__;level:decouvre',
      'https://www.caf.fr/#coup-de-pouce=guide:constructor;level:decouvre',
    ];
    for (const url of bad) expect(parseSessionLink(url, catalogue), url).toEqual({ kind: 'invalid' });
  });

  it('never proposes anything outside the catalogue and the three levels, whatever the fragment', () => {
    const piece = fc.oneof(
      fc.constantFrom('coup-de-pouce=', 'guide:', 'level:', ';', '/', 'caf', 'decouvre', 'entraine', '%3B', '#'),
      fc.constantFrom(...ids, ...LEVELS),
      fc.string({ maxLength: 12 }),
    );
    const fragment = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));
    const host = fc.constantFrom(
      'https://www.caf.fr/',
      'https://wwwd.caf.fr/x',
      'https://caf-fr.example/',
      'https://mail.google.com/',
    );
    fc.assert(
      fc.property(host, fragment, (base, raw) => {
        const reading = parseSessionLink(`${base}#${raw}`, catalogue);
        if (reading.kind !== 'proposal') return;
        expect(ids.has(reading.guideId)).toBe(true);
        expect(LEVELS).toContain(reading.level);
        // A proposal comes only from the exact canonical link, on one of that guide's own sites.
        expect(raw).toBe(`coup-de-pouce=guide:${reading.guideId};level:${reading.level}`);
        const guide = catalogue.guides.find((g) => g.id === reading.guideId)!;
        expect(guide.hosts).toContain(new URL(base).hostname);
      }),
      { numRuns: 3000 },
    );
  });

  it('proposes the guide for any well-formed link on its own site, and only there', () => {
    fc.assert(
      fc.property(fc.constantFrom(...catalogue.guides), fc.constantFrom(...LEVELS), (guide, level) => {
        const host = guide.hosts[0]!;
        const reading = parseSessionLink(
          `https://${host}/page#coup-de-pouce=guide:${guide.id};level:${level}`,
          catalogue,
        );
        expect(reading).toEqual({ kind: 'proposal', guideId: guide.id, level });
      }),
    );
  });
});

describe('who started the navigation', () => {
  it.each([
    ['typed in the address bar', 'typed', ['from_address_bar']],
    ['completed by the address bar', 'generated', ['from_address_bar']],
    ['a clicked link', 'link', []],
    ['a bookmark', 'auto_bookmark', []],
  ])('the learner: %s', (_, transitionType, transitionQualifiers) => {
    expect(startedByLearner({ transitionType, transitionQualifiers }, 'new-page')).toBe(true);
    // On the same page (only the fragment changes), a `link` is the page's own link or script.
    expect(startedByLearner({ transitionType, transitionQualifiers }, 'page')).toBe(transitionType !== 'link');
  });

  it.each([
    ["a page's script or meta refresh", 'link', ['client_redirect']],
    ['an HTTP redirect', 'link', ['server_redirect']],
    ['a redirect after a typed address', 'typed', ['server_redirect', 'from_address_bar']],
    ['back or forward', 'link', ['forward_back']],
    ['a form sent', 'form_submit', []],
    ['a reload', 'reload', []],
    ['a frame', 'auto_subframe', []],
    ['the start page', 'start_page', []],
    ['an unknown transition', 'teleport', []],
    ['a browser that does not say', undefined, undefined],
  ])('not the learner: %s', (_, transitionType, transitionQualifiers) => {
    const details = {
      ...(transitionType ? { transitionType } : {}),
      ...(transitionQualifiers ? { transitionQualifiers } : {}),
    };
    expect(startedByLearner(details, 'new-page')).toBe(false);
    expect(startedByLearner(details, 'page')).toBe(false);
  });
});

describe('the session-link watch', () => {
  const link = buildSessionLink(caf, 'entraine');
  function watch(enabled: (id: string) => boolean, windowOf: (tabId: number) => Promise<number | undefined>) {
    const written: [number, string][] = [];
    const failures: unknown[] = [];
    const onLink = createLinkWatch({
      catalogue,
      enabled: () => Promise.resolve(enabled),
      windowOf,
      write: (windowId, record) => {
        written.push([windowId, record.kind === 'proposal' ? `${record.guideId} ${record.level}` : 'invalid']);
        return Promise.resolve();
      },
      now: () => 1,
      failed: (error) => failures.push(error),
    });
    return { onLink, written, failures };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('proposes a link the learner opened, in the order the browser reported, never a page’s own', async () => {
    // The first tab's window is slow to look up: the second link still comes after it.
    const { onLink, written } = watch(
      () => true,
      (tabId) => new Promise((resolve) => setTimeout(() => resolve(tabId * 10), tabId === 1 ? 20 : 0)),
    );
    onLink('new-page', { tabId: 1, frameId: 0, url: link, transitionType: 'typed' });
    onLink('new-page', { tabId: 2, frameId: 0, url: link, transitionType: 'link' });
    onLink('page', { tabId: 3, frameId: 0, url: link, transitionType: 'link' });
    onLink('new-page', {
      tabId: 4,
      frameId: 0,
      url: link,
      transitionType: 'link',
      transitionQualifiers: ['client_redirect'],
    });
    onLink('new-page', { tabId: 5, frameId: 1, url: link, transitionType: 'typed' });
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(written).toEqual([
      [10, 'caf/attestation-paiement entraine'],
      [20, 'caf/attestation-paiement entraine'],
    ]);
  });

  it('reads a link to a guide the policy does not enable as one that does not work', async () => {
    const { onLink, written } = watch(
      (id) => id !== caf.id,
      (tabId) => Promise.resolve(tabId),
    );
    onLink('new-page', { tabId: 7, frameId: 0, url: link, transitionType: 'typed' });
    await settle();
    expect(written).toEqual([[7, 'invalid']]);
  });

  it('reports a link it could not record, and goes on with the next', async () => {
    const { onLink, written, failures } = watch(
      () => true,
      (tabId) => (tabId === 8 ? Promise.reject(new Error('no tab 8')) : Promise.resolve(tabId)),
    );
    onLink('new-page', { tabId: 8, frameId: 0, url: link, transitionType: 'typed' });
    onLink('new-page', { tabId: 9, frameId: 0, url: link, transitionType: 'typed' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(failures).toHaveLength(1);
    expect(written).toEqual([[9, 'caf/attestation-paiement entraine']]);
  });
});
