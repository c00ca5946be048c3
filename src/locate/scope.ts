// Resolves a target's `within`: the landmark(s), the heading's section, or the element another
// target finds. Candidates outside the scope do not count.
import { DOCUMENT_FRAGMENT_NODE, DOCUMENT_POSITION_FOLLOWING } from './dom-constants';
import type { Scope } from '../guide';
import { normalizeText } from '../shared/text';
import { accessibleName, headingLevel, landmarkSelector, roleOf } from './accessible-name';
import type { SearchRoot } from './roots';

/** Says whether an element is inside the scope. */
export type InScope = (element: Element) => boolean;

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role=heading]';

function precedes(a: Node, b: Node): boolean {
  return Boolean(a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING);
}

function headingSection(root: SearchRoot, wanted: readonly string[]): InScope | undefined {
  const headings = [...root.querySelectorAll(HEADINGS)];
  const index = headings.findIndex((h) => wanted.includes(normalizeText(h.textContent ?? '')));
  const heading = headings[index];
  if (!heading) return undefined;
  const level = headingLevel(heading);
  const boundary = headings.slice(index + 1).find((h) => headingLevel(h) <= level);
  // The heading's own box (a card, a fieldset) belongs to it too, even before the heading, when no
  // other heading of its level shares that box.
  const box = heading.parentElement;
  const ownBox =
    box && ![...box.querySelectorAll(HEADINGS)].some((h) => h !== heading && headingLevel(h) <= level)
      ? box
      : undefined;
  return (el) => (precedes(heading, el) && (!boundary || precedes(el, boundary))) || Boolean(ownBox?.contains(el));
}

/** contains() that also looks through open shadow roots (a scope host contains its shadow tree). */
function composedContains(container: Element, el: Element): boolean {
  for (let node: Node | null = el; node;) {
    if (node === container) return true;
    const parent: Node | null = node.parentNode;
    node = parent && parent.nodeType === DOCUMENT_FRAGMENT_NODE ? ((parent as ShadowRoot).host ?? null) : parent;
  }
  return false;
}

/** A landmark's name comes only from aria-labelledby or aria-label, never from its whole content. */
function landmarkName(el: Element): string {
  return el.hasAttribute('aria-labelledby') || el.hasAttribute('aria-label') ? accessibleName(el) : '';
}

/**
 * `locateScope` finds the element of a scope target; it is passed in by the locator to avoid a
 * circular import. Returns undefined when the scope cannot be found on this page.
 */
export function resolveScope(
  scope: Scope,
  root: SearchRoot,
  locateScope: (root: SearchRoot) => Element | undefined,
): InScope | undefined {
  switch (scope.kind) {
    case 'landmark': {
      const names = scope.name?.map(normalizeText);
      const landmarks = [...root.querySelectorAll(landmarkSelector(scope.landmark))].filter(
        (el) =>
          (roleOf(el) === scope.landmark || (scope.landmark === 'dialog' && roleOf(el) === 'alertdialog')) &&
          (!names || names.includes(normalizeText(landmarkName(el)))),
      );
      return landmarks.length ? (el) => landmarks.some((l) => composedContains(l, el)) : undefined;
    }
    case 'heading':
      return headingSection(root, scope.heading.map(normalizeText));
    case 'target': {
      const container = locateScope(root);
      return container ? (el) => container !== el && composedContains(container, el) : undefined;
    }
  }
}
