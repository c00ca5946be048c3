// The genuine-site check: judgeSite() verdicts for official, ordinary and imitating addresses
// (one table per heuristic), bad input that must never throw nor warn on our own pages, the
// navigation guard, the session allow-list, and the validation of data/official-domains.yaml.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { formatGuideError } from '../../src/guide/build';
import { createNavigationGuard, judgeSite, siteKey, type OfficialDomains, type ReasonKind } from '../../src/risk';
import { loadOfficialDomains, officialDomainsPlugin, parseOfficialDomains } from '../../src/risk/build';
import { fold } from '../../src/risk/confusables';
import { editDistance } from '../../src/risk/distance';
import { decodePunycode } from '../../src/risk/punycode';
import { addAllowedSite, MAX_ALLOWED_SITES, repairAllowedSites } from '../../src/storage';

const ROOT = join(import.meta.dirname, '..', '..');
const loaded = loadOfficialDomains(ROOT);
if (!loaded.ok) throw new Error(loaded.errors.map(formatGuideError).join('\n'));
const DATA: OfficialDomains = loaded.data;

function reasonsOf(url: string): ReasonKind[] {
  const verdict = judgeSite(url, DATA);
  return verdict.kind === 'lookalike' ? verdict.reasons.map((r) => r.kind) : [];
}

describe('official addresses', () => {
  it.each([
    ['https://www.caf.fr/', 'caf'],
    ['https://wwwd.caf.fr/redirect/s/Redirect?page=monCompte', 'caf'],
    ['https://caf.fr', 'caf'],
    ['https://WWW.CAF.FR./', 'caf'],
    ['https://candidat.francetravail.fr/espacepersonnel/', 'france-travail'],
    ['https://candidat.pole-emploi.fr/', 'france-travail'],
    ['https://assure.ameli.fr/PortailAS/', 'ameli'],
    ['https://cfspart.impots.gouv.fr/', 'impots'],
    ['https://app.franceconnect.gouv.fr/', 'franceconnect'],
    ['https://aidantsconnect.beta.gouv.fr/', 'aidants-connect'],
    ['https://mail.google.com/mail/u/0/', 'google'],
    ['http://www.service-public.fr/particuliers', 'service-public'],
  ])('%s is official (%s)', (url, service) => {
    expect(judgeSite(url, DATA)).toEqual({ kind: 'official', service });
  });

  it('every host and start page of the data file is official for its service', () => {
    for (const service of DATA.services) {
      for (const host of [...service.hosts, ...service.domains]) {
        expect(judgeSite(`https://${host}/`, DATA), host).toEqual({ kind: 'official', service: service.id });
      }
      expect(judgeSite(service.start, DATA)).toEqual({ kind: 'official', service: service.id });
    }
  });
});

describe('ordinary sites imitate nothing: unknown, no warning', () => {
  it.each([
    'https://www.lemonde.fr/',
    'https://www.leboncoin.fr/recherche?text=velo',
    'https://www.labanquepostale.fr/',
    'https://www.credit-agricole.fr/particulier/conseils/magazine/tout-un-mag/arnaques-aux-faux-remboursements.html',
    'https://www.gmail.com/',
    'https://www.cafpi.fr/',
    'https://www.gouvernement.fr/',
    'https://www.education.gouv.fr/',
    'https://www.gouv.nc/',
    'https://presidence.gouv.ci/',
    'https://sites.google.com/view/mes-notes', // google.com is not genuine as a whole: only its hosts
    'https://fr.wikipedia.org/wiki/Ameli.fr', // an article about the site, not a folder named after it
    'https://www.facebook.com/caf.fr/posts/1', // a platform: paths are account names
    'https://www.qwant.com/?q=caf.fr', // a query is not checked: search engines carry addresses
    'https://xn--caf-dma.fr/', // « café.fr »: an IDN that imitates nothing
    'https://www.google.fr/search?q=ameli',
    'http://intranet/', // one label: no registrable domain
  ])('%s', (url) => {
    expect(judgeSite(url, DATA)).toEqual({ kind: 'unknown' });
  });
});

describe('heuristics: each imitation gives the expected reason and service', () => {
  it.each<[string, ReasonKind, string]>([
    // Exact registrable domain, other ending
    ['https://caf.com/', 'wrong-suffix', 'caf'],
    ['https://ameli.net/connexion', 'wrong-suffix', 'ameli'],
    ['https://pole-emploi.info/', 'wrong-suffix', 'france-travail'],
    // Punycode / IDN and confusable letters
    ['https://cаf.fr/', 'homoglyph', 'caf'], // Cyrillic а (URL turns it into xn--)
    ['https://xn--cf-7kc.fr/', 'homoglyph', 'caf'], // the same, already in ASCII form
    ['https://frаnceconnect.fr/', 'homoglyph', 'franceconnect'],
    ['https://franceconnεct.com/', 'homoglyph', 'franceconnect'], // Greek ε
    ['https://imp0ts.fr/', 'homoglyph', 'impots'],
    ['https://ame1i.fr/', 'homoglyph', 'ameli'],
    ['https://arneli.fr/', 'homoglyph', 'ameli'], // rn → m
    ['https://amélі.fr/', 'homoglyph', 'ameli'], // accent and Cyrillic і
    // Small edit distances (1, or 2 for names of 8+ letters)
    ['https://amelli.fr/', 'typo', 'ameli'],
    ['https://impts.fr/', 'typo', 'impots'],
    ['https://franceconect.fr/', 'typo', 'franceconnect'],
    ['https://fracnetravail.fr/', 'typo', 'france-travail'], // one swap
    ['https://francetravial.com/', 'typo', 'france-travail'],
    ['https://francetrvial.com/', 'typo', 'france-travail'], // two edits
    ['https://cybermalvelance.fr/', 'typo', 'cybermalveillance'],
    // « gouv » glued to another name
    ['https://accueilimpotsgouv.fr/', 'glued-gouv', 'impots'],
    ['https://agriculture-gouv.fr/', 'glued-gouv', 'service-public'],
    ['https://1euro-gouv.fr/', 'glued-gouv', 'service-public'],
    ['https://gouv-allocations.fr/', 'glued-gouv', 'service-public'],
    ['https://gouvfrance.com/', 'glued-gouv', 'service-public'],
    // Fake « .gouv.fr » endings
    ['https://impots.gouv.com/', 'fake-gouv-suffix', 'impots'],
    ['https://www.gouv.org/', 'fake-gouv-suffix', 'service-public'],
    ['https://service.gouv.net/', 'fake-gouv-suffix', 'service-public'],
    ['https://ameli.qouv.fr/', 'fake-gouv-suffix', 'ameli'],
    ['https://gouv-fr.com/caf', 'fake-gouv-suffix', 'service-public'],
    ['https://impots.gouv.app/', 'fake-gouv-suffix', 'impots'],
    ['https://impots.gouv.fr.verification.com/', 'fake-gouv-suffix', 'impots'],
    // Brand in a subdomain
    ['https://caf.fr.secure-x.com/', 'brand-in-subdomain', 'caf'],
    ['https://www-ameli-fr.secure-x.net/login', 'brand-in-subdomain', 'ameli'],
    ['https://espace.francetravail.portail-web.com/', 'brand-in-subdomain', 'france-travail'],
    ['https://mon-compte.cartevitale.sante-x.com/', 'brand-in-subdomain', 'ameli'],
    // Brand (an official address) in the path or before an @
    ['https://secure-x.com/caf.fr/login', 'brand-in-path', 'caf'],
    ['https://hebergeur.example.com/~dupont/www.impots.gouv.fr/', 'brand-in-path', 'impots'],
    ['https://secure-x.com/espace/ameli.fr-connexion/index.php', 'brand-in-path', 'ameli'],
    ['https://www.caf.fr@secure-x.com/', 'brand-in-path', 'caf'],
    // Hyphenated or glued brand
    ['https://caf-allocataire.fr/', 'brand-in-name', 'caf'],
    ['https://caf-allocataire-fr.com/', 'brand-in-name', 'caf'],
    ['https://ameli-remboursement.com/', 'brand-in-name', 'ameli'],
    ['https://mon-ameli-assure.fr/', 'brand-in-name', 'ameli'],
    ['https://france-travail-actualisation.com/', 'brand-in-name', 'france-travail'],
    ['https://carte-vitale-renouvellement.com/', 'brand-in-name', 'ameli'],
    ['https://monfrancetravail.com/', 'brand-in-name', 'france-travail'],
    ['https://espaceimpots.fr/', 'brand-in-name', 'impots'],
    // Paid intermediaries (words together, no official domain)
    ['https://carte-grise-express.com/', 'paid-intermediary', 'ants'],
    ['https://www.acte-de-naissance-en-ligne.fr/', 'paid-intermediary', 'service-public'],
    ['https://extraitdenaissance.com/', 'paid-intermediary', 'service-public'],
    ['https://casier-judiciaire-rapide.com/', 'paid-intermediary', 'casier-judiciaire'],
    ['https://vignette-critair.fr/', 'paid-intermediary', 'crit-air'],
    ['https://certificat-non-gage.net/', 'paid-intermediary', 'service-public'],
  ])('%s: %s (%s)', (url, reason, service) => {
    const verdict = judgeSite(url, DATA);
    expect(verdict.kind, JSON.stringify(verdict)).toBe('lookalike');
    if (verdict.kind !== 'lookalike') return;
    expect(verdict.reasons.map((r) => r.kind)).toContain(reason);
    expect(verdict.service).toBe(service);
  });

  it('short names are compared without typos: car, cab, cafe are not the Caf', () => {
    for (const url of [
      'https://car.fr/',
      'https://cab.com/',
      'https://cafe.fr/',
      'https://msn.com/',
      'https://ant.com/',
    ]) {
      expect(judgeSite(url, DATA), url).toEqual({ kind: 'unknown' });
    }
  });

  it('« gouvernement » is a word, not « gouv » glued to a name', () => {
    expect(reasonsOf('https://gouvernement-info.fr/')).toEqual([]);
  });

  it('an address in the last segment of the path is not a folder (articles about a site)', () => {
    expect(reasonsOf('https://blog.example.com/articles/caf.fr')).toEqual([]);
  });

  it('folds look-alike letters, rn and vv, and measures edits with swaps', () => {
    expect(fold('Frаnce-Соnnect')).toBe('france-connect'); // Cyrillic а, С, о
    expect(fold('vvvvw.arneli')).toBe('www.ameli');
    expect(fold('imp0ts-1ci-5ite')).toBe('impots-lci-site');
    expect(editDistance('caf', 'acf', 2)).toBe(1);
    expect(editDistance('francetravail', 'fracnetravial', 3)).toBe(2);
    expect(editDistance('ameli', 'impots', 2)).toBe(3); // over the limit: limit + 1
    expect(decodePunycode('caf-dma')).toBe('café');
    expect(decodePunycode('cf-7kc')).toBe('cаf');
    expect(decodePunycode('!!')).toBeUndefined();
  });
});

describe('bad input: a defined verdict, never a crash, never a warning on our own pages', () => {
  it.each([
    ['', 'unparsable'],
    ['not a url', 'unparsable'],
    ['http://', 'unparsable'],
    ['https://exa mple.com/', 'unparsable'],
    ['https://[::1]/', 'ip'],
    ['http://192.168.1.10/admin', 'ip'],
    ['http://0x7f.1/', 'ip'], // URL turns it into 127.0.0.1
    ['http://localhost:8080/', 'localhost'],
    ['http://caf.localhost/', 'localhost'],
    ['file:///C:/Users/caf.fr/impots.gouv.com.html', 'not-web'],
    ['chrome://extensions/', 'not-web'],
    ['about:blank', 'not-web'],
    ['data:text/html,<p>caf</p>', 'not-web'],
    ['javascript:alert(1)', 'not-web'],
    ['view-source:https://caf-allocataire.fr/', 'not-web'],
    ['ftp://caf-allocataire.fr/', 'not-web'],
    ['chrome-extension://abcdefghijklmnop/warning.html?url=https%3A%2F%2Fcaf-allocataire.fr%2F', 'extension'],
    ['moz-extension://1234-5678/warning.html?url=https://impots.gouv.com/', 'extension'],
  ])('%j → ignored (%s)', (url, why) => {
    expect(judgeSite(url, DATA)).toEqual({ kind: 'ignored', why });
  });

  it('an IDN address is judged on its letters, in either form', () => {
    expect(judgeSite('https://сaf.fr/', DATA)).toEqual(judgeSite('https://xn--af-nmc.fr/', DATA));
    expect(judgeSite('https://xn--af-nmc.fr/', DATA).kind).toBe('lookalike');
  });

  it('never throws and always gives one of the four verdicts, whatever the text', () => {
    const kinds = new Set(['official', 'unknown', 'lookalike', 'ignored']);
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.domain()),
        (text) => {
          for (const url of [text, `https://${text}/`]) {
            const verdict = judgeSite(url, DATA);
            expect(kinds.has(verdict.kind)).toBe(true);
            siteKey(url);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('siteKey', () => {
  it('allows the registrable domain of a web address, nothing for other schemes', () => {
    expect(siteKey('https://www.caf-allocataire-fr.com/connexion')).toBe('caf-allocataire-fr.com');
    expect(siteKey('https://caf.fr.secure-x.com/')).toBe('secure-x.com');
    expect(siteKey('chrome-extension://abc/warning.html')).toBeUndefined();
    expect(siteKey('not a url')).toBeUndefined();
  });
});

describe('navigation guard', () => {
  function guard(allowed: string[] = []) {
    const redirect = vi.fn(async () => undefined);
    const check = createNavigationGuard({
      domains: DATA,
      isAllowed: async (site) => allowed.includes(site),
      warningPage: (url, service) => `chrome-extension://id/warning.html?${new URLSearchParams({ url, service })}`,
      redirect,
    });
    return { check, redirect };
  }

  it('sends a top-frame imitation to the warning page with the address and the service', async () => {
    const { check, redirect } = guard();
    expect(await check({ tabId: 4, frameId: 0, url: 'https://caf-allocataire-fr.com/' })).toBe(true);
    expect(redirect).toHaveBeenCalledWith(
      4,
      'chrome-extension://id/warning.html?url=https%3A%2F%2Fcaf-allocataire-fr.com%2F&service=caf',
    );
  });

  it.each([
    ['a frame inside the page', { tabId: 4, frameId: 3, url: 'https://caf-allocataire-fr.com/' }],
    ['a tab that is not a tab (prerender)', { tabId: -1, frameId: 0, url: 'https://caf-allocataire-fr.com/' }],
    ['the genuine site', { tabId: 4, frameId: 0, url: 'https://www.caf.fr/' }],
    ['an ordinary site', { tabId: 4, frameId: 0, url: 'https://www.lemonde.fr/' }],
    ['our own warning page', { tabId: 4, frameId: 0, url: 'chrome-extension://id/warning.html?url=https://caf-x.com' }],
  ])('leaves %s alone', async (_, details) => {
    const { check, redirect } = guard();
    expect(await check(details)).toBe(false);
    expect(redirect).not.toHaveBeenCalled();
  });

  it('lets through a site the learner allowed (« Continuer quand même »), and only that site', async () => {
    const { check, redirect } = guard(['caf-allocataire-fr.com']);
    expect(await check({ tabId: 1, frameId: 0, url: 'https://www.caf-allocataire-fr.com/login' })).toBe(false);
    expect(await check({ tabId: 1, frameId: 0, url: 'https://ameli-remboursement.com/' })).toBe(true);
    expect(redirect).toHaveBeenCalledTimes(1);
  });
});

describe('session allow-list (storage.session), validated on read', () => {
  it('keeps distinct host names, newest last, and drops anything else', () => {
    expect(repairAllowedSites(['caf-x.com', 'caf-x.com', 'ameli-y.fr'])).toEqual(['caf-x.com', 'ameli-y.fr']);
    expect(repairAllowedSites(['https://caf-x.com/', 'CAF-X.COM', '', 7, null, 'a b.com', 'ok.fr'])).toEqual(['ok.fr']);
    expect(repairAllowedSites('caf-x.com')).toEqual([]);
    expect(repairAllowedSites(undefined)).toEqual([]);
  });

  it('adds a site at the end and forgets the oldest beyond the limit', () => {
    expect(addAllowedSite(['a.fr', 'b.fr'], 'a.fr')).toEqual(['b.fr', 'a.fr']);
    expect(addAllowedSite(['a.fr'], 'not a site')).toEqual(['a.fr']);
    const many = Array.from({ length: MAX_ALLOWED_SITES }, (_, i) => `s${i}.fr`);
    expect(addAllowedSite(many, 'new.fr')).toEqual([...many.slice(1), 'new.fr']);
  });
});

describe('data/official-domains.yaml', () => {
  const VALID = `version: 1
fallback: caf
services:
  - id: caf
    site: le vrai site de la Caf
    start: https://www.caf.fr/
    domains: [caf.fr]
    hosts: [www.caf.fr]
    brands: [caf]
    words: []
    sources: [konnectors/caf]
intermediaries: []
governments: []
platforms: []
`;
  const errorsOf = (text: string) => {
    const result = parseOfficialDomains('data/official-domains.yaml', text);
    return result.ok ? [] : result.errors.map(formatGuideError);
  };

  it('the real file is valid and names at least the services of the guides', () => {
    const ids = DATA.services.map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining(['caf', 'france-travail', 'ameli', 'impots', 'franceconnect', 'google']),
    );
    for (const service of DATA.services) expect(service.sources.length, service.id).toBeGreaterThan(0);
  });

  it('a small valid file parses', () => {
    expect(errorsOf(VALID)).toEqual([]);
  });

  it.each([
    [
      'a host listed as a registrable domain',
      VALID.replace('domains: [caf.fr]', 'domains: [www.caf.fr]'),
      'data/official-domains.yaml:7:15 — "www.caf.fr" is not a registrable domain (the Public Suffix List cuts it as "caf.fr") — the domain a registrar sells, e.g. caf.fr or impots.gouv.fr; put other hosts under hosts',
    ],
    [
      'an unknown field',
      VALID.replace('    words: []', '    word: []'),
      'data/official-domains.yaml:10:5 — unknown field "word" in services[0] — one of: id, site, start, domains, hosts, brands, words, sources',
    ],
    [
      'a missing field',
      VALID.replace('    words: []\n', ''),
      'data/official-domains.yaml:4:5 — missing field "services[0].words" — a list: words matched only whole, e.g. cartevitale',
    ],
    [
      'a brand with a hyphen',
      VALID.replace('brands: [caf]', 'brands: [c-af]'),
      'data/official-domains.yaml:9:14 — "services[0].brands[0]" is the text "c-af" — lower-case letters and digits, no hyphen or accent, 3 to 40 characters, e.g. francetravail',
    ],
    [
      'a start page on another site',
      VALID.replace('start: https://www.caf.fr/', 'start: https://caf-allocataire.fr/'),
      'data/official-domains.yaml:6:12 — "start" leads to caf-allocataire.fr, which is not a genuine address of "caf" — a page on one of: caf.fr, www.caf.fr',
    ],
    [
      'a fallback naming no service',
      VALID.replace('fallback: caf', 'fallback: service-public'),
      'data/official-domains.yaml:2:11 — unknown service "service-public" — one of: caf',
    ],
    [
      'broken YAML',
      VALID.replace('    site: le vrai site de la Caf', '    site: [le vrai site'),
      'data/official-domains.yaml:',
    ],
  ])('%s is a located error', (_, text, expected) => {
    const errors = errorsOf(text);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain(expected);
  });

  it('a broken file fails the build (the Vite plugin) with the located error', () => {
    const root = mkdtempSync(join(tmpdir(), 'official-domains-'));
    try {
      mkdirSync(join(root, 'data'));
      writeFileSync(join(root, 'data', 'official-domains.yaml'), VALID.replace('brands: [caf]', 'brands: [c-af]'));
      const plugin = officialDomainsPlugin(root);
      const context = {
        addWatchFile: () => undefined,
        error: (message: string) => {
          throw new Error(message);
        },
      };
      // The hook is a plain function here; the cast only narrows Vite's hook type for the call.
      const load = plugin.load as unknown as (this: typeof context, id: string) => unknown;
      expect(() => load.call(context, '\0virtual:official-domains')).toThrow(
        /Broken official-domain list:\ndata\/official-domains\.yaml:9:14 — "services\[0\]\.brands\[0\]" is the text "c-af"/,
      );
      writeFileSync(join(root, 'data', 'official-domains.yaml'), VALID);
      const module = String(load.call(context, '\0virtual:official-domains'));
      const json = /^export default JSON\.parse\((".*")\);$/.exec(module)?.[1];
      expect(JSON.parse(JSON.parse(json ?? '""') as string)).toMatchObject({
        fallback: 'caf',
        services: [{ id: 'caf', sources: [] }],
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
