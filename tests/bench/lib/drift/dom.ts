// DOM helpers shared by the drift benchmark's mutation operators (./mutations.ts and
// ./real-changes.ts): ancestry, labels, id references kept in sync, stylesheet selectors renamed,
// and the record of elements an operator inserted. Runs in the page.
import type { Target } from '../../../../src/guide';
import { token, type Rng } from './prng';

/** Elements the operators added, so that a wrong answer can say it pointed at one of them. */
export type InsertedKind = 'decoy' | 'sibling' | 'copy' | 'wrapper';
const inserted = new WeakMap<Element, InsertedKind>();
export function insertedKind(element: Element): InsertedKind | undefined {
  return inserted.get(element);
}
export function markInserted(element: Element, kind: InsertedKind): void {
  inserted.set(element, kind);
}

export function ancestry(truth: Element): Element[] {
  const out: Element[] = [];
  for (let el: Element | null = truth; el; el = el.parentElement) out.push(el);
  return out;
}

export function brief(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const cls = [...el.classList].map((c) => `.${c}`).join('');
  return `${el.localName}${id}${cls}`;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function styleRules(doc: Document): CSSStyleRule[] {
  const out: CSSStyleRule[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) out.push(rule);
      if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) walk(rule.cssRules);
    }
  };
  for (const sheet of doc.styleSheets) {
    try {
      walk(sheet.cssRules);
    } catch {
      // A cross-origin sheet cannot be read; replicas only have inline styles.
    }
  }
  return out;
}

/** Renames a class or id token in every selector, so that the page keeps its look: a site that
 * renames its classes ships the matching stylesheet. */
export function rewriteSelectors(doc: Document, from: string, to: string): void {
  const pattern = new RegExp(`${escapeRegExp(from)}(?![\\w-])`, 'g');
  for (const rule of styleRules(doc)) {
    const next = rule.selectorText.replace(pattern, () => to);
    if (next !== rule.selectorText) rule.selectorText = next;
  }
}

export function freshName(rng: Rng, taken: Set<string>, make: (rng: Rng) => string): string {
  for (let i = 0; i < 50; i++) {
    const name = make(rng);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  const name = `${make(rng)}-${token(rng, 4)}`;
  taken.add(name);
  return name;
}

export function allIds(doc: Document): Set<string> {
  return new Set([...doc.querySelectorAll('[id]')].map((el) => el.id));
}

/** Form fields that guides point at through their label (buttons are named by their content). */
const LABELABLE = new Set(['input', 'select', 'textarea']);

export function isLabelable(el: Element): el is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  return LABELABLE.has(el.localName);
}

export function labelsOf(el: Element): HTMLLabelElement[] {
  return isLabelable(el) && el.labels ? [...el.labels] : [];
}

/** The truth and the label right beside it move together when elements are inserted before it. */
export function unitStart(truth: Element): Element {
  const before = truth.previousElementSibling;
  return before && labelsOf(truth).includes(before as HTMLLabelElement) ? before : truth;
}

export function labelPosition(truth: Element, label: HTMLLabelElement): 'before' | 'after' | 'around' | 'apart' {
  if (label.contains(truth)) return 'around';
  if (truth.previousElementSibling === label) return 'before';
  if (truth.nextElementSibling === label) return 'after';
  return 'apart';
}

/** Attributes that hold id references; kept in sync when ids change, as real sites do. */
const IDREF_ATTRIBUTES = [
  'for',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'list',
  'form',
  'headers',
];

export function retargetIdRefs(doc: Document, from: string, to: string | undefined): void {
  for (const attribute of IDREF_ATTRIBUTES) {
    for (const el of doc.querySelectorAll(`[${attribute}]`)) {
      const ids = (el.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);
      if (!ids.includes(from)) continue;
      const next = ids.flatMap((id) => (id !== from ? [id] : to ? [to] : []));
      if (next.length) el.setAttribute(attribute, next.join(' '));
      else el.removeAttribute(attribute);
    }
  }
  for (const link of doc.querySelectorAll(`a[href="#${CSS.escape(from)}"]`)) {
    if (to) link.setAttribute('href', `#${to}`);
    else link.removeAttribute('href');
  }
}

export function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node.nodeValue ?? '').trim()) out.push(node as Text);
  }
  return out;
}

export function isInline(el: Element): boolean {
  return (el.ownerDocument.defaultView?.getComputedStyle(el).display ?? 'block').startsWith('inline');
}

/** What an operator changed, in words; empty when it had nothing to change on this target. */
export type Changes = string[];

/** What an operator may read besides the page: the step's target (its words, for the English
 * page), and the truth, which an operator that replaces the element itself (tag-swap) updates. */
export interface OperatorContext {
  target: Target;
  truth: Element;
}

export type Operator = (doc: Document, truth: Element, rng: Rng, context: OperatorContext) => Changes;

/** Removes an element's id; a label that pointed at it by `for` now wraps it or names it by
 * aria-labelledby, so the accessible name stays the same; the page's style moves to a class. */
export function removeId(doc: Document, el: Element, rng: Rng, taken: Set<string>): Changes {
  const changes: Changes = [];
  const from = el.id;
  for (const label of labelsOf(el).filter((l) => l.htmlFor === from)) {
    label.removeAttribute('for');
    if (rng() < 0.5) {
      if (el.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING) label.prepend(el);
      else label.append(el);
      changes.push(`moved ${el.localName} inside its label`);
    } else {
      if (!label.id) label.id = freshName(rng, taken, (r) => `lbl-${token(r, 5)}`);
      const by = [el.getAttribute('aria-labelledby'), label.id].filter(Boolean).join(' ');
      el.setAttribute('aria-labelledby', by);
      changes.push(`label tied by aria-labelledby=${label.id}`);
    }
  }
  el.removeAttribute('id');
  retargetIdRefs(doc, from, undefined);
  const hook = `k${token(rng, 6)}`;
  el.classList.add(hook);
  rewriteSelectors(doc, `#${from}`, `.${hook}`);
  changes.unshift(`removed id ${from} from ${el.localName}`);
  return changes;
}
