// Where the locator may look: the document, then (only when the light DOM has nothing) every open
// shadow root and same-origin iframe inside it. Closed shadow roots and cross-origin frames are
// out of reach by design.
import { SHOW_ELEMENT } from './dom-constants';
export type SearchRoot = Document | ShadowRoot | Element;

/** The open shadow roots and same-origin iframe documents under `root`, depth first. */
export function innerRoots(root: SearchRoot): (Document | ShadowRoot)[] {
  const found: (Document | ShadowRoot)[] = [];
  const doc = 'createTreeWalker' in root ? root : root.ownerDocument;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (el.shadowRoot) found.push(el.shadowRoot, ...innerRoots(el.shadowRoot));
    if (el.localName === 'iframe' || el.localName === 'frame') {
      let inner: Document | null = null;
      try {
        inner = (el as HTMLIFrameElement).contentDocument; // null when cross-origin
      } catch {
        inner = null;
      }
      if (inner?.documentElement) found.push(inner, ...innerRoots(inner));
    }
  }
  return found;
}
