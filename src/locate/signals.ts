// Evaluates one signal of a target: which elements of a root it points at, and how well (1 for an
// exact match, less for a looser one). Each signal is cheap on its own (a selector, a pre-filtered
// role search, a text-node walk); the scorer combines them.
import { SHOW_TEXT } from './dom-constants';
import type { Role, Signal } from '../guide';
import { firstNormalized, normalizeCached, normalizeText } from '../shared/text';
import { matchUrlPattern } from '../shared/url-pattern';
import { accessibleName, labelText, roleOf, roleSelector } from './accessible-name';
import type { SearchRoot } from './roots';

const CLICKABLE = 'a[href], button, label, [role=button], [role=link], summary';

/** How much each kind of signal counts: stable identifiers and accessible names weigh most. */
export const WEIGHTS: Record<Signal['kind'], number> = {
  id: 3,
  role: 3,
  label: 3,
  attr: 2,
  href: 2,
  css: 2,
  placeholder: 2,
  text: 2,
  tag: 1,
};

/** Elements a signal matched, each with how well: 1 exact, LOOSE_NAME or ROLE_KIN (or both) less. */
export type Hits = Map<Element, number>;

/** A name that starts with the wanted words and goes on (« Envoyer (Ctrl+Entrée) », « Candidature
 * simplifiée pour ce poste »): it counts half, and never on its own (see locate.ts). */
export const LOOSE_NAME = 0.5;
/** A link where a button is wanted (or menuitem/option/tab for one another): pages mix them. High
 * enough that a real button and a same-named link stay ambiguous. */
export const ROLE_KIN = 0.8;

/** Whether a text may normalise to something starting like one of the wanted names. */
function mayStartLike(text: string, wanted: readonly string[]): boolean {
  const first = firstNormalized(text);
  return first !== '' && wanted.some((w) => w.charAt(0) === first);
}

function equalsAny(text: string, wanted: readonly string[]): boolean {
  if (!mayStartLike(text, wanted)) return false;
  const norm = normalizeCached(text);
  return norm !== '' && wanted.includes(norm);
}

/** 1 when the name is one of the wanted ones, LOOSE_NAME when it starts with one as whole words
 * (a keyboard hint, words after it), 0 otherwise: a wanted name in the middle never counts. */
function nameGrade(text: string, wanted: readonly string[]): number {
  if (!mayStartLike(text, wanted)) return 0;
  const norm = normalizeCached(text);
  if (norm === '') return 0;
  if (wanted.includes(norm)) return 1;
  return wanted.some((w) => norm.startsWith(w) && /[^\p{L}\p{N}]/u.test(norm.charAt(w.length))) ? LOOSE_NAME : 0;
}

/** Roles pages use for one another: a `<button role="link">`, a link styled as a button. */
const KIN = ['button link', 'menuitem option tab'];
const hitsOf = (elements: Iterable<Element>): Hits => new Map([...elements].map((el) => [el, 1]));

/** A quoted CSS attribute value (no dependency on CSS.escape, missing in some test DOMs). */
function quote(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

function all(root: SearchRoot, selector: string): Element[] {
  return [...root.querySelectorAll(selector)];
}

/** Tags whose accessible name is not their text content (accessibleName() handles them). */
const NAMED_OTHERWISE = new Set(['input', 'select', 'textarea', 'fieldset', 'img']);

function byRole(root: SearchRoot, role: Role, names: readonly string[]): Hits {
  const longest = Math.max(...names.map((n) => n.length));
  const kin = (KIN.find((family) => family.split(' ').includes(role))?.split(' ') ?? []).filter((r) => r !== role);
  const found: Hits = new Map();
  for (const el of root.querySelectorAll([role, ...kin].map((r) => roleSelector(r as Role)).join())) {
    const own = roleOf(el);
    const fit = own === role ? 1 : kin.includes(own ?? '') ? ROLE_KIN : 0;
    if (!fit) continue;
    let name: string;
    if (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') || NAMED_OTHERWISE.has(el.localName)) {
      name = accessibleName(el);
    } else {
      // Named by its content (as accessibleName() would say), read once: an element whose text is
      // far longer than any wanted name cannot match.
      const content = el.textContent ?? '';
      if (content.length > longest * 3 + 40) continue;
      name = content.trim() ? content : (el.getAttribute('title') ?? el.getAttribute('placeholder') ?? '');
    }
    const grade = fit * nameGrade(name, names);
    if (grade) found.set(el, grade);
  }
  return found;
}

function byLabel(root: SearchRoot, labels: readonly string[]): Hits {
  const found: Hits = new Map();
  const add = (el: Element, text: string) => {
    const grade = nameGrade(text, labels);
    if (grade > (found.get(el) ?? 0)) found.set(el, grade);
  };
  for (const label of root.querySelectorAll('label')) {
    const control = label.control;
    if (control) add(control, labelText(label));
  }
  for (const el of root.querySelectorAll(
    'input[aria-label], select[aria-label], textarea[aria-label], [role=textbox][aria-label]',
  )) {
    add(el, el.getAttribute('aria-label') ?? '');
  }
  // A field named by a separate element (aria-labelledby), as many sites do without <label for>.
  for (const el of root.querySelectorAll(
    'input[aria-labelledby], select[aria-labelledby], textarea[aria-labelledby], [role=textbox][aria-labelledby]',
  )) {
    add(el, accessibleName(el));
  }
  return found;
}

function byText(root: SearchRoot, texts: readonly string[]): Element[] {
  const longest = Math.max(...texts.map((t) => t.length));
  const found = new Set<Element>();
  const doc = 'createTreeWalker' in root ? root : root.ownerDocument;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const raw = node.nodeValue ?? '';
    if (raw.length > longest * 2 + 40) continue;
    const piece = normalizeCached(raw);
    if (!piece || !texts.some((t) => t.includes(piece))) continue;
    for (let el = node.parentElement; el; el = el.parentElement) {
      const norm = normalizeCached(el.textContent ?? '');
      if (norm.length > longest) break;
      if (texts.includes(norm)) {
        const clickable = el.closest(CLICKABLE);
        found.add(clickable && equalsAny(clickable.textContent ?? '', texts) ? clickable : el);
        break;
      }
    }
  }
  return [...found];
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

function byHref(root: SearchRoot, pattern: string): Element[] {
  return all(root, 'a[href], area[href]').filter((el) => {
    try {
      const url = new URL((el as HTMLAnchorElement).href);
      const path = url.pathname + url.search;
      // Guides write paths as people read them (« /mes-démarches »); hrefs come percent-encoded.
      return matchUrlPattern(pattern, path) || matchUrlPattern(pattern, safeDecode(path));
    } catch {
      return false;
    }
  });
}

/** Elements the signal points at with how well, or 'invalid' when it cannot be evaluated (bad CSS). */
export function evaluateSignal(root: SearchRoot, signal: Signal): Hits | 'invalid' {
  switch (signal.kind) {
    case 'css':
      try {
        return hitsOf(all(root, signal.css));
      } catch {
        return 'invalid';
      }
    case 'role':
      return byRole(root, signal.role, signal.name.map(normalizeText));
    case 'label':
      return byLabel(root, signal.label.map(normalizeText));
    case 'placeholder': {
      const wanted = signal.placeholder.map(normalizeText);
      return hitsOf(all(root, '[placeholder]').filter((el) => equalsAny(el.getAttribute('placeholder') ?? '', wanted)));
    }
    case 'text':
      return hitsOf(byText(root, signal.text.map(normalizeText)));
    case 'id':
      return hitsOf(all(root, `[id=${quote(signal.id)}]`));
    case 'attr':
      return hitsOf(
        all(
          root,
          Object.entries(signal.attr)
            .map(([name, value]) => `[${name}=${quote(value)}]`)
            .join(''),
        ),
      );
    case 'href':
      return hitsOf(byHref(root, signal.href));
    case 'tag':
      return hitsOf(all(root, signal.tag));
  }
}

/** A short developer-facing description of a signal, for diagnostics. */
export function describeSignal(signal: Signal): string {
  switch (signal.kind) {
    case 'css':
      return `css ${signal.css}`;
    case 'role':
      return `role ${signal.role} "${signal.name.join('" | "')}"`;
    case 'label':
      return `label "${signal.label.join('" | "')}"`;
    case 'placeholder':
      return `placeholder "${signal.placeholder.join('" | "')}"`;
    case 'text':
      return `text "${signal.text.join('" | "')}"`;
    case 'id':
      return `id ${signal.id}`;
    case 'attr':
      return `attr ${Object.entries(signal.attr)
        .map(([k, v]) => `${k}="${v}"`)
        .join(' ')}`;
    case 'href':
      return `href ${signal.href}`;
    case 'tag':
      return `tag ${signal.tag}`;
  }
}
