// Evaluates one signal of a target: which elements of a root it points at. Each signal is cheap
// on its own (a selector, a pre-filtered role search, a text-node walk); the scorer combines them.
import { SHOW_TEXT } from './dom-constants';
import type { Role, Signal } from '../guide';
import { normalizeCached, normalizeText } from '../shared/text';
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

function equalsAny(text: string, wanted: readonly string[]): boolean {
  const norm = normalizeCached(text);
  return norm !== '' && wanted.includes(norm);
}

/** A quoted CSS attribute value (no dependency on CSS.escape, missing in some test DOMs). */
function quote(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

function all(root: SearchRoot, selector: string): Element[] {
  return [...root.querySelectorAll(selector)];
}

function byRole(root: SearchRoot, role: Role, names: readonly string[]): Element[] {
  const longest = Math.max(...names.map((n) => n.length));
  const found: Element[] = [];
  for (const el of root.querySelectorAll(roleSelector(role))) {
    // Cheap first: an element named by its content cannot match if its text is far longer.
    if (
      !el.hasAttribute('aria-label') &&
      !el.hasAttribute('aria-labelledby') &&
      (el.textContent?.length ?? 0) > longest * 3 + 40
    ) {
      continue;
    }
    if (roleOf(el) === role && equalsAny(accessibleName(el), names)) found.push(el);
  }
  return found;
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
  // A field named by a separate element (aria-labelledby), as many sites do without <label for>.
  for (const el of root.querySelectorAll(
    'input[aria-labelledby], select[aria-labelledby], textarea[aria-labelledby], [role=textbox][aria-labelledby]',
  )) {
    if (equalsAny(accessibleName(el), labels)) found.add(el);
  }
  return [...found];
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

/** Elements the signal points at, or 'invalid' when the signal cannot be evaluated (bad CSS). */
export function evaluateSignal(root: SearchRoot, signal: Signal): Element[] | 'invalid' {
  switch (signal.kind) {
    case 'css':
      try {
        return all(root, signal.css);
      } catch {
        return 'invalid';
      }
    case 'role':
      return byRole(root, signal.role, signal.name.map(normalizeText));
    case 'label':
      return byLabel(root, signal.label.map(normalizeText));
    case 'placeholder': {
      const wanted = signal.placeholder.map(normalizeText);
      return all(root, '[placeholder]').filter((el) => equalsAny(el.getAttribute('placeholder') ?? '', wanted));
    }
    case 'text':
      return byText(root, signal.text.map(normalizeText));
    case 'id':
      return all(root, `[id=${quote(signal.id)}]`);
    case 'attr':
      return all(
        root,
        Object.entries(signal.attr)
          .map(([name, value]) => `[${name}=${quote(value)}]`)
          .join(''),
      );
    case 'href':
      return byHref(root, signal.href);
    case 'tag':
      return all(root, signal.tag);
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
