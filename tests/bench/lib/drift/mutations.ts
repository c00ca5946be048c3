// Mutation operators of the drift benchmark, run in the page: each changes a replica snapshot the
// way real sites change between releases (hashed classes, new ids, wrappers, reordering, text
// case…) while keeping the step's element (the "truth") present, visible and meaning the same.
// Every operator is a pure function of (document, truth, seeded PRNG) and says what it changed.
import {
  allIds,
  ancestry,
  brief,
  freshName,
  isInline,
  isLabelable,
  labelPosition,
  labelsOf,
  markInserted,
  retargetIdRefs,
  removeId,
  rewriteSelectors,
  textNodes,
  unitStart,
  type Changes,
  type Operator,
  type OperatorContext,
} from './dom';
import { hashString, mulberry32, pick, randomInt, shuffled, token, type Rng } from './prng';
import { REAL_OPERATORS, REAL, type RealOperator } from './real-changes';

export const SINGLE_OPERATORS = [
  'class-hash',
  'class-rename',
  'id-change',
  'id-remove',
  'wrap',
  'sibling-insert',
  'decoy-hidden',
  'reorder',
  'text-variation',
  'attr-remove',
  'layout-swap',
] as const;
export type SingleOperator = (typeof SINGLE_OPERATORS)[number];
/** Reported apart from the single-operator figures: a visible identical decoy is genuinely
 * ambiguous (expected: not found), and combined mutations are a stress test. */
export const EXTRA_OPERATORS = ['decoy-visible', 'combined'] as const;
export { REAL_OPERATORS, type RealOperator };
export type OperatorName = SingleOperator | RealOperator | (typeof EXTRA_OPERATORS)[number];
export const OPERATORS: readonly OperatorName[] = [...SINGLE_OPERATORS, ...REAL_OPERATORS, ...EXTRA_OPERATORS];

// ---- class operators -----------------------------------------------------------------------

const BLOCKS = ['card', 'panel', 'form', 'nav', 'header', 'field', 'action', 'menu', 'section', 'login', 'tile'];
const ELEMENTS = ['button', 'link', 'input', 'item', 'label', 'title', 'wrapper', 'control', 'body', 'list'];
const MODIFIERS = ['primary', 'active', 'large', 'main', 'blue'];

/** Renames every class of the truth and its ancestors, and about half of the other class names,
 * consistently across the page and its stylesheets (per class name, not per element: a
 * redeployed site renames a class everywhere it is used). */
function renameClasses(doc: Document, truth: Element, rng: Rng, make: (rng: Rng) => string): Changes {
  const own = new Set(ancestry(truth).flatMap((el) => [...el.classList]));
  const carriers = [...doc.querySelectorAll('[class]')];
  const all = new Set(carriers.flatMap((el) => [...el.classList]));
  const chosen = [...all].filter((name) => own.has(name) || rng() < 0.5);
  if (!chosen.length) return [];
  const taken = new Set(all);
  const mapping = new Map(chosen.map((name) => [name, freshName(rng, taken, make)]));
  for (const el of carriers) {
    for (const name of [...el.classList]) {
      const next = mapping.get(name);
      if (next) el.classList.replace(name, next);
    }
  }
  for (const [from, to] of mapping) rewriteSelectors(doc, `.${from}`, `.${to}`);
  const shown = [...mapping].slice(0, 4).map(([from, to]) => `${from}→${to}`);
  return [`renamed ${mapping.size} class names (${shown.join(', ')}${mapping.size > 4 ? ', …' : ''})`];
}

const classHash: Operator = (doc, truth, rng) => renameClasses(doc, truth, rng, (r) => `c${token(r, 6)}`);

const classRename: Operator = (doc, truth, rng) =>
  renameClasses(doc, truth, rng, (r) => {
    const base = `${pick(r, BLOCKS)}__${pick(r, ELEMENTS)}`;
    return r() < 0.4 ? `${base}--${pick(r, MODIFIERS)}` : base;
  });

// ---- id operators --------------------------------------------------------------------------

const ID_WORDS = ['field', 'input', 'btn', 'ctrl', 'mat-input', 'form-item', 'ng'];

const idChange: Operator = (doc, truth, rng) => {
  const carriers = ancestry(truth).filter((el) => el.id);
  if (!carriers.length) return [];
  const taken = allIds(doc);
  return carriers.map((el) => {
    const from = el.id;
    const to = freshName(rng, taken, (r) =>
      r() < 0.5 ? `${pick(r, ID_WORDS)}-${randomInt(r, 1, 99)}` : `id-${token(r, 6)}`,
    );
    el.id = to;
    retargetIdRefs(doc, from, to);
    rewriteSelectors(doc, `#${from}`, `#${to}`);
    return `id ${from}→${to} on ${el.localName}`;
  });
};

/** Removes the ids; a label that pointed at the control by `for` now wraps it or names it by
 * aria-labelledby, so the accessible name stays the same; the page's style moves to a class. */
const idRemove: Operator = (doc, truth, rng) => {
  const carriers = ancestry(truth).filter((el) => el.id);
  if (!carriers.length) return [];
  const taken = allIds(doc);
  return carriers.flatMap((el) => removeId(doc, el, rng, taken));
};

// ---- structure operators -------------------------------------------------------------------

function wrapIn(doc: Document, el: Element, rng: Rng, count: number): void {
  for (let i = 0; i < count; i++) {
    const wrapper = doc.createElement(isInline(el) ? 'span' : 'div');
    if (rng() < 0.5) wrapper.className = `w-${token(rng, 5)}`;
    el.before(wrapper);
    wrapper.append(el);
  }
}

const wrap: Operator = (doc, truth, rng) => {
  const around = randomInt(rng, 1, 3);
  wrapIn(doc, truth, rng, around);
  const changes = [`${around} wrapper(s) around ${brief(truth)}`];
  // The parent is looked up after wrapping: the outermost new wrapper's parent is the old parent.
  let outer: Element = truth;
  for (let i = 0; i < around; i++) outer = outer.parentElement ?? outer;
  const parent = outer.parentElement;
  if (parent && parent !== doc.body && parent !== doc.documentElement && rng() < 0.7) {
    const count = randomInt(rng, 1, 2);
    wrapIn(doc, parent, rng, count);
    changes.push(`${count} wrapper(s) around the parent ${brief(parent)}`);
  }
  return changes;
};

const SIBLING_TEXTS = ['Aide', 'Retour', 'Annuler', 'En savoir plus', 'Nous contacter', 'Imprimer'];
const FIELD_LABELS = ['Adresse e-mail', 'Numéro de téléphone', 'Code postal', 'Commentaire'];

/** New siblings of the same tag before the truth: plain, or styled like it (same classes) in
 * about half the cases, as when a site adds a button of the same design next to it. */
const siblingInsert: Operator = (doc, truth, rng) => {
  const count = randomInt(rng, 1, 3);
  const styled = rng() < 0.5;
  const ownText = (truth.textContent ?? '').trim().toLowerCase();
  const texts = shuffled(
    rng,
    SIBLING_TEXTS.filter((t) => t.toLowerCase() !== ownText),
  );
  const truthLabel = labelsOf(truth)[0];
  const ownLabel = (truthLabel?.textContent ?? '').trim().toLowerCase();
  const fieldLabels = shuffled(
    rng,
    FIELD_LABELS.filter((t) => t.toLowerCase() !== ownLabel),
  );
  const taken = allIds(doc);
  const anchor = unitStart(truth);
  for (let i = 0; i < count; i++) {
    const el = doc.createElement(truth.localName);
    if (styled && truth.className) el.className = truth.className;
    const type = truth.getAttribute('type');
    if (truth.localName === 'button') el.setAttribute('type', 'button');
    else if (type) el.setAttribute('type', type);
    if (truth.localName === 'a') el.setAttribute('href', `/aide/${token(rng, 5)}`);
    markInserted(el, 'sibling');
    const unit: Element[] = [el];
    if (isLabelable(truth)) {
      el.id = freshName(rng, taken, (r) => `f-${token(r, 5)}`);
      if (el instanceof HTMLInputElement && (type === 'radio' || type === 'checkbox'))
        el.name = `autre-${token(rng, 4)}`;
      if (el instanceof HTMLInputElement && (type === 'submit' || type === 'button')) el.value = texts[i] ?? 'Aide';
      if (el instanceof HTMLSelectElement) el.append(new Option('Choisissez'));
      const label = doc.createElement('label');
      label.htmlFor = el.id;
      label.textContent = fieldLabels[i % fieldLabels.length] ?? 'Commentaire';
      if (styled && truthLabel?.className) label.className = truthLabel.className;
      if (truthLabel && labelPosition(truth, truthLabel) === 'after') unit.push(label);
      else unit.unshift(label);
    } else {
      el.textContent = texts[i % texts.length] ?? 'Aide';
    }
    anchor.before(...unit);
  }
  return [`${count} ${styled ? 'styled' : 'plain'} <${truth.localName}> sibling(s) inserted before the target`];
};

/** A copy of the truth (and its label) inserted before it, with the same tag, text and name;
 * ids are not duplicated (they must be unique); classes are kept in about half the cases. */
function insertDecoy(doc: Document, truth: Element, rng: Rng, hidden: boolean): Changes {
  const keepClasses = rng() < 0.5;
  const taken = allIds(doc);
  const label = labelsOf(truth)[0];
  const position = label ? labelPosition(truth, label) : 'apart';
  let decoy: Element;
  let unit: Element[];
  let anchor: Element;
  if (label && position === 'around') {
    const labelCopy = label.cloneNode(true) as HTMLLabelElement;
    labelCopy.removeAttribute('for');
    const twin = [...labelCopy.querySelectorAll(truth.localName)].find((el) => isLabelable(el));
    if (!twin) return [];
    decoy = twin;
    unit = [labelCopy];
    anchor = label;
  } else {
    decoy = truth.cloneNode(true) as Element;
    unit = [decoy];
    anchor = unitStart(truth);
  }
  for (const root of unit) for (const el of [root, ...root.querySelectorAll('[id]')]) el.removeAttribute('id');
  if (label && position !== 'around') {
    const labelCopy = label.cloneNode(true) as HTMLLabelElement;
    labelCopy.removeAttribute('id');
    decoy.id = freshName(rng, taken, (r) => `d-${token(r, 5)}`);
    labelCopy.htmlFor = decoy.id;
    if (position === 'after') unit.push(labelCopy);
    else unit.unshift(labelCopy);
  }
  if (!keepClasses) decoy.removeAttribute('class');
  markInserted(decoy, 'decoy');
  if (hidden) {
    if (rng() < 0.5) {
      const box = doc.createElement('div');
      box.hidden = true;
      box.append(...unit);
      unit = [box];
    } else {
      for (const el of unit) (el as HTMLElement).style.display = 'none';
    }
  }
  anchor.before(...unit);
  return [`${hidden ? 'hidden' : 'visible'} decoy ${brief(decoy)} (${keepClasses ? 'same classes' : 'no classes'})`];
}

const decoyHidden: Operator = (doc, truth, rng) => insertDecoy(doc, truth, rng, true);
const decoyVisible: Operator = (doc, truth, rng) => insertDecoy(doc, truth, rng, false);

/** Shuffles the children of the nearest ancestor that has several, keeping the text nodes in place. */
const reorder: Operator = (doc, truth, rng) => {
  let parent = truth.parentElement;
  while (parent && parent.children.length < 2) parent = parent.parentElement;
  if (!parent || parent === doc.documentElement) return [];
  const children = [...parent.children];
  let order = children;
  for (let i = 0; i < 10 && order.every((el, j) => el === children[j]); i++) order = shuffled(rng, children);
  if (order.every((el, j) => el === children[j])) return [];
  const slots = children.map((el) => {
    const slot = doc.createComment('');
    el.replaceWith(slot);
    return slot;
  });
  slots.forEach((slot, i) => slot.replaceWith(order[i]!));
  return [`shuffled the ${children.length} children of ${brief(parent)}`];
};

// ---- text and attribute operators ----------------------------------------------------------

const TEXT_VARIATIONS: Record<string, (text: string) => string> = {
  'upper-case': (t) => t.toUpperCase(),
  'no accents': (t) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
  'non-breaking spaces': (t) => t.replace(/ /g, '\u00a0'),
  'extra spaces': (t) => `\n    ${t.replace(/ /g, '  ')}  \n`,
  'title case': (t) =>
    t.replace(/(^|\s)(\p{Ll})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase()),
  'typographic apostrophe': (t) => t.replace(/'/g, '\u2019'),
};

/** Changes how the target's words are written (case, accents, spaces), and its label's. */
const textVariation: Operator = (doc, truth, rng) => {
  const nodes = [truth, ...labelsOf(truth)].flatMap((el) => textNodes(el));
  const valued =
    truth instanceof HTMLInputElement && ['submit', 'button', 'reset'].includes(truth.type) && truth.value
      ? [truth]
      : [];
  const ariaLabelled = truth.hasAttribute('aria-label') ? [truth] : [];
  if (!nodes.length && !valued.length && !ariaLabelled.length) return [];
  const kinds = shuffled(rng, Object.keys(TEXT_VARIATIONS)).slice(0, randomInt(rng, 1, 2));
  const vary = (text: string, using: readonly string[]) =>
    using.reduce((t, kind) => TEXT_VARIATIONS[kind]?.(t) ?? t, text);
  const all = (using: readonly string[]) => {
    let changed = false;
    const apply = (before: string, set: (after: string) => void) => {
      const after = vary(before, using);
      if (after !== before) {
        set(after);
        changed = true;
      }
    };
    for (const node of nodes) apply(node.nodeValue ?? '', (v) => (node.nodeValue = v));
    for (const input of valued) apply(input.value, (v) => (input.value = v));
    for (const el of ariaLabelled) apply(el.getAttribute('aria-label') ?? '', (v) => el.setAttribute('aria-label', v));
    return changed;
  };
  if (all(kinds)) return [`text written with ${kinds.join(' + ')}`];
  if (all(['upper-case'])) return ['text written with upper-case'];
  return [];
};

const NON_ESSENTIAL = [
  'aria-describedby',
  'autocomplete',
  'inputmode',
  'maxlength',
  'placeholder',
  'title',
  'name',
] as const;

/** Drops attributes a redesign often loses: data-*, descriptions, hints, names. */
const attrRemove: Operator = (_doc, truth, rng) => {
  const present = [...truth.attributes]
    .map((a) => a.name)
    .filter((name) => name.startsWith('data-') || (NON_ESSENTIAL as readonly string[]).includes(name));
  if (!present.length) return [];
  let removed = present.filter(() => rng() < 0.7);
  if (!removed.length) removed = [pick(rng, present)];
  for (const name of removed) truth.removeAttribute(name);
  return [`removed ${removed.join(', ')}`];
};

// ---- layout operator -----------------------------------------------------------------------

const SWAPS: Record<string, readonly string[]> = {
  div: ['section', 'article'],
  section: ['div'],
  article: ['div'],
  aside: ['div'],
  nav: ['div'],
  main: ['div'],
  li: ['div'],
  ul: ['div'],
  ol: ['div'],
};
/** A landmark turned into a div keeps its meaning through the role attribute, as careful sites do. */
const LANDMARK_ROLES: Record<string, string> = { nav: 'navigation', main: 'main', aside: 'complementary' };

function swapTag(doc: Document, el: Element, tag: string): Element {
  const next = doc.createElement(tag);
  for (const attribute of el.attributes) next.setAttribute(attribute.name, attribute.value);
  const role = LANDMARK_ROLES[el.localName];
  if (role && !next.hasAttribute('role')) next.setAttribute('role', role);
  next.append(...el.childNodes);
  el.replaceWith(next);
  return next;
}

/** Swaps the truth's nearest container tag (div→section, ul/li→div, nav→div…), keeping children. */
const layoutSwap: Operator = (doc, truth, rng) => {
  let container = truth.parentElement;
  while (container && container !== doc.body && !SWAPS[container.localName]) container = container.parentElement;
  if (!container || container === doc.body) return [];
  const list =
    container.localName === 'li'
      ? container.parentElement
      : ['ul', 'ol'].includes(container.localName)
        ? container
        : null;
  if (list && ['ul', 'ol'].includes(list.localName)) {
    const items = [...list.children].filter((el) => el.localName === 'li');
    for (const item of items) swapTag(doc, item, 'div');
    swapTag(doc, list, 'div');
    return [`${list.localName}/li → div (${items.length} items)`];
  }
  const tag = pick(rng, SWAPS[container.localName] ?? ['div']);
  const from = brief(container);
  swapTag(doc, container, tag);
  return [`${from} → ${tag}`];
};

// ---- registry ------------------------------------------------------------------------------

const SINGLE: Record<SingleOperator, Operator> = {
  'class-hash': classHash,
  'class-rename': classRename,
  'id-change': idChange,
  'id-remove': idRemove,
  wrap,
  'sibling-insert': siblingInsert,
  'decoy-hidden': decoyHidden,
  reorder,
  'text-variation': textVariation,
  'attr-remove': attrRemove,
  'layout-swap': layoutSwap,
};

/** 2–3 different single operators in a row (never the visible decoy; the real-change operators
 * are measured alone, so that the synthetic figures stay comparable across commits). */
const combined: Operator = (doc, truth, rng, context) => {
  const names = shuffled(rng, SINGLE_OPERATORS).slice(0, randomInt(rng, 2, 3));
  const changes = names.flatMap((name) => SINGLE[name](doc, truth, rng, context).map((change) => `${name}: ${change}`));
  return changes;
};

const ALL: Record<OperatorName, Operator> = { ...SINGLE, ...REAL, 'decoy-visible': decoyVisible, combined };

/** Applies one operator with its own PRNG stream (operator name and seed together). Returns what
 * changed and the truth afterwards (an operator may replace the element itself). */
export function applyOperator(
  name: OperatorName,
  doc: Document,
  truth: Element,
  seed: number,
  target: OperatorContext['target'],
): { changes: Changes; truth: Element } {
  const context: OperatorContext = { target, truth };
  const changes = ALL[name](doc, truth, mulberry32(hashString(`${name}#${seed}`)), context);
  return { changes, truth: context.truth };
}
