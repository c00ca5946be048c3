// Evaluates one signal of a target: which elements of the page it points at. Each signal is
// cheap on its own (a selector, a pre-filtered role search, a text-node walk); the scorer combines them.
import type { Signal } from '../guide';
import { normalizeText } from '../shared/text';
import { accessibleName, labelText, ROLE_SELECTORS, roleOf } from './accessible-name';

export type SearchRoot = Document | ShadowRoot | Element;

const CLICKABLE = 'a[href], button, label, [role=button], [role=link], summary';

function equalsAny(text: string, wanted: readonly string[]): boolean {
  const norm = normalizeText(text);
  return norm !== '' && wanted.includes(norm);
}

function byCss(root: SearchRoot, css: string): Element[] | 'invalid' {
  try {
    return [...root.querySelectorAll(css)];
  } catch {
    return 'invalid';
  }
}

function byRole(root: SearchRoot, role: keyof typeof ROLE_SELECTORS, names: readonly string[]): Element[] {
  return [...root.querySelectorAll(ROLE_SELECTORS[role])].filter(
    (el) => roleOf(el) === role && equalsAny(accessibleName(el), names),
  );
}

function byLabel(root: SearchRoot, labels: readonly string[]): Element[] {
  const found = new Set<Element>();
  for (const label of root.querySelectorAll('label')) {
    const control = label.control;
    if (control && equalsAny(labelText(label), labels)) found.add(control);
  }
  for (const el of root.querySelectorAll(
    'input[aria-label], select[aria-label], textarea[aria-label], [role=textbox][aria-label]',
  )) {
    if (equalsAny(el.getAttribute('aria-label') ?? '', labels)) found.add(el);
  }
  return [...found];
}

function byText(root: SearchRoot, texts: readonly string[]): Element[] {
  const longest = Math.max(...texts.map((t) => t.length));
  const found = new Set<Element>();
  const doc = 'createTreeWalker' in root ? root : root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const piece = normalizeText(node.nodeValue ?? '');
    if (!piece || !texts.some((t) => t.includes(piece))) continue;
    for (let el = node.parentElement; el; el = el.parentElement) {
      const norm = normalizeText(el.textContent ?? '');
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

/** Elements the signal points at, or 'invalid' when the signal cannot be evaluated (bad CSS). */
export function evaluateSignal(root: SearchRoot, signal: Signal): Element[] | 'invalid' {
  switch (signal.kind) {
    case 'css':
      return byCss(root, signal.css);
    case 'role':
      return byRole(root, signal.role, signal.name.map(normalizeText));
    case 'label':
      return byLabel(root, signal.label.map(normalizeText));
    case 'text':
      return byText(root, signal.text.map(normalizeText));
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
    case 'text':
      return `text "${signal.text.join('" | "')}"`;
  }
}
