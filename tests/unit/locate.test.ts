// locate() on small DOMs: each signal kind (css, role + name, label, text), normalised comparison,
// scoring across signals, ties and duplicates, hidden and disabled leaders, and the `tried` report.
import { afterEach, describe, expect, it } from 'vitest';
import type { Signal, Target } from '../../src/guide';
import { locate, type LocateOptions, type LocateResult } from '../../src/locate';

/** happy-dom has no layout: visible unless the element or an ancestor is `hidden` or display:none. */
function isVisible(element: Element): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (el.hasAttribute('hidden')) return false;
    if ((el as HTMLElement).style?.display === 'none') return false;
  }
  return true;
}

function page(html: string): void {
  document.body.innerHTML = html;
}

function find(target: Target, options: LocateOptions = {}): LocateResult {
  return locate(target, document, { isVisible, ...options });
}

function byId(id: string): Element {
  const el = document.getElementById(id);
  if (!el) throw new Error(`test setup: no #${id}`);
  return el;
}

const any = (...signals: Signal[]): Target => ({ any: signals });
const css = (selector: string): Signal => ({ kind: 'css', css: selector });
const role = (r: 'button' | 'link' | 'textbox' | 'radio', ...name: string[]): Signal => ({
  kind: 'role',
  role: r,
  name,
});
const label = (...l: string[]): Signal => ({ kind: 'label', label: l });
const text = (...t: string[]): Signal => ({ kind: 'text', text: t });

function expectFound(result: LocateResult, id: string, score?: number): void {
  expect(result.status).toBe('found');
  if (result.status !== 'found') return;
  expect(result.element).toBe(byId(id));
  if (score !== undefined) expect(result.score).toBe(score);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('locate: one signal at a time', () => {
  it('finds by css alone', () => {
    page('<div id="a"></div><div id="b" class="cible"></div>');
    expectFound(find(any(css('.cible'))), 'b', 1);
  });

  it.each([
    ['a button by its content', '<button id="x">Valider</button><button>Annuler</button>', role('button', 'Valider')],
    [
      'a link by its content',
      '<a id="x" href="/compte">Mon Compte</a><a href="/aide">Aide</a>',
      role('link', 'Mon Compte'),
    ],
    [
      'an input type=submit by its value',
      '<input id="x" type="submit" value="Valider"><input type="submit" value="Annuler">',
      role('button', 'Valider'),
    ],
    [
      'an input type=image by its alt',
      '<input id="x" type="image" alt="Valider" src="valider.png"><input type="image" alt="Annuler" src="annuler.png">',
      role('button', 'Valider'),
    ],
    [
      'a button by aria-label over its content',
      '<button id="x" aria-label="Valider">✓</button><button>Valider le brouillon</button>',
      role('button', 'Valider'),
    ],
    [
      'a button by aria-labelledby',
      '<span id="lbl">Envoyer le code</span><button id="x" aria-labelledby="lbl">→</button><button>Renvoyer</button>',
      role('button', 'Envoyer le code'),
    ],
  ])('finds %s (role + name)', (_, html, signal) => {
    page(html);
    expectFound(find(any(signal)), 'x', 1);
  });

  it.each([
    [
      'label for=',
      '<label for="x">Mot de passe</label><input id="x" type="password"><label for="y">Identifiant</label><input id="y">',
    ],
    [
      'a wrapping label',
      '<label>Mot de passe <input id="x" type="password"></label><label>Identifiant <input id="y"></label>',
    ],
    [
      'aria-label on the input',
      '<input id="x" type="password" aria-label="Mot de passe"><input id="y" aria-label="Identifiant">',
    ],
  ])('finds a field by %s', (_, html) => {
    page(html);
    expectFound(find(any(label('Mot de passe'))), 'x', 1);
  });

  it('finds a list wrapped in its label by the label text alone, not the option texts', () => {
    page(
      '<label>Du mois de <select id="x"><option>janvier 2026</option><option>février 2026</option></select></label>',
    );
    expectFound(find(any(label('Du mois de'))), 'x', 1);
  });

  it('finds by text split across inline elements, promoted to the enclosing link', () => {
    page('<p>Bienvenue</p><a id="x" href="/compte"><span>Mon</span> <strong>Compte</strong></a>');
    expectFound(find(any(text('Mon Compte'))), 'x', 1);
  });

  it('finds by text promoted from an inner span to the enclosing button', () => {
    page('<button id="x"><span class="icone"></span><span>Télécharger</span></button>');
    expectFound(find(any(text('Télécharger'))), 'x', 1);
  });

  it('finds by text on a plain element when nothing clickable encloses it', () => {
    page('<div><p id="x">Attestation fictive</p><p>Autre texte</p></div>');
    expectFound(find(any(text('Attestation fictive'))), 'x', 1);
  });

  it('compares texts without case, accents or non-breaking spaces', () => {
    page(
      '<button id="x">TÉLÉCHARGER\u00a0LE   FICHIER</button><label for="f">Numéro\u202fde dossier</label><input id="f"><a id="l" href="/c">mon compte</a>',
    );
    expectFound(find(any(role('button', 'Telecharger le fichier'))), 'x', 1);
    expectFound(find(any(text('télécharger le fichier'))), 'x', 1);
    expectFound(find(any(label('NUMERO DE DOSSIER'))), 'f', 1);
    expectFound(find(any(role('link', 'Mon  Compte'))), 'l', 1);
  });

  it('accepts any of the listed variants (French or English)', () => {
    page('<button id="x">Download</button>');
    expectFound(find(any(role('button', 'Télécharger', 'Download'))), 'x', 1);
  });

  it('does not take a name that merely contains the wanted one', () => {
    page('<button>Valider la demande</button>');
    expect(find(any(role('button', 'Valider'))).status).toBe('missing');
  });

  it('uses the explicit role over the implicit one: <a role="button"> is not a link', () => {
    page('<a id="x" href="/envoyer" role="button">Envoyer</a>');
    expect(find(any(role('link', 'Envoyer'))).status).toBe('missing');
    expectFound(find(any(role('button', 'Envoyer'))), 'x', 1);
  });

  it('does not give the link role to an <a> without href', () => {
    page('<a id="x">Mon Compte</a>');
    expect(find(any(role('link', 'Mon Compte'))).status).toBe('missing');
  });
});

describe('locate: scoring several signals', () => {
  it('finds with score 1 when two signals agree', () => {
    page('<button id="x" class="valider">Valider</button><button>Annuler</button>');
    expectFound(find(any(css('.valider'), role('button', 'Valider'))), 'x', 1);
  });

  it('lets role and text outvote a stale css that now matches another element', () => {
    page('<button id="autre" class="principal">Annuler</button><button id="x">Valider</button>');
    const result = find(any(css('.principal'), role('button', 'Valider'), text('Valider')));
    // Weights: css 2, role 3, text 2 → the Valider button has 5 of 7.
    expectFound(result, 'x', 5 / 7);
  });

  it('is ambiguous, never found, on a tie between two different elements', () => {
    page('<button id="a" class="principal">Annuler</button><button id="b">Valider</button>');
    const result = find(any(css('.principal'), text('Valider')));
    expect(result).toMatchObject({ status: 'ambiguous', count: 2 });
  });

  it('lets a role and name outweigh a lone conflicting css (3 against 2)', () => {
    page('<button id="a" class="principal">Annuler</button><button id="b">Valider</button>');
    expectFound(find(any(css('.principal'), role('button', 'Valider'))), 'b', 3 / 5);
  });

  it('is ambiguous when the runner-up is close to the leader (at least 3/4 of its score)', () => {
    page('<button id="x" class="c">Enregistrer</button><button class="c" data-k="v">Valider</button>');
    const result = find(
      any({ kind: 'id', id: 'x' }, css('.c'), text('Valider'), { kind: 'attr', attr: { 'data-k': 'v' } }),
    );
    // The Valider button: css + text + attr = 6; #x: id + css = 5; 5/6 ≥ 0.75.
    expect(result).toMatchObject({ status: 'ambiguous' });
  });

  it('reports a unique best that is too weak as missing', () => {
    page('<button id="x">Valider</button>');
    const result = find(
      any(
        css('#absent'),
        { kind: 'id', id: 'absent' },
        label('Rien'),
        { kind: 'tag', tag: 'x-absent' },
        text('Valider'),
      ),
    );
    // text 2 of 11 < 0.3
    expect(result).toMatchObject({ status: 'missing', weak: true });
  });

  it('is ambiguous with two identical visible buttons', () => {
    page('<button>Valider</button><button>Valider</button>');
    expect(find(any(role('button', 'Valider')))).toMatchObject({ status: 'ambiguous', count: 2 });
  });

  it('finds the visible one when an identical twin is hidden', () => {
    page(
      '<div hidden><button>Valider</button></div><button id="x">Valider</button><button style="display:none">Valider</button>',
    );
    expectFound(find(any(role('button', 'Valider'))), 'x', 1);
  });

  it('reports hidden (invisible) when the only match is hidden', () => {
    page('<div style="display: none"><button>Valider</button></div>');
    expect(find(any(role('button', 'Valider')))).toMatchObject({ status: 'hidden', reason: 'invisible' });
  });

  it('reports a disabled button as hidden (disabled) when the step needs a click', () => {
    page('<button id="x" disabled>Valider</button>');
    expect(find(any(role('button', 'Valider')), { needsClick: true })).toMatchObject({
      status: 'hidden',
      reason: 'disabled',
    });
    expectFound(find(any(role('button', 'Valider'))), 'x', 1);
  });

  it('treats aria-disabled="true" as disabled when the step needs a click', () => {
    page('<a href="/suite" aria-disabled="true">Continuer</a>');
    expect(find(any(role('link', 'Continuer')), { needsClick: true })).toMatchObject({
      status: 'hidden',
      reason: 'disabled',
    });
  });

  it('reports missing when no signal matches anything', () => {
    page('<button>Annuler</button>');
    const result = find(any(css('#absent'), role('button', 'Valider'), label('Mot de passe'), text('Valider')));
    expect(result.status).toBe('missing');
  });
});

describe('locate: the tried report', () => {
  it('lists each signal with its match count', () => {
    page(
      '<button class="b">Valider</button><button class="b">Annuler</button><label for="m">Mot de passe</label><input id="m">',
    );
    const result = find(
      any(css('.b'), role('button', 'Valider', 'Submit'), label('Mot de passe'), text('Rien du tout')),
    );
    expect(result.tried).toEqual([
      { signal: 'css .b', matches: 2, note: 'several elements' },
      { signal: 'role button "Valider" | "Submit"', matches: 1, note: 'this element' },
      { signal: 'label "Mot de passe"', matches: 1, note: 'another element' },
      { signal: 'text "Rien du tout"', matches: 0, note: 'no element' },
    ]);
  });

  it('marks an invalid css selector with -1 and still uses the other signals', () => {
    page('<button id="x">Valider</button>');
    const result = find(any(css('button[[['), role('button', 'Valider')));
    expectFound(result, 'x', 3 / 5);
    expect(result.tried).toEqual([
      { signal: 'css button[[[', matches: -1, note: 'invalid' },
      { signal: 'role button "Valider"', matches: 1, note: 'this element' },
    ]);
  });

  it('reports tried on missing results too', () => {
    page('<p>Vide</p>');
    expect(find(any(css('#absent')))).toEqual({
      status: 'missing',
      tried: [{ signal: 'css #absent', matches: 0, note: 'no element' }],
    });
  });
});

describe('locate: search root', () => {
  it('searches only inside the given root', () => {
    page('<button id="dehors">Valider</button><section id="zone"><button id="x">Valider</button></section>');
    const result = locate(any(role('button', 'Valider')), byId('zone'), { isVisible });
    expectFound(result, 'x', 1);
  });
});
