// completesStep: which DOM events finish a step — clicks, choice controls, typed values checked
// against the step's pattern (never stored), events outside the target, and url/visible steps.
import { afterEach, describe, expect, it } from 'vitest';
import type { Condition, Done, SimpleDone } from '../../src/guide';
import { completesStep, watchCondition, type CompletionEvent } from '../../src/session';

afterEach(() => {
  document.body.innerHTML = '';
});

function make<T extends Element>(html: string): T {
  document.body.innerHTML = html;
  const el = document.body.firstElementChild;
  if (!el) throw new Error('test setup: empty html');
  return el as T;
}

/** The composed path a real event dispatched on `origin` would have. */
function pathFrom(origin: Element): EventTarget[] {
  const path: EventTarget[] = [];
  for (let node: Node | null = origin; node; node = node.parentNode) path.push(node);
  path.push(window);
  return path;
}

const CLICK: Done = { kind: 'click' };
const NIR: Done = { kind: 'input', pattern: '^\\d{13}$' };
const FREE: Done = { kind: 'input' };

describe('completesStep: click', () => {
  it('is done on a click on the target', () => {
    const button = make('<button>Valider</button>');
    expect(completesStep(CLICK, 'click', pathFrom(button), button)).toBe(true);
  });

  it('is done on a click inside the target', () => {
    const link = make('<a href="/compte"><span>Mon Compte</span></a>');
    const span = link.querySelector('span');
    if (!span) throw new Error('test setup');
    expect(completesStep(CLICK, 'click', pathFrom(span), link)).toBe(true);
  });

  it.each([
    ['a radio button', '<input type="radio" name="periode" value="autre">'],
    ['a checkbox', '<input type="checkbox" name="accord">'],
    ['a select', '<select><option>janvier 2026</option><option>février 2026</option></select>'],
  ])('counts a change on %s as the click', (_, html) => {
    const control = make(html);
    expect(completesStep(CLICK, 'change', pathFrom(control), control)).toBe(true);
  });

  it.each([
    ['input on a button', '<button>Valider</button>', 'input'],
    ['change on a text field', '<input type="text">', 'change'],
    ['input on a checkbox', '<input type="checkbox">', 'input'],
  ] as const)('is not done by %s', (_, html, type) => {
    const el = make(html);
    expect(completesStep(CLICK, type, pathFrom(el), el)).toBe(false);
  });
});

describe('completesStep: input with a pattern', () => {
  it.each([
    ['13 digits', '1234567890123', 'input', true],
    ['13 digits, surrounded by spaces', '  1234567890123 ', 'input', true],
    ['13 digits, on change', '1234567890123', 'change', true],
    ['12 digits', '123456789012', 'input', false],
    ['14 digits', '12345678901234', 'input', false],
    ['letters', 'abcdefghijklm', 'input', false],
    ['nothing', '', 'change', false],
  ] as const)('%s on %s → %s', (_, value, type: CompletionEvent, expected) => {
    const field = make<HTMLInputElement>('<input type="text">');
    field.value = value;
    expect(completesStep(NIR, type, pathFrom(field), field)).toBe(expected);
  });
});

describe('completesStep: input without a pattern', () => {
  it.each([
    ['a value, while typing (input)', 'exemple-fictif', 'input', false],
    ['a value, on leaving the field (change)', 'exemple-fictif', 'change', true],
    ['an empty value, on change', '', 'change', false],
    ['only spaces, on change', '   ', 'change', false],
    ['a value, on click', 'exemple-fictif', 'click', false],
  ] as const)('%s → %s', (_, value, type: CompletionEvent, expected) => {
    const field = make<HTMLInputElement>('<input type="password">');
    field.value = value;
    expect(completesStep(FREE, type, pathFrom(field), field)).toBe(expected);
  });

  it('reads a select’s chosen value', () => {
    const select = make<HTMLSelectElement>(
      '<select><option value="">Choisissez</option><option value="202609">septembre 2026</option></select>',
    );
    expect(completesStep(FREE, 'change', pathFrom(select), select)).toBe(false);
    select.value = '202609';
    expect(completesStep(FREE, 'change', pathFrom(select), select)).toBe(true);
  });

  it('reads a textarea', () => {
    const area = make<HTMLTextAreaElement>('<textarea></textarea>');
    area.value = 'Un message fictif';
    expect(completesStep(FREE, 'change', pathFrom(area), area)).toBe(true);
  });

  it('is never done on an element that has no value', () => {
    const div = make('<div>Texte fictif</div>');
    expect(completesStep(FREE, 'change', pathFrom(div), div)).toBe(false);
  });
});

describe('completesStep: events elsewhere, other kinds', () => {
  it('is not done when the event happened outside the target', () => {
    document.body.innerHTML =
      '<button id="cible">Valider</button><button id="autre">Annuler</button><input id="champ"><input id="voisin">';
    const target = document.getElementById('cible') as Element;
    const other = document.getElementById('autre') as Element;
    expect(completesStep(CLICK, 'click', pathFrom(other), target)).toBe(false);
    const field = document.getElementById('champ') as HTMLInputElement;
    const neighbour = document.getElementById('voisin') as HTMLInputElement;
    field.value = '1234567890123';
    neighbour.value = '1234567890123';
    expect(completesStep(NIR, 'input', pathFrom(neighbour), field)).toBe(false);
  });

  const notByEvents: [string, SimpleDone][] = [
    ['url', { kind: 'url', url: ['https://www.exemple.fr/*'] }],
    ['visible', { kind: 'visible', target: { any: [{ kind: 'css', css: '#fin' }] } }],
    ['gone', { kind: 'gone', target: { any: [{ kind: 'css', css: '#fin' }] } }],
    ['text', { kind: 'text', text: ['Message envoyé'] }],
  ];
  it.each(notByEvents)('is never done by a DOM event for a %s step', (_, done) => {
    const button = make('<button>Valider</button>');
    for (const type of ['click', 'input', 'change'] as const) {
      expect(completesStep(done, type, pathFrom(button), button)).toBe(false);
    }
  });
});

describe('watchCondition: an address part follows the address', () => {
  it('all of (loading message gone, address reached) holds once a route change brings the address', async () => {
    document.body.innerHTML = '<p>Terminé</p>';
    const life = new AbortController();
    const seen: boolean[] = [];
    const condition: Condition = {
      kind: 'all',
      of: [
        { kind: 'gone', target: { any: [{ kind: 'css', css: '#chargement' }] } },
        { kind: 'url', url: ['*/etape-suivante'] },
      ],
    };
    watchCondition(condition, document, life.signal, (holds) => seen.push(holds));
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual([false]);
    history.pushState(null, '', '/etape-suivante');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual([false, true]);
    life.abort();
  });
});
