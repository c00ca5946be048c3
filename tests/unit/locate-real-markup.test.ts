// locate() on markup as real pages write it: names wrapped in bidi marks or ending in a keyboard
// hint, names lengthened after the wanted words, roles pages use for one another (a button that is
// a link), a leader that only one kind of signal backs, and a target's soft context. Every case
// keeps its decoy next to it: the coach must point at the exact one, or at nothing.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Role, Signal, Target, TargetContext } from '../../src/guide';
import { locate, type LocateResult } from '../../src/locate';
import { normalizeText } from '../../src/shared';
import { firstNormalized } from '../../src/shared/text';

/** happy-dom has no layout: visible unless the element or an ancestor is `hidden`. */
const isVisible = (element: Element) => !element.closest('[hidden]');

function page(html: string): void {
  document.body.innerHTML = html;
}

afterEach(() => {
  document.body.innerHTML = '';
});

const find = (target: Target): LocateResult => locate(target, document, { isVisible });
const any = (...signals: Signal[]): Target => ({ any: signals });
const css = (selector: string): Signal => ({ kind: 'css', css: selector });
const role = (r: Role, ...name: string[]): Signal => ({ kind: 'role', role: r, name });
const label = (...l: string[]): Signal => ({ kind: 'label', label: l });
const text = (...t: string[]): Signal => ({ kind: 'text', text: t });
const href = (h: string): Signal => ({ kind: 'href', href: h });

function foundId(result: LocateResult): string | undefined {
  return result.status === 'found' ? result.element.id : undefined;
}

describe('names as real pages write them', () => {
  it('removes invisible and bidi control characters before comparing', () => {
    const marks = '\u200b\u200e\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2069\ufeff\u00ad';
    expect(normalizeText(`En${marks}voyer`)).toBe('envoyer');
    page(`<button id="x">Mes\u00ad attes\u200btations\u2069</button>`);
    expect(foundId(find(any(role('button', 'Mes attestations'))))).toBe('x');
  });

  it('rules names out by their first character exactly as the full normalisation would', () => {
    // The cheap first test (src/shared/text.ts) must never drop a name the full comparison keeps.
    const names = [
      '\u202a\u00a0 Écrire',
      '\u00ab Répondre \u00bb',
      '\u2019Aide',
      '  \u0301Envoyer',
      'İnfo',
      '\u200b',
      '',
    ];
    for (const name of names) expect(firstNormalized(name)).toBe(normalizeText(name).charAt(0));
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 12 }),
        (name) => firstNormalized(name) === normalizeText(name).charAt(0),
      ),
    );
  });

  it('finds Gmail\u2019s Send, named with its keyboard hint inside bidi marks, with its other signals', () => {
    page(`
      <div class="T-I T-I-atl aoO" id="send" role="button" aria-label="Envoyer \u202a(Ctrl+Entrée)\u202c">Envoyer</div>
      <div class="T-I T-I-atl hG" id="more" role="button" aria-label="Plus d'options d'envoi" aria-haspopup="true"></div>`);
    const result = find(any(css('div.T-I.T-I-atl'), role('button', 'Envoyer', 'Send')));
    expect(foundId(result)).toBe('send');
    // Found by a looser name: it scores below an exact match.
    expect(result.status === 'found' && result.score).toBeLessThan(1);
  });

  it('an exact name always beats a looser one', () => {
    for (const [exact, longer] of [
      ['Répondre', 'Répondre à tous'],
      ['Envoyer', 'Envoyer plus tard'],
      ['Valider', 'Valider ma déclaration'],
      ['Continuer', 'Continuer sur ameli.fr'],
    ] as const) {
      page(`<button id="long">${longer}</button><button id="exact">${exact}</button>`);
      expect(foundId(find(any(role('button', exact)))), exact).toBe('exact');
      // The same with a class both share: the name still decides.
      page(`<button class="b" id="long">${longer}</button><button class="b" id="exact">${exact}</button>`);
      expect(foundId(find(any(css('.b'), role('button', exact)))), exact).toBe('exact');
    }
  });

  it('with only the longer name on the page, a loose name alone points at nothing', () => {
    for (const [exact, longer] of [
      ['Répondre', 'Répondre à tous'],
      ['Envoyer', 'Envoyer plus tard'],
      ['Valider', 'Valider ma déclaration'],
      ['Continuer', 'Continuer sur ameli.fr'],
    ] as const) {
      page(`<button id="long">${longer}</button><button id="other">Annuler</button>`);
      expect(find(any(role('button', exact))).status, exact).toBe('missing');
      expect(find(any(label(exact), role('button', exact))).status, exact).toBe('missing');
    }
  });

  it('a longer name is taken when the target\u2019s other signals agree on that element', () => {
    page(`
      <a id="apply" class="apply" href="/jobs/view/4012345678/apply/?openSDUIApplyFlow=true"
         aria-label="Candidature simplifiée pour ce poste">Candidature simplifiée</a>
      <a id="save" href="/jobs/view/4012345678/save/">Enregistrer</a>`);
    expect(foundId(find(any(href('/jobs/view/*/apply/*'), role('link', 'Candidature simplifiée'))))).toBe('apply');
    // The visible text is exact: it backs the longer accessible name.
    expect(foundId(find(any(text('Candidature simplifiée'), role('link', 'Candidature simplifiée'))))).toBe('apply');
  });

  it('containment in the middle of a name does not count', () => {
    page('<button id="x">Pour Envoyer le dossier</button><button class="b" id="y">Tout envoyer</button>');
    expect(find(any(role('button', 'Envoyer'))).status).toBe('missing');
    expect(find(any(css('.b'), role('button', 'Envoyer'))).status === 'found').toBe(true);
    // …found by its class alone, the name did not help: a third kind would refuse it (below).
  });

  it('a prefix must end on a word boundary', () => {
    page('<button class="b" id="x">Mon Compteur</button>');
    const result = find(any(css('.b'), role('button', 'Mon Compte')));
    expect(result.status === 'found' && result.score).toBeCloseTo(2 / 5, 6);
  });

  it('two looser matches tie: nothing is shown', () => {
    page(`
      <button class="b" id="a">Envoyer maintenant</button>
      <button class="b" id="c">Envoyer plus tard</button>`);
    expect(find(any(css('.b'), role('button', 'Envoyer'))).status).toBe('ambiguous');
  });

  it('a field label with a trailing hint is looser than the exact label', () => {
    page(`
      <label for="a">Numéro de sécurité sociale (13 chiffres)</label><input id="a" name="nir">
      <label for="b">Numéro de sécurité sociale</label><input id="b" name="nir">`);
    expect(foundId(find(any(css('input[name=nir]'), label('Numéro de sécurité sociale'))))).toBe('b');
  });
});

describe('role families', () => {
  it('finds FranceConnect\u2019s provider, a <button role="link"> named by its figcaption, from role: button', () => {
    page(`
      <ul class="fc-grid--provider" data-testid="main-providers">
        <li><form action="/api/v2/redirect-to-idp" name="fs-request">
          <button type="submit" role="link" id="idp-8dfc4080-c90d-4234-969b-f6c961de3e90" class="fr-btn fc-btn--provider">
            <figure><img alt=""><figcaption>impots.gouv.fr</figcaption></figure></button></form></li>
        <li><form action="/api/v2/redirect-to-idp" name="fs-request">
          <button type="submit" role="link" id="idp-07e573f2-3312-4bb9-bc48-6fcec737e497" class="fr-btn fc-btn--provider">
            <figure><img alt=""><figcaption>Ameli.fr</figcaption></figure></button></form></li>
      </ul>`);
    const asButton = find(any(role('button', 'impots.gouv.fr')));
    expect(foundId(asButton)).toBe('idp-8dfc4080-c90d-4234-969b-f6c961de3e90');
    expect(asButton.status === 'found' && asButton.score).toBeCloseTo(0.8, 6);
    const asLink = find(any(role('link', 'impots.gouv.fr')));
    expect(asLink.status === 'found' && asLink.score).toBe(1);
  });

  it('finds LinkedIn\u2019s apply control written as an <a> from role: button', () => {
    page(`
      <a id="apply" href="/jobs/view/4012345678/apply/?openSDUIApplyFlow=true">Candidature simplifiée</a>
      <button id="save">Enregistrer</button>`);
    expect(foundId(find(any(role('button', 'Candidature simplifiée'))))).toBe('apply');
  });

  it('a real button and a same-named link are ambiguous: nothing is shown', () => {
    page('<button id="b">Se connecter</button><a id="l" href="/connexion">Se connecter</a>');
    expect(find(any(role('button', 'Se connecter'))).status).toBe('ambiguous');
    expect(find(any(role('link', 'Se connecter'))).status).toBe('ambiguous');
  });

  it('menuitem, option and tab accept one another; other roles do not', () => {
    page('<div role="option" id="o">Exempleville (99)</div><div role="checkbox" id="c">Exempleville (99)</div>');
    expect(foundId(find(any(role('menuitem', 'Exempleville (99)'))))).toBe('o');
    expect(foundId(find(any(role('tab', 'Exempleville (99)'))))).toBe('o');
    expect(find(any(role('button', 'Exempleville (99)'))).status).toBe('missing');
  });
});

describe('corroboration: a leader backed by one kind of signal', () => {
  it('is refused while another element holds the target\u2019s other signals (nav link moved, footer kept its address)', () => {
    const target = any(css('a.menu-link'), role('link', 'Mes attestations'), href('/moncompte/mesattestations'));
    // The nav link kept its name only (class and address changed); the footer kept the address.
    page(`
      <nav><a id="nav" class="nav-item" href="/nouvelle/adresse">Mes attestations</a></nav>
      <footer><a id="foot" href="/moncompte/mesattestations">Plan du site</a></footer>`);
    expect(find(target).status).toBe('missing');
    // Without the footer copy, the name alone (3 of 7) is enough, as before.
    page('<nav><a id="nav" class="nav-item" href="/nouvelle/adresse">Mes attestations</a></nav>');
    expect(foundId(find(target))).toBe('nav');
  });

  it('is found when nothing else matches any signal', () => {
    page('<nav><a id="nav" class="menu-link" href="/nouvelle/adresse">Espace personnel</a></nav>');
    const result = find(any(css('a.menu-link'), role('link', 'Mes attestations'), href('/moncompte/mesattestations')));
    // One signal of three kinds: 2 of 7, under the minimum confidence anyway.
    expect(result.status).toBe('missing');
    page('<nav><a id="nav" class="menu-link" href="/nouvelle/adresse">Mes attestations</a></nav>');
    expect(
      foundId(find(any(css('a.menu-link'), role('link', 'Mes attestations'), href('/moncompte/mesattestations')))),
    ).toBe('nav');
  });

  it('a target of two kinds keeps today\u2019s rule: the stronger leader wins', () => {
    page(`
      <a id="a" class="menu-link" href="/x">Mes attestations</a>
      <a id="b" href="/y">Autre</a>`);
    expect(foundId(find(any(css('a.menu-link'), role('link', 'Mes attestations'))))).toBe('a');
  });
});

describe('soft context', () => {
  const withContext = (target: Target, context: TargetContext): Target => ({ ...target, context });

  it('breaks a tie by the landmark the element sits in', () => {
    page(`
      <main><a id="m" href="/attestations">Mes attestations</a></main>
      <footer><a id="f" href="/attestations">Mes attestations</a></footer>`);
    const target = any(role('link', 'Mes attestations'), href('/attestations'));
    expect(find(target).status).toBe('ambiguous');
    expect(foundId(find(withContext(target, { landmark: 'main' })))).toBe('m');
  });

  it('refuses a leader found outside the target\u2019s landmark', () => {
    page(`
      <main><p>Rien ici.</p></main>
      <footer><a id="f" href="/attestations">Mes attestations</a></footer>`);
    const target = any(role('link', 'Mes attestations'), href('/attestations'));
    expect(foundId(find(target))).toBe('f');
    expect(find(withContext(target, { landmark: 'main' })).status).toBe('missing');
  });

  it('does not refuse anything on a page that has no such landmark', () => {
    page('<div><a id="a" href="/attestations">Mes attestations</a></div>');
    const target = withContext(any(role('link', 'Mes attestations'), href('/attestations')), { landmark: 'main' });
    expect(foundId(find(target))).toBe('a');
  });

  it('breaks a tie by the nearest heading and by the neighbouring text', () => {
    page(`
      <h2>Attestation de paiement</h2><div><button id="p" class="t">Télécharger</button></div>
      <h2>Quotient familial</h2><div><span>Montant du QF</span><button id="q" class="t">Télécharger</button></div>`);
    const target = any(css('.t'), role('button', 'Télécharger'));
    expect(find(target).status).toBe('ambiguous');
    expect(foundId(find(withContext(target, { heading: ['Quotient familial'] })))).toBe('q');
    expect(foundId(find(withContext(target, { near: ['Montant du QF'] })))).toBe('q');
    // Context that fits both or neither leaves the tie as it was.
    expect(find(withContext(target, { near: ['Télécharger'] })).status).toBe('ambiguous');
    expect(find(withContext(target, { heading: ['Autre chose'] })).status).toBe('ambiguous');
  });

  it('never prefers a runner-up over the leader', () => {
    // A button (5 points) and a same-classed link of that name (4.4: a link only by kinship).
    page(`
      <aside><button id="lead" class="t">Valider</button></aside>
      <main><a id="second" class="t" href="/valider">Valider</a></main>`);
    const target = any(css('.t'), role('button', 'Valider'));
    expect(find(target).status).toBe('ambiguous');
    expect(foundId(find(withContext(target, { landmark: 'complementary' })))).toBe('lead');
    // The context fits the runner-up only: it does not overturn the scores, nothing is shown.
    expect(find(withContext(target, { landmark: 'main' })).status).not.toBe('found');
  });
});
