// Drift operators that replay changes seen on the real sites (issue 14): a keyboard hint or more
// words after a name (Gmail's « Send ‪(Ctrl-Enter)‬ », LinkedIn's « … pour ce poste »), invisible
// marks, button ↔ link (FranceConnect's <button role="link">), UUID ids (`idp-<uuid>`), the page
// in English, and the redesigns where a copy kept the lost signal or a wrapper took the text.
import type { Target } from '../../../../src/guide';
import { roleOf } from '../../../../src/locate/accessible-name';
import { normalizeText } from '../../../../src/shared/text';
import {
  allIds,
  brief,
  labelsOf,
  markInserted,
  removeId,
  retargetIdRefs,
  rewriteSelectors,
  type Changes,
  type Operator,
} from './dom';
import { pick, randomInt, token, type Rng } from './prng';

export const REAL_OPERATORS = [
  'keyboard-hint',
  'name-lengthened',
  'bidi-marks',
  'tag-swap',
  'id-uuid',
  'english',
  'copy-keeps-signal',
  'wrapper-shares-text',
] as const;
export type RealOperator = (typeof REAL_OPERATORS)[number];

// ---- where an element's name lives ----------------------------------------------------------

/** Where the truth's accessible name comes from, in the order accname reads it. */
type NameSource =
  | { kind: 'attribute'; el: Element; name: string }
  | { kind: 'value'; el: HTMLInputElement }
  | { kind: 'text'; els: Element[]; via: 'aria-labelledby' | 'label' | 'legend' | 'content' };

const FORM_CONTROLS = new Set(['input', 'select', 'textarea', 'button']);
const BUTTON_INPUTS = new Set(['button', 'submit', 'reset']);
/** Roles whose name is a command: the ones that carry keyboard hints and live in cards. */
const COMMAND_ROLES = new Set(['button', 'link', 'menuitem', 'tab', 'option']);
/** Marks that real pages put in names and that nobody sees. */
const INVISIBLE_MARKS = ['\u200b', '\u200e', '\u202a', '\u202b', '\u202c', '\u2060', '\ufeff', '\u00ad'];
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]/g;

/** Text nodes of an element, without those inside a form control it contains (a label's own text). */
function ownTextNodes(el: Element): Text[] {
  const out: Text[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        if ((child.nodeValue ?? '').trim()) out.push(child as Text);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = (child as Element).localName;
        if (!FORM_CONTROLS.has(tag) && tag !== 'script' && tag !== 'style') walk(child);
      }
    }
  };
  walk(el);
  return out;
}

function ownText(el: Element): string {
  return ownTextNodes(el)
    .map((node) => node.nodeValue ?? '')
    .join('');
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function nameSource(truth: Element): NameSource | undefined {
  const root = truth.getRootNode() as Document;
  const referenced = (truth.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id))
    .filter((el): el is HTMLElement => el !== null && Boolean(ownText(el).trim()));
  if (referenced.length) return { kind: 'text', els: referenced, via: 'aria-labelledby' };
  if (truth.getAttribute('aria-label')?.trim()) return { kind: 'attribute', el: truth, name: 'aria-label' };
  const tag = truth.localName;
  if (tag === 'input' || tag === 'select' || tag === 'textarea') {
    if (truth instanceof HTMLInputElement && BUTTON_INPUTS.has(truth.type))
      return truth.value.trim() ? { kind: 'value', el: truth } : undefined;
    const labels = labelsOf(truth).filter((label) => ownText(label).trim());
    if (labels.length) return { kind: 'text', els: labels, via: 'label' };
  } else if (tag === 'fieldset') {
    const legend = [...truth.children].find((child) => child.localName === 'legend');
    if (legend && ownText(legend).trim()) return { kind: 'text', els: [legend], via: 'legend' };
  } else if (tag !== 'img' && ownText(truth).trim()) {
    return { kind: 'text', els: [truth], via: 'content' };
  }
  for (const name of ['title', 'placeholder'])
    if (truth.getAttribute(name)?.trim()) return { kind: 'attribute', el: truth, name };
  return undefined;
}

/** The name as read: rendered text for content (block children read apart, as screen readers
 * hear « S'identifier avec » and « FranceConnect »), own text for labels and legends. */
function readName(source: NameSource): string {
  if (source.kind === 'attribute') return source.el.getAttribute(source.name) ?? '';
  if (source.kind === 'value') return source.el.value;
  if (source.via === 'content') {
    const el = source.els[0]!;
    return el instanceof HTMLElement && el.innerText ? el.innerText : ownText(el);
  }
  return source.els.map(ownText).join(' ');
}

/** Adds words at the end of an element's own text, before its trailing spaces. */
function appendToText(el: Element, words: string): void {
  const last = ownTextNodes(el).at(-1);
  if (!last) {
    el.append(words.trimStart());
    return;
  }
  last.nodeValue = (last.nodeValue ?? '').replace(/\s*$/, (end) => `${words}${end}`);
}

/** Appends words to wherever the name lives. */
function appendToName(source: NameSource, words: string): string {
  if (source.kind === 'attribute') {
    source.el.setAttribute(source.name, `${tidy(source.el.getAttribute(source.name) ?? '')}${words}`);
    return `${source.name}`;
  }
  if (source.kind === 'value') {
    source.el.value = `${tidy(source.el.value)}${words}`;
    source.el.setAttribute('value', source.el.value);
    return 'value';
  }
  const el = source.els.at(-1)!;
  appendToText(el, words);
  return source.via === 'content' ? 'visible text' : `${source.via} text`;
}

// ---- keyboard-hint and name-lengthened --------------------------------------------------------

const HINTS = ['Ctrl+Entrée', 'Ctrl-Entrée', 'Ctrl+Maj+F', 'Alt+S', '⌘Entrée', 'Échap', 'Ctrl+K'];
/** Tooltips that repeat the name take the same addition (Gmail: data-tooltip and aria-label). */
const TOOLTIPS = ['data-tooltip', 'title'];

/** A name that changes for an element named by its content: either in aria-label only (the visible
 * text stays, as Gmail's Send) or in the visible text, half and half. */
function extendName(truth: Element, rng: Rng, words: string): Changes {
  const source = nameSource(truth);
  if (!source) return [];
  const before = tidy(readName(source));
  let where: string;
  if (source.kind === 'text' && source.via === 'content' && rng() < 0.5) {
    truth.setAttribute('aria-label', `${before}${words}`);
    where = 'a new aria-label (visible text unchanged)';
  } else {
    where = appendToName(source, words);
  }
  const changes = [`« ${before} » → « ${before}${words} » in ${where}`];
  for (const name of TOOLTIPS) {
    const value = truth.getAttribute(name);
    if (value && normalizeText(value) === normalizeText(before)) {
      truth.setAttribute(name, `${tidy(value)}${words}`);
      changes.push(`and in ${name}`);
    }
  }
  return changes;
}

/** « Envoyer » → « Envoyer ‪(Ctrl+Entrée)‬ », the hint inside U+202A/U+202C as in Gmail. Only for
 * commands (buttons, links, menu items, tabs, options) named by aria-label, value or content; a
 * name that already ends with a bracket has its hint already. */
const keyboardHint: Operator = (_doc, truth, rng) => {
  if (!COMMAND_ROLES.has(roleOf(truth) ?? '')) return [];
  const source = nameSource(truth);
  if (!source || (source.kind === 'text' && source.via !== 'content')) return [];
  if (/\)\W*$/.test(tidy(readName(source).replace(INVISIBLE, '')))) return [];
  return extendName(truth, rng, ` \u202a(${pick(rng, HINTS)})\u202c`);
};

const MORE_WORDS = ['pour ce poste', 'en ligne', 'maintenant', 'de votre espace', 'sur ce site'];

/** « Candidature simplifiée » → « Candidature simplifiée pour ce poste »: whole words after the
 * name, in aria-label (visible text unchanged) or in the text, label or legend that names it. */
const nameLengthened: Operator = (_doc, truth, rng) => extendName(truth, rng, ` ${pick(rng, MORE_WORDS)}`);

// ---- bidi-marks ---------------------------------------------------------------------------------

function withMarks(text: string, rng: Rng): string {
  let out = text;
  const count = randomInt(rng, 1, 3);
  for (let i = 0; i < count; i++) {
    const at = randomInt(rng, 0, out.length);
    out = out.slice(0, at) + pick(rng, INVISIBLE_MARKS) + out.slice(at);
  }
  return out;
}

/** Invisible and bidi marks (U+200B, U+200E, U+202A–U+202C, U+2060, U+FEFF, soft hyphen) at
 * random places in the name, the visible text, the label and the placeholder. */
const bidiMarks: Operator = (_doc, truth, rng) => {
  const places: string[] = [];
  const source = nameSource(truth);
  const nodes = new Set<Text>(ownTextNodes(truth));
  if (source?.kind === 'text') for (const el of source.els) for (const node of ownTextNodes(el)) nodes.add(node);
  for (const label of labelsOf(truth)) for (const node of ownTextNodes(label)) nodes.add(node);
  for (const node of nodes) {
    node.nodeValue = withMarks(node.nodeValue ?? '', rng);
    places.push(node.parentElement === truth ? 'text' : `text of ${node.parentElement?.localName ?? 'a node'}`);
  }
  for (const name of ['aria-label', 'placeholder', 'title']) {
    const value = truth.getAttribute(name);
    if (!value?.trim()) continue;
    truth.setAttribute(name, withMarks(value, rng));
    places.push(name);
  }
  if (source?.kind === 'value') {
    source.el.value = withMarks(source.el.value, rng);
    source.el.setAttribute('value', source.el.value);
    places.push('value');
  }
  if (!places.length) return [];
  return [`invisible marks inserted in ${[...new Set(places)].join(', ')}`];
};

// ---- tag-swap -----------------------------------------------------------------------------------

/** The same element under another tag: attributes (but `drop`) and children moved over. */
function retag(doc: Document, el: Element, tag: string, drop: readonly string[]): Element {
  const next = doc.createElement(tag);
  for (const attribute of el.attributes)
    if (!drop.includes(attribute.name)) next.setAttribute(attribute.name, attribute.value);
  next.append(...el.childNodes);
  el.replaceWith(next);
  return next;
}

/** `button` ↔ `a[href]`, or an explicit role that crosses over (FranceConnect's
 * `<button role="link">`), keeping the text and the classes. */
const tagSwap: Operator = (doc, truth, rng, context) => {
  const role = roleOf(truth);
  const tag = truth.localName;
  let next: Element;
  let what: string;
  if (tag === 'a' && truth.hasAttribute('href') && role === 'link') {
    if (rng() < 0.5) {
      next = retag(doc, truth, 'button', ['href', 'target', 'rel', 'download', 'hreflang']);
      next.setAttribute('type', 'button');
      what = `<a href> → <button type="button"> (href dropped)`;
    } else {
      truth.setAttribute('role', 'button');
      return [`role="button" set on ${brief(truth)}`];
    }
  } else if (tag === 'input' && truth instanceof HTMLInputElement && BUTTON_INPUTS.has(truth.type)) {
    const label = truth.value;
    if (rng() < 0.5) {
      next = retag(doc, truth, 'button', ['value']);
      what = `<input type="${truth.type}"> → <button type="${truth.type}">`;
    } else {
      next = retag(doc, truth, 'a', ['value', 'type', 'name', 'disabled', 'form']);
      next.setAttribute('href', '#');
      what = `<input type="${truth.type}"> → <a href="#">`;
    }
    next.textContent = label;
  } else if (role === 'button' && (tag === 'button' || !FORM_CONTROLS.has(tag))) {
    if (rng() < 0.5) {
      next = retag(doc, truth, 'a', ['type', 'role', 'disabled', 'form', 'name', 'value']);
      next.setAttribute('href', '#');
      what = `${tag === 'button' ? '<button>' : `<${tag} role="button">`} → <a href="#">`;
    } else {
      truth.setAttribute('role', 'link');
      return [`role="link" set on ${brief(truth)}`];
    }
  } else {
    return [];
  }
  context.truth = next;
  return [`${what}, now ${brief(next)}`];
};

// ---- id-uuid ------------------------------------------------------------------------------------

function uuid(rng: Rng): string {
  const hex = () => Math.floor(rng() * 16).toString(16);
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) =>
    c === 'x' ? hex() : (8 + Math.floor(rng() * 4)).toString(16),
  );
}

/** `idp-dgfip` → `idp-<uuid>`: a word prefix is kept, the rest becomes a UUID. */
function uuidLike(old: string, id: string): string {
  const prefix = /^([a-z]+)[-_]/i.exec(old)?.[1];
  return prefix ? `${prefix}-${id}` : id;
}

/** The element's id (and its data-testid) replaced by a random UUID, as FranceConnect's
 * `idp-<uuid>`; labels, id references and the page's style follow. */
const idUuid: Operator = (doc, truth, rng) => {
  const changes: Changes = [];
  const id = uuid(rng);
  if (truth.id) {
    const from = truth.id;
    const to = uuidLike(from, id);
    truth.id = to;
    retargetIdRefs(doc, from, to);
    rewriteSelectors(doc, `#${from}`, `#${CSS.escape(to)}`);
    changes.push(`id ${from}→${to}`);
  }
  const testid = truth.getAttribute('data-testid');
  if (testid) {
    const to = uuidLike(testid, id);
    truth.setAttribute('data-testid', to);
    changes.push(`data-testid ${testid}→${to}`);
  }
  return changes;
};

// ---- english ------------------------------------------------------------------------------------

/** Every words list of the target, its scope and its context (the whole page is in English). */
function wordLists(target: Target): string[][] {
  const lists: string[][] = [];
  for (const signal of target.any) {
    if (signal.kind === 'role') lists.push(signal.name);
    else if (signal.kind === 'label') lists.push(signal.label);
    else if (signal.kind === 'placeholder') lists.push(signal.placeholder);
    else if (signal.kind === 'text') lists.push(signal.text);
  }
  const within = target.within;
  if (within?.kind === 'landmark' && within.name) lists.push(within.name);
  if (within?.kind === 'heading') lists.push(within.heading);
  if (within?.kind === 'target') lists.push(...wordLists(within.target));
  if (target.context?.heading) lists.push(target.context.heading);
  if (target.context?.near) lists.push(target.context.near);
  return lists;
}

/** French words (normalised) → the English variant the guide lists second. */
function englishOf(target: Target): Map<string, string> {
  const map = new Map<string, string>();
  for (const list of wordLists(target)) {
    const english = list[1];
    if (list.length < 2 || english === undefined) continue;
    list.forEach((words, i) => {
      const key = normalizeText(words);
      if (i !== 1 && key !== normalizeText(english) && !map.has(key)) map.set(key, english);
    });
  }
  return map;
}

/** The English for a whole string, or for a name followed by a keyboard hint (the hint kept). */
function translate(value: string, map: ReadonlyMap<string, string>): string | undefined {
  const plain = value.replace(INVISIBLE, '');
  const whole = map.get(normalizeText(plain));
  if (whole) return whole;
  const hint = /^(.*?)(\s*\([^()]*\)\s*)$/.exec(plain);
  const english = hint ? map.get(normalizeText(hint[1] ?? '')) : undefined;
  if (!english) return undefined;
  const open = value.lastIndexOf('(');
  return `${english} ${value.slice(value[open - 1] === '\u202a' ? open - 1 : open).trim()}`;
}

const NAME_ATTRIBUTES = [
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'data-tooltip',
  'aria-placeholder',
  'aria-description',
];

/** What a reader of the truth sees and hears, to tell whether the English page changed it. */
function wordsOf(truth: Element): string {
  const source = nameSource(truth);
  return JSON.stringify([
    source ? readName(source) : '',
    ownText(truth),
    ...NAME_ATTRIBUTES.map((name) => truth.getAttribute(name)),
    ...labelsOf(truth).map(ownText),
  ]);
}

/** The page in English: every name, label, placeholder and text that says the target's French
 * words now says the English variant its guide lists (second in each list). A target whose words
 * have no English variant, or whose own words did not change, is n/a. */
const english: Operator = (doc, truth, _rng, context) => {
  const map = englishOf(context.target);
  if (!map.size) return [];
  const before = wordsOf(truth);
  const done = new Map<string, number>();
  const note = (from: string, to: string) => {
    const key = `« ${tidy(from.replace(INVISIBLE, ''))} » → « ${to} »`;
    done.set(key, (done.get(key) ?? 0) + 1);
  };
  const longest = Math.max(...[...map.keys()].map((k) => k.length));
  const all = [...doc.body.querySelectorAll('*')];
  for (const el of all) {
    for (const name of NAME_ATTRIBUTES) {
      const value = el.getAttribute(name);
      const next = value ? translate(value, map) : undefined;
      if (value && next) {
        el.setAttribute(name, next);
        note(value, next);
      }
    }
    if (el instanceof HTMLInputElement && BUTTON_INPUTS.has(el.type) && el.value) {
      const next = translate(el.value, map);
      if (next) {
        note(el.value, next);
        el.value = next;
        el.setAttribute('value', next);
      }
    }
  }
  // Texts: the innermost element whose own text is the French words gets the English words.
  const matching = all.filter((el) => {
    if (['script', 'style'].includes(el.localName)) return false;
    if ((el.textContent ?? '').length > longest * 3 + 40) return false;
    return map.has(normalizeText(ownText(el).replace(INVISIBLE, '')));
  });
  for (const el of matching) {
    if (matching.some((other) => other !== el && el.contains(other))) continue;
    const nodes = ownTextNodes(el);
    const from = ownText(el);
    const to = map.get(normalizeText(from.replace(INVISIBLE, '')))!;
    nodes.forEach((node, i) => {
      node.nodeValue = i === 0 ? (node.nodeValue ?? '').replace(/^(\s*)[\s\S]*?(\s*)$/, `$1${to}$2`) : '';
    });
    note(from, to);
  }
  if (wordsOf(truth) === before) return [];
  return [`page in English: ${[...done].map(([what, n]) => (n > 1 ? `${what} ×${n}` : what)).join('; ')}`];
};

// ---- copy-keeps-signal --------------------------------------------------------------------------

const COPY_TEXTS = ['Plan du site', 'Mentions légales', 'Accessibilité', 'Nous contacter', 'Aide'];
const NEW_PATHS = ['espace', 'nouveau', 'services', 'acces', 'v2'];

/** Puts the copy elsewhere on the page, where it is seen: in the page's footer, or in a new
 * footer at the end of the page when there is none or the copy would not show in it. */
function placeInFooter(doc: Document, truth: Element, copy: Element): void {
  const footer = [...doc.querySelectorAll('footer, [role=contentinfo]')].find((el) => !el.contains(truth));
  if (footer) {
    footer.append(copy);
    if (visibleCopy(copy)) return;
  }
  const made = doc.createElement('footer');
  doc.body.append(made);
  made.append(copy);
}

function visibleCopy(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  return (typeof el.checkVisibility !== 'function' || el.checkVisibility()) && rect.width > 0 && rect.height > 0;
}

const NAMING_ATTRIBUTES = new Set(['id', 'aria-label', 'aria-labelledby', 'title', 'alt', 'placeholder', 'value']);

type Kept =
  { kind: 'href'; href: string } | { kind: 'id'; id: string } | { kind: 'attr'; attr: Record<string, string> };

/** The signals of the target that the truth carries and that a copy could keep alone. */
function keepable(truth: Element, target: Target): Kept[] {
  const out: Kept[] = [];
  const css = target.any.flatMap((s) => (s.kind === 'css' ? [s.css] : []));
  const href = truth.getAttribute('href');
  if (
    href &&
    truth.localName === 'a' &&
    (target.any.some((s) => s.kind === 'href') || css.some((c) => c.includes('href')))
  )
    out.push({ kind: 'href', href });
  const id = truth.id;
  if (
    id &&
    (target.any.some((s) => s.kind === 'id' && s.id === id) ||
      css.some((c) => c.includes(`#${id}`) || c.includes(`[id`)))
  )
    out.push({ kind: 'id', id });
  for (const signal of target.any) {
    if (signal.kind !== 'attr') continue;
    const entries = Object.entries(signal.attr);
    // An attribute that names the element (aria-label…) is a words signal too: losing it is a
    // rename, not the loss of one signal.
    if (
      entries.length &&
      entries.every(([name, value]) => truth.getAttribute(name) === value && !NAMING_ATTRIBUTES.has(name))
    )
      out.push({ kind: 'attr', attr: signal.attr });
  }
  return out;
}

/** Attributes the copy must not carry: those of the target's other attr signals. */
function otherAttributes(target: Target, kept: Kept): string[] {
  return target.any.flatMap((signal) =>
    signal.kind === 'attr' && (kept.kind !== 'attr' || signal.attr !== kept.attr) ? Object.keys(signal.attr) : [],
  );
}

/** The right element loses one signal the target uses (its href, its id, or one attr signal);
 * a visible copy in the footer, with another text and no classes, keeps that signal and nothing
 * else — as a nav link whose address changed while the footer kept the old one, or an id
 * reused for another item. The locator must not pick the copy. */
const copyKeepsSignal: Operator = (doc, truth, rng, context) => {
  const options = keepable(truth, context.target);
  if (!options.length) return [];
  const kept = pick(rng, options);
  const name = tidy(truth.textContent ?? '').toLowerCase();
  const text = pick(
    rng,
    COPY_TEXTS.filter((t) => t.toLowerCase() !== name),
  );
  const copy = doc.createElement(kept.kind === 'href' ? 'a' : truth.localName);
  const changes: Changes = [];
  if (kept.kind === 'href') {
    const next = `/${pick(rng, NEW_PATHS)}/${token(rng, 6)}`;
    truth.setAttribute('href', next);
    copy.setAttribute('href', kept.href);
    changes.push(`href ${kept.href}→${next} on the target; a footer copy keeps href ${kept.href}`);
  } else if (kept.kind === 'id') {
    changes.push(...removeId(doc, truth, rng, allIds(doc)));
    copy.id = kept.id;
    if (truth.localName === 'a') copy.setAttribute('href', `/${pick(rng, NEW_PATHS)}/${token(rng, 6)}`);
    changes.push(`a footer <${copy.localName}> now has id ${kept.id}`);
  } else {
    for (const [attribute, value] of Object.entries(kept.attr)) {
      truth.removeAttribute(attribute);
      copy.setAttribute(attribute, value);
    }
    if (truth.localName === 'a') copy.setAttribute('href', `/${pick(rng, NEW_PATHS)}/${token(rng, 6)}`);
    const shown = Object.entries(kept.attr)
      .map(([k, v]) => `${k}="${v}"`)
      .join(' ');
    changes.push(`removed ${shown} from the target; a footer <${copy.localName}> keeps it`);
  }
  // The copy keeps that one signal and none of the target's others.
  const type = truth.getAttribute('type');
  const others = otherAttributes(context.target, kept);
  if (copy.localName === 'input' && type && !copy.hasAttribute('type') && !others.includes('type'))
    copy.setAttribute('type', type);
  if (copy instanceof HTMLSelectElement) copy.append(new Option('Choisissez'));
  else if (!['input', 'textarea', 'img'].includes(copy.localName)) copy.textContent = text;
  markInserted(copy, 'copy');
  placeInFooter(doc, truth, copy);
  changes.push(`copy ${brief(copy)} « ${tidy(copy.textContent ?? '')} » in the footer`);
  return changes;
};

// ---- wrapper-shares-text ------------------------------------------------------------------------

const CARD_LINES = [
  'Consultez et téléchargez vos documents.',
  'Accédez à ce service en quelques clics.',
  'Disponible 24 heures sur 24.',
];

/** A card around the right link or button that says the same words: a title in the card before
 * it, the words as the card's aria-label, or a clickable card with the same role and name. The
 * locator must point at the link, not at the card. */
const wrapperSharesText: Operator = (doc, truth, rng) => {
  const role = roleOf(truth) ?? '';
  if (role !== 'link' && role !== 'button') return [];
  const source = nameSource(truth);
  const words = source ? tidy(readName(source)) : '';
  if (!words) return [];
  const card = doc.createElement(rng() < 0.5 ? 'div' : 'article');
  card.className = `card-${token(rng, 5)}`;
  markInserted(card, 'wrapper');
  truth.before(card);
  const line = doc.createElement('span');
  line.textContent = ` ${pick(rng, CARD_LINES)} `;
  const shape = randomInt(rng, 0, 2);
  let how: string;
  if (shape === 0) {
    card.append(`${words} `, line, truth);
    how = 'starts with the same words as a title';
  } else if (shape === 1) {
    card.setAttribute('aria-label', words);
    card.append(truth, line);
    how = `has aria-label « ${words} »`;
  } else {
    card.setAttribute('role', role);
    card.setAttribute('tabindex', '0');
    card.setAttribute('aria-label', words);
    card.append(truth, line);
    how = `is a clickable card, role=${role} named « ${words} »`;
  }
  return [`wrapper ${brief(card)} around ${brief(truth)} ${how}`];
};

/** One line per operator for docs/drift.md: what it does and where it was seen. */
export const REAL_OPERATOR_NOTES: readonly [RealOperator, string][] = [
  [
    'keyboard-hint',
    "a keyboard hint in brackets, inside U+202A/U+202C, after a command's name (in aria-label, or in the visible text), as Gmail's « Send ‪(Ctrl-Enter)‬ »",
  ],
  [
    'name-lengthened',
    "whole words after the name (in aria-label with the visible text unchanged, or in the text, label or legend), as LinkedIn's « Candidature simplifiée pour ce poste »",
  ],
  [
    'bidi-marks',
    'invisible and bidi marks (U+200B, U+200E, U+202A–U+202C, U+2060, U+FEFF, soft hyphen) inside the name, text, label and placeholder',
  ],
  [
    'tag-swap',
    '`button` ↔ `a[href]`, an `input` button to `button` or `a`, or a crossing role (`<button role="link">` as FranceConnect\'s providers), text and classes kept',
  ],
  ['id-uuid', "the id and data-testid replaced by a random UUID, a word prefix kept (FranceConnect's `idp-<uuid>`)"],
  [
    'english',
    "the page in English: every name, label, placeholder and text with the target's French words gets the English variant the guide lists second; n/a when the target has none",
  ],
  [
    'copy-keeps-signal',
    'the element loses its href, id or an attr signal the target uses, and a visible copy in the footer with other words keeps it (a nav link whose address changed while the footer kept the old one; an id reused)',
  ],
  [
    'wrapper-shares-text',
    'a card around the link or button says the same words (as a title, as its aria-label, or as a clickable card with the same role and name)',
  ],
];

export const REAL: Record<RealOperator, Operator> = {
  'keyboard-hint': keyboardHint,
  'name-lengthened': nameLengthened,
  'bidi-marks': bidiMarks,
  'tag-swap': tagSwap,
  'id-uuid': idUuid,
  english,
  'copy-keeps-signal': copyKeepsSignal,
  'wrapper-shares-text': wrapperSharesText,
};
