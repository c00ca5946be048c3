// The drift benchmark's operators that replay real-site changes (tests/bench/lib/drift/
// real-changes.ts), on small DOMs: what each changes, that the same seed changes the same way,
// and that an operator which cannot apply to a target reports nothing (n/a).
import { beforeEach, describe, expect, it } from 'vitest';
import type { Target } from '../../src/guide';
import { insertedKind } from '../bench/lib/drift/dom';
import { applyOperator, type OperatorName } from '../bench/lib/drift/mutations';

const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]/g;

function page(html: string): Element {
  document.body.innerHTML = html;
  const truth = document.querySelector('[data-truth]');
  if (!truth) throw new Error('no [data-truth] in the test page');
  truth.removeAttribute('data-truth');
  return truth;
}

function run(operator: OperatorName, html: string, target: Target, seed = 1) {
  const truth = page(html);
  const result = applyOperator(operator, document, truth, seed, target);
  return { ...result, html: document.body.innerHTML };
}

const SEND: Target = {
  any: [
    { kind: 'css', css: '.send' },
    { kind: 'role', role: 'button', name: ['Envoyer', 'Send'] },
  ],
};
const SEND_PAGE =
  '<div><button class="send" data-truth aria-label="Envoyer" data-tooltip="Envoyer">Envoyer</button></div>';
const LINK_PAGE =
  '<nav><a class="nav-link" data-truth href="/mes-attestations">Mes attestations</a></nav><main><p>Bonjour</p></main>';
const LINK: Target = {
  any: [
    { kind: 'css', css: 'a.nav-link' },
    { kind: 'role', role: 'link', name: ['Mes attestations'] },
    { kind: 'href', href: '/mes-attestations' },
  ],
};
const FIELD_PAGE = '<label for="objet">Objet</label><input id="objet" type="text" name="subjectbox" data-truth>';
const FIELD: Target = {
  any: [
    { kind: 'css', css: '#objet' },
    { kind: 'label', label: ['Objet', 'Subject'] },
  ],
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('every real-change operator', () => {
  const cases: [OperatorName, string, Target][] = [
    ['keyboard-hint', SEND_PAGE, SEND],
    ['name-lengthened', LINK_PAGE, LINK],
    ['bidi-marks', LINK_PAGE, LINK],
    ['tag-swap', SEND_PAGE, SEND],
    ['id-uuid', FIELD_PAGE, FIELD],
    ['english', SEND_PAGE, SEND],
    ['copy-keeps-signal', LINK_PAGE, LINK],
    ['wrapper-shares-text', LINK_PAGE, LINK],
  ];
  it.each(cases)(
    '%s changes the page the same way for the same seed, and differently across seeds',
    (op, html, target) => {
      const first = run(op, html, target, 3);
      const again = run(op, html, target, 3);
      expect(first.changes.length).toBeGreaterThan(0);
      expect(again.html).toBe(first.html);
      expect(again.changes).toEqual(first.changes);
      const seeds = new Set([1, 2, 3, 4, 5, 6].map((seed) => run(op, html, target, seed).html));
      // english has one possible outcome; the others vary with the seed.
      expect(seeds.size).toBeGreaterThan(op === 'english' ? 0 : 1);
    },
  );
});

describe('keyboard-hint', () => {
  it('appends a bracketed hint inside U+202A/U+202C to aria-label and to the tooltip that repeats it', () => {
    const { truth } = run('keyboard-hint', SEND_PAGE, SEND);
    const label = truth.getAttribute('aria-label') ?? '';
    expect(label).toMatch(/^Envoyer \u202a\([^()]+\)\u202c$/);
    expect(truth.getAttribute('data-tooltip')).toBe(label);
    expect(truth.textContent).toBe('Envoyer');
  });

  it('puts the hint in the visible text or a new aria-label of a button named by its content', () => {
    const names = [1, 2, 3, 4, 5, 6].map((seed) => {
      const { truth } = run('keyboard-hint', '<button data-truth>Répondre</button>', SEND, seed);
      return [truth.getAttribute('aria-label'), truth.textContent];
    });
    expect(names.some(([aria, text]) => aria === null && /^Répondre \u202a\(.+\)\u202c$/.test(text ?? ''))).toBe(true);
    expect(names.some(([aria, text]) => /^Répondre \u202a\(.+\)\u202c$/.test(aria ?? '') && text === 'Répondre')).toBe(
      true,
    );
  });

  it('is n/a on a text field, and on a name that has its hint already', () => {
    expect(run('keyboard-hint', FIELD_PAGE, FIELD).changes).toEqual([]);
    const hinted = '<button data-truth aria-label="Envoyer \u202a(Ctrl-Entrée)\u202c">Envoyer</button>';
    expect(run('keyboard-hint', hinted, SEND).changes).toEqual([]);
  });
});

describe('name-lengthened', () => {
  it('adds whole words after the name: « Candidature simplifiée » → « Candidature simplifiée … »', () => {
    for (const seed of [1, 2, 3, 4]) {
      const { truth } = run('name-lengthened', '<a href="/apply" data-truth>Candidature simplifiée</a>', LINK, seed);
      const name = truth.getAttribute('aria-label') ?? truth.textContent ?? '';
      expect(name).toMatch(/^Candidature simplifiée \p{L}+( \p{L}+)*$/u);
    }
  });

  it('lengthens the label that names a field', () => {
    run('name-lengthened', FIELD_PAGE, FIELD);
    expect(document.querySelector('label')?.textContent).toMatch(/^Objet \p{L}/u);
  });
});

describe('bidi-marks', () => {
  it('inserts invisible marks in the text and the label, which read the same once removed', () => {
    const { truth } = run('bidi-marks', LINK_PAGE, LINK);
    expect(truth.textContent).not.toBe('Mes attestations');
    expect(truth.textContent?.replace(INVISIBLE, '')).toBe('Mes attestations');
    run('bidi-marks', FIELD_PAGE, FIELD);
    const label = document.querySelector('label')?.textContent ?? '';
    expect(label).not.toBe('Objet');
    expect(label.replace(INVISIBLE, '')).toBe('Objet');
  });

  it('is n/a on an element with no name or text', () => {
    expect(run('bidi-marks', '<input data-truth type="text">', FIELD).changes).toEqual([]);
  });
});

describe('tag-swap', () => {
  it('turns a button into a link or gives it role=link, keeping its text and classes', () => {
    const shapes = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const { truth } = run('tag-swap', SEND_PAGE, SEND, seed);
      expect(truth.isConnected).toBe(true);
      expect(truth.textContent).toBe('Envoyer');
      expect(truth.classList.contains('send')).toBe(true);
      if (truth.localName === 'a') expect(truth.hasAttribute('href')).toBe(true);
      else expect(truth.getAttribute('role')).toBe('link');
      shapes.add(truth.localName);
    }
    expect(shapes).toEqual(new Set(['a', 'button']));
  });

  it('turns a link into a button (its href gone) or gives it role=button', () => {
    const shapes = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const { truth } = run('tag-swap', LINK_PAGE, LINK, seed);
      if (truth.localName === 'button') expect(truth.hasAttribute('href')).toBe(false);
      else expect(truth.getAttribute('role')).toBe('button');
      shapes.add(truth.localName);
    }
    expect(shapes).toEqual(new Set(['a', 'button']));
  });

  it('is n/a on a text field', () => {
    expect(run('tag-swap', FIELD_PAGE, FIELD).changes).toEqual([]);
  });
});

describe('id-uuid', () => {
  it('replaces the id and data-testid by a UUID, keeping a word prefix (idp-<uuid>)', () => {
    const html =
      '<button data-truth id="idp-dgfip" data-testid="idp-dgfip"><figcaption>impots.gouv.fr</figcaption></button>';
    const { truth } = run('id-uuid', html, SEND);
    const uuid = /^idp-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(truth.id).toMatch(uuid);
    expect(truth.getAttribute('data-testid')).toMatch(uuid);
  });

  it('keeps the label tied to the field', () => {
    const { truth } = run('id-uuid', FIELD_PAGE, FIELD);
    expect(truth.id).not.toBe('objet');
    expect(document.querySelector('label')?.htmlFor).toBe(truth.id);
  });

  it('is n/a without an id or data-testid', () => {
    expect(run('id-uuid', LINK_PAGE, LINK).changes).toEqual([]);
  });
});

describe('english', () => {
  it('gives the name, the tooltip and the text the English variant the guide lists second', () => {
    const { truth } = run('english', SEND_PAGE, SEND);
    expect(truth.getAttribute('aria-label')).toBe('Send');
    expect(truth.getAttribute('data-tooltip')).toBe('Send');
    expect(truth.textContent).toBe('Send');
  });

  it('translates a label, and keeps a keyboard hint after the name', () => {
    run('english', FIELD_PAGE, FIELD);
    expect(document.querySelector('label')?.textContent).toBe('Subject');
    const hinted = '<button data-truth aria-label="Envoyer \u202a(Ctrl-Entrée)\u202c"><span>Envoyer</span></button>';
    const { truth } = run('english', hinted, SEND);
    expect(truth.getAttribute('aria-label')).toBe('Send \u202a(Ctrl-Entrée)\u202c');
    expect(truth.textContent).toBe('Send');
  });

  it('is n/a when the target lists no English variant', () => {
    expect(run('english', LINK_PAGE, LINK).changes).toEqual([]);
  });
});

describe('copy-keeps-signal', () => {
  it('moves the href to a footer copy with other words and no classes; the target gets a new href', () => {
    const { truth, changes } = run('copy-keeps-signal', LINK_PAGE, LINK);
    expect(changes.length).toBeGreaterThan(0);
    expect(truth.getAttribute('href')).not.toBe('/mes-attestations');
    const copy = document.querySelector('footer a[href="/mes-attestations"]');
    expect(copy).not.toBeNull();
    expect(copy?.textContent).not.toBe('Mes attestations');
    expect(copy?.className).toBe('');
    expect(insertedKind(copy!)).toBe('copy');
  });

  it('moves the id to another element in the footer, the label staying with the field', () => {
    const { truth } = run('copy-keeps-signal', FIELD_PAGE, FIELD);
    expect(truth.id).toBe('');
    const copy = document.querySelector('footer #objet');
    expect(copy?.localName).toBe('input');
    const label = document.querySelector('label');
    // The label names the field (wrapping it or through aria-labelledby), never the copy.
    expect(label?.htmlFor).toBe('');
    expect(label?.contains(truth) || truth.getAttribute('aria-labelledby') === label?.id).toBe(true);
  });

  it('is n/a when the target uses none of the signals the element could lose', () => {
    const target: Target = { any: [{ kind: 'role', role: 'link', name: ['Mes attestations'] }] };
    expect(run('copy-keeps-signal', LINK_PAGE, target).changes).toEqual([]);
  });
});

describe('wrapper-shares-text', () => {
  it('puts the link in a card that says the same words, in one of three shapes', () => {
    const shapes = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const { truth } = run('wrapper-shares-text', LINK_PAGE, LINK, seed);
      const card = truth.parentElement!;
      expect(insertedKind(card)).toBe('wrapper');
      expect(truth.textContent).toBe('Mes attestations');
      const says = card.getAttribute('aria-label') ?? card.firstChild?.textContent?.trim();
      expect(says).toBe('Mes attestations');
      shapes.add(card.getAttribute('role') ?? (card.hasAttribute('aria-label') ? 'labelled' : 'titled'));
    }
    expect(shapes).toEqual(new Set(['link', 'labelled', 'titled']));
  });

  it('is n/a on a field', () => {
    expect(run('wrapper-shares-text', FIELD_PAGE, FIELD).changes).toEqual([]);
  });
});
