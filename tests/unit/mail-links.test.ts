// The mail-link check: the page side's host extraction (text vs address, Gmail's redirect
// wrapper, links it must ignore), the background's verdict with the genuine-site judge, the
// plain-French warning, the protocol's validation of `links/check`, and data/mail-sites.yaml.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  explainLink,
  judgeLink,
  linkHosts,
  shownHost,
  visibleShare,
  watchMailLinks,
  type LinkHosts,
} from '../../src/mail-links';
import { loadMailSites, mailMatchPatterns, parseMailSites } from '../../src/mail-links/build';
import { LINKS_PER_REQUEST, parseRequest } from '../../src/messaging';
import { loadOfficialDomains } from '../../src/risk/build';
import { translate, type TextKey } from '../../src/i18n';
import { localeTable } from '../support/locales';

const ROOT = join(import.meta.dirname, '..', '..');
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/m4';
const loaded = loadOfficialDomains(ROOT);
if (!loaded.ok) throw new Error('official domains do not load');
const data = loaded.data;
const FR = localeTable('fr');
const say = (key: TextKey, values?: Readonly<Record<string, string>>) => translate(FR, key, values);
const warn = (link: LinkHosts) => explainLink(judgeLink(link, data), data, say);
const GOOGLE = loadMailSites(ROOT).data.sites[0]?.redirectors ?? [];

describe('linkHosts (page side)', () => {
  it('the fake CAF link: its text shows www.caf.fr, it leads to the lookalike', () => {
    expect(
      linkHosts(
        'https://www.caf.fr/mon-compte/remboursement',
        'https://caf-allocataire-remboursement.com/mon-compte/remboursement',
        GMAIL,
      ),
    ).toEqual({ shown: 'www.caf.fr', target: 'caf-allocataire-remboursement.com' });
  });

  it('a text without an address, or the same host as the address, sends the target only', () => {
    expect(linkHosts('Cliquez ici', 'https://www.exemple.fr/a?b=c', GMAIL)).toEqual({ target: 'www.exemple.fr' });
    expect(linkHosts('www.caf.fr', 'https://www.caf.fr/', GMAIL)).toEqual({ target: 'www.caf.fr' });
    expect(linkHosts('Allez sur CAF.FR.', 'https://WWW.Caf.fr./x', GMAIL)).toEqual({
      shown: 'caf.fr',
      target: 'www.caf.fr',
    });
  });

  it('unwraps Gmail’s google.com/url?q= redirect to judge the real address', () => {
    const wrapped = `https://www.google.com/url?q=${encodeURIComponent('https://caf-allocataire-remboursement.com/x')}&sa=D`;
    expect(linkHosts('www.caf.fr', wrapped, GMAIL, GOOGLE)).toEqual({
      shown: 'www.caf.fr',
      target: 'caf-allocataire-remboursement.com',
    });
    // Without the data's redirectors, the link is judged as it is; a google.com address that is
    // not the redirector, or a redirector without a usable address, stays google.com.
    expect(linkHosts('www.caf.fr', wrapped, GMAIL)).toEqual({ shown: 'www.caf.fr', target: 'www.google.com' });
    expect(linkHosts('Google', 'https://www.google.com/search?q=caf', GMAIL, GOOGLE)).toEqual({
      target: 'www.google.com',
    });
    expect(linkHosts('x', 'https://www.google.com/url?q=not%20an%20address', GMAIL, GOOGLE)).toEqual({
      target: 'www.google.com',
    });
  });

  it('ignores mailto:, tel:, javascript:, malformed and in-webmail (relative) links', () => {
    expect(linkHosts('ne-pas-repondre@caf.fr', 'mailto:ne-pas-repondre@caf.fr', GMAIL)).toBeUndefined();
    expect(linkHosts('3230', 'tel:3230', GMAIL)).toBeUndefined();
    expect(linkHosts('www.caf.fr', 'javascript:void(0)', GMAIL)).toBeUndefined();
    expect(linkHosts('www.caf.fr', 'https://', GMAIL)).toBeUndefined();
    expect(linkHosts('www.caf.fr', 'http://[::1', GMAIL)).toBeUndefined();
    expect(linkHosts('Boîte de réception', '#inbox', GMAIL)).toBeUndefined();
    expect(linkHosts('Spam', '/mail/u/0/#spam', GMAIL)).toBeUndefined();
    // Protocol-relative: resolved against the webmail, it leaves it, so it is judged.
    expect(linkHosts('www.caf.fr', '//caf-remboursement.fr/x', GMAIL)).toEqual({
      shown: 'www.caf.fr',
      target: 'caf-remboursement.fr',
    });
  });

  it('reads the shown host as the browser would: punycode, not an e-mail address, not a version number', () => {
    expect(shownHost('https://www.cаf.fr')).toBe('www.xn--cf-7kc.fr'); // Cyrillic « а »
    expect(shownHost('écrivez à ne-pas-repondre@caf.fr')).toBeUndefined();
    expect(shownHost('Version 2.0 du règlement')).toBeUndefined();
    expect(shownHost('Mon Compte')).toBeUndefined();
  });
});

describe('judgeLink and explainLink (background side)', () => {
  it('mismatch: the text shows the genuine Caf, the link goes elsewhere — the learner is told where and what to type', () => {
    const link = { shown: 'www.caf.fr', target: 'caf-allocataire-remboursement.com' };
    expect(judgeLink(link, data)).toEqual({
      kind: 'mismatch',
      service: 'caf',
      site: 'caf-allocataire-remboursement.com',
    });
    expect(warn(link)).toBe(
      'Attention : ce lien ne va pas sur le vrai site de la Caf. Il va sur caf-allocataire-remboursement.com. ' +
        'Ne cliquez pas. Pour aller sur le vrai site, tapez vous-même caf.fr en haut de l’écran.',
    );
    // Also when the target imitates nothing.
    expect(judgeLink({ shown: 'www.ameli.fr', target: 'bit.ly' }, data)).toMatchObject({
      kind: 'mismatch',
      service: 'ameli',
    });
  });

  it('lookalike: the link goes to an imitation, whatever its text says', () => {
    expect(judgeLink({ target: 'caf-allocataire-remboursement.com' }, data)).toMatchObject({
      kind: 'lookalike',
      service: 'caf',
    });
    expect(judgeLink({ target: 'impots.gouv.com' }, data)).toMatchObject({ kind: 'lookalike', service: 'impots' });
    expect(judgeLink({ target: 'www.xn--cf-7kc.fr' }, data)).toMatchObject({ kind: 'lookalike', service: 'caf' });
    expect(warn({ target: 'ameli-remboursement.com' })).toBe(
      "Attention : ce lien va sur ameli-remboursement.com. Ce site imite le vrai site de l'Assurance Maladie (ameli). " +
        'Ne cliquez pas. Pour aller sur le vrai site, tapez vous-même ameli.fr en haut de l’écran.',
    );
  });

  it('genuine and ordinary links are not marked', () => {
    for (const link of [
      { target: 'www.caf.fr' },
      { shown: 'www.caf.fr', target: 'wwwd.caf.fr' }, // another genuine host of the same service
      { shown: 'caf.fr', target: 'www.caf.fr' },
      { target: 'www.boulangerie-exemple.fr' },
      { shown: 'www.exemple.fr', target: 'www.autre-exemple.fr' }, // a mismatch, but no service imitated
      { shown: 'www.boulangerie-exemple.fr', target: 'www.caf.fr' }, // leads to the genuine site
      { target: 'cafe-exemple.fr' },
    ]) {
      expect(judgeLink(link, data), JSON.stringify(link)).toEqual({ kind: 'ok' });
      expect(warn(link)).toBeUndefined();
    }
  });
});

describe('watchMailLinks (page side, in happy-dom)', () => {
  const frame = () => new Promise((resolve) => setTimeout(resolve, 40));
  const site = { bodies: ['.ii.gt .a3s'], area: ['main'], redirectors: [] };
  const message = (id: string, text: string, href: string) => {
    const body = document.createElement('div');
    body.className = 'ii gt';
    const a3s = document.createElement('div');
    a3s.className = 'a3s';
    const link = document.createElement('a');
    link.id = id;
    link.textContent = text;
    link.href = href;
    a3s.append(link);
    body.append(a3s);
    return body;
  };

  it('sends the links of message bodies once, marks what the background warns about, rescans swaps once per frame', async () => {
    document.body.replaceChildren();
    const main = document.createElement('main');
    const outside = document.createElement('a'); // not in a message body: never sent
    outside.href = 'https://caf-ailleurs.com/';
    outside.textContent = 'www.caf.fr';
    main.append(message('fake', 'www.caf.fr', 'https://caf-allocataire-remboursement.com/x'), outside);
    main.querySelector('.a3s')?.append(message('mail', 'écrire', 'mailto:camille@exemple.fr'));
    document.body.append(main);
    const check = vi.fn((links: LinkHosts[]) => Promise.resolve(links.map((l) => (l.shown ? 'Attention' : null))));
    const mark = vi.fn((_link: HTMLAnchorElement, _text: string) => undefined);
    const life = new AbortController();
    watchMailLinks({ doc: document, signal: life.signal, site, check, mark });
    await frame();
    expect(check.mock.calls).toEqual([[[{ shown: 'www.caf.fr', target: 'caf-allocataire-remboursement.com' }]]]);
    expect(mark.mock.calls.map(([link, text]) => [link.id, text])).toEqual([['fake', 'Attention']]);

    // The page swaps the message in several mutations: one scan, only the new link.
    main.replaceChildren();
    main.append(message('genuine', 'www.caf.fr', 'https://www.caf.fr/'));
    main.append(message('other', 'Voir', 'https://www.exemple.fr/'));
    await frame();
    expect(check).toHaveBeenCalledTimes(2);
    expect(check.mock.calls[1]).toEqual([[{ target: 'www.caf.fr' }, { target: 'www.exemple.fr' }]]);
    expect(mark).toHaveBeenCalledTimes(1);

    // Once the lifetime ends, nothing is watched any more.
    life.abort();
    main.append(message('late', 'www.caf.fr', 'https://caf-tard.com/'));
    await frame();
    expect(check).toHaveBeenCalledTimes(2);
  });
});

describe('links/check in the protocol', () => {
  it('accepts host names only, at most LINKS_PER_REQUEST of them', () => {
    const ok = { type: 'links/check', links: [{ shown: 'www.caf.fr', target: 'caf-allocataire-remboursement.com' }] };
    expect(parseRequest(ok)).toEqual(ok);
    expect(parseRequest({ type: 'links/check', links: [{ target: 'www.exemple.fr' }] })).toBeDefined();
    for (const bad of [
      { type: 'links/check', links: [] },
      { type: 'links/check', links: [{ target: 'https://www.caf.fr/' }] }, // an address, not a host
      { type: 'links/check', links: [{ target: 'www.caf.fr', text: 'Bonjour Camille' }] }, // no message text
      { type: 'links/check', links: [{ target: 'WWW.CAF.FR' }] },
      { type: 'links/check', links: [{ target: 'a'.repeat(254) }] },
      { type: 'links/check', links: Array.from({ length: LINKS_PER_REQUEST + 1 }, () => ({ target: 'a.fr' })) },
    ]) {
      expect(parseRequest(bad), JSON.stringify(bad).slice(0, 80)).toBeUndefined();
    }
  });
});

describe('data/mail-sites.yaml', () => {
  it('loads, and runs the script on Gmail only', () => {
    const { data: sites } = loadMailSites(ROOT);
    expect(mailMatchPatterns(sites)).toEqual(['https://mail.google.com/*']);
    expect(sites.sites[0]?.bodies).toContain('.ii.gt .a3s');
  });

  it('a broken entry is refused with its line', () => {
    const result = parseMailSites(
      'data/mail-sites.yaml',
      'version: 1\nsites:\n  - id: gmail\n    matches: [http://mail.google.com/*]\n    bodies: [.a3s]\n    area: [main]\n    redirectors: []\n    sources: [docs/sources.md]\n',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.line).toBe(4);
  });
});

describe('is our warning cut by the message’s styles (visibleShare)', () => {
  const box = { left: 0, top: 100, right: 400, bottom: 160 };
  it('uncut: the whole warning', () => {
    expect(visibleShare(box, [])).toBe(1);
    expect(visibleShare(box, [{ left: -10, top: 0, right: 800, bottom: 900 }])).toBe(1);
  });
  it('an ancestor with overflow hidden one line high leaves little or nothing of it', () => {
    expect(visibleShare(box, [{ left: 0, top: 0, right: 800, bottom: 110 }])).toBeCloseTo(10 / 60);
    expect(visibleShare(box, [{ left: 0, top: 0, right: 800, bottom: 90 }])).toBe(0);
  });
  it('every clipping ancestor cuts; a zero-size warning has nothing to show', () => {
    const clips = [
      { left: 0, top: 0, right: 200, bottom: 900 },
      { left: 100, top: 0, right: 800, bottom: 900 },
    ];
    expect(visibleShare(box, clips)).toBe(0.25);
    expect(visibleShare({ left: 5, top: 5, right: 5, bottom: 5 }, [])).toBe(0);
  });
});
