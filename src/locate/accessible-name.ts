// A small accessible-role and accessible-name computation covering what guides target (buttons,
// links, form fields, headings). Kept in-house for size: the full dom-accessibility-api would
// take a fifth of the content script's 20 KB budget (see docs/performance.md).
import { ELEMENT_NODE, TEXT_NODE } from './dom-constants';
import type { Landmark, Role } from '../guide';

const TEXTBOX_TYPES = ['', 'text', 'email', 'tel', 'url', 'number'];

const ROLE_TAGS: Record<Role, string> = {
  button: 'button,input',
  link: 'a,area',
  textbox: 'input,textarea',
  searchbox: 'input',
  checkbox: 'input',
  radio: 'input',
  combobox: 'select,input',
  listbox: 'select',
  option: 'option',
  heading: 'h1,h2,h3,h4,h5,h6',
  tab: '',
  menuitem: '',
  dialog: 'dialog',
  img: 'img',
  group: 'fieldset,details,optgroup',
  radiogroup: '',
};

/** CSS that pre-selects the elements that may have a role: plain tags (the cheapest to match)
 * and the explicit role; roleOf() then keeps only the right ones (input types, img alt…). */
export function roleSelector(role: Role): string {
  const tags = ROLE_TAGS[role];
  return tags ? `${tags},[role=${role}]` : `[role=${role}]`;
}

/** The element's role: the explicit `role` attribute first, else the implicit role of its tag. */
export function roleOf(el: Element): string | undefined {
  const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit;
  const tag = el.localName;
  switch (tag) {
    case 'button':
      return 'button';
    case 'a':
    case 'area':
      return el.hasAttribute('href') ? 'link' : undefined;
    case 'textarea':
      return 'textbox';
    case 'select':
      return (el as HTMLSelectElement).multiple || (el as HTMLSelectElement).size > 1 ? 'listbox' : 'combobox';
    case 'option':
      return 'option';
    case 'dialog':
      return 'dialog';
    case 'fieldset':
    case 'details':
    case 'optgroup':
      return 'group';
    case 'img':
      return el.getAttribute('alt') === '' ? undefined : 'img';
    case 'input': {
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      if (type === 'button' || type === 'submit' || type === 'reset' || type === 'image') return 'button';
      if (type === 'checkbox' || type === 'radio') return type;
      if (type === 'search') return 'searchbox';
      if (el.hasAttribute('list')) return 'combobox';
      return TEXTBOX_TYPES.includes(type) ? 'textbox' : undefined;
    }
    case 'nav':
      return 'navigation';
    case 'main':
      return 'main';
    case 'header':
      return el.closest('article, aside, main, nav, section') ? undefined : 'banner';
    case 'footer':
      return el.closest('article, aside, main, nav, section') ? undefined : 'contentinfo';
    case 'aside':
      return 'complementary';
    case 'search':
      return 'search';
    case 'form':
      return 'form';
    case 'section':
      return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'region' : undefined;
    default:
      return /^h[1-6]$/.test(tag) ? 'heading' : undefined;
  }
}

const LANDMARK_TAGS: Record<Landmark, string> = {
  banner: 'header',
  navigation: 'nav',
  main: 'main',
  contentinfo: 'footer',
  complementary: 'aside',
  search: 'search',
  form: 'form',
  dialog: 'dialog,[role=alertdialog]',
  region: 'section',
};

/** CSS that pre-selects landmark candidates; refined by `roleOf`. */
export function landmarkSelector(landmark: Landmark): string {
  return `${LANDMARK_TAGS[landmark]},[role=${landmark}]`;
}

/** Heading level: h1–h6, or aria-level on role=heading (default 2). */
export function headingLevel(el: Element): number {
  const match = /^h([1-6])$/.exec(el.localName);
  if (match) return Number(match[1]);
  return Number(el.getAttribute('aria-level')) || 2;
}

function textOf(el: Element): string {
  return el.textContent ?? '';
}

const FORM_CONTROLS = new Set(['input', 'select', 'textarea', 'button']);

/** A label's own text, without the options or value of a control it wraps. */
export function labelText(label: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) text += child.nodeValue ?? '';
      else if (child.nodeType === ELEMENT_NODE && !FORM_CONTROLS.has((child as Element).localName)) walk(child);
    }
  };
  walk(label);
  return text;
}

function byIds(el: Element, attribute: string): string | undefined {
  const ids = el.getAttribute(attribute)?.trim();
  if (!ids) return undefined;
  const root = el.getRootNode() as Document | ShadowRoot;
  const parts = ids
    .split(/\s+/)
    .map((id) => root.getElementById?.(id))
    .filter((x): x is HTMLElement => x != null);
  return parts.length ? parts.map(textOf).join(' ') : undefined;
}

/** The accessible name, following the main steps of accname: labelledby, label, content, title. */
export function accessibleName(el: Element): string {
  const labelledBy = byIds(el, 'aria-labelledby');
  if (labelledBy?.trim()) return labelledBy;
  const ariaLabel = el.getAttribute('aria-label');
  if (ariaLabel?.trim()) return ariaLabel;
  const tag = el.localName;
  // Tag checks rather than instanceof: elements may come from another realm (same-origin iframes).
  if (tag === 'input' || tag === 'select' || tag === 'textarea') {
    const field = el as HTMLInputElement;
    if (tag === 'input' && ['button', 'submit', 'reset'].includes(field.type)) return field.value;
    if (tag === 'input' && field.type === 'image') return field.alt;
    const labels = field.labels ? [...field.labels].map(labelText).join(' ') : '';
    if (labels.trim()) return labels;
  } else if (tag === 'fieldset') {
    const legend = [...el.children].find((child) => child.localName === 'legend');
    if (legend?.textContent?.trim()) return legend.textContent;
  } else if (tag === 'img') {
    return (el as HTMLImageElement).alt;
  } else {
    const content = textOf(el);
    if (content.trim()) return content;
  }
  return el.getAttribute('title') ?? el.getAttribute('placeholder') ?? '';
}
