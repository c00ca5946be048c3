// Keeps a step's target located while the page changes, for the lifetime of one step.
// Waiting: one MutationObserver (document and open shadow roots), at most one search per
// animation frame. Found: the observer is disconnected and each frame only checks isConnected and
// visibility; a fresh search runs only when the element is gone.
import { DOCUMENT_NODE } from './dom-constants';
import type { Target } from '../guide';
import { isRendered, locate, type LocateOptions, type LocateResult } from './locate';
import { innerRoots, type SearchRoot } from './roots';

export interface WatchOptions extends LocateOptions {
  signal: AbortSignal;
  /** Called with the first result and then whenever the status or the element changes. */
  onResult: (result: LocateResult) => void;
}

function sameResult(a: LocateResult, b: LocateResult): boolean {
  if (a.status !== b.status) return false;
  return a.status === 'found' && b.status === 'found' ? a.element === b.element : true;
}

export function watchTarget(target: Target, root: SearchRoot, options: WatchOptions): void {
  const { signal, onResult } = options;
  if (signal.aborted) return;
  const isVisible = options.isVisible ?? isRendered;
  const win = ('defaultView' in root ? root.defaultView : root.ownerDocument?.defaultView) ?? window;
  let last: LocateResult = locate(target, root, options);
  let frame = 0;
  let observer: MutationObserver | undefined;

  const search = () => {
    const next = locate(target, root, options);
    const changed = !sameResult(last, next);
    last = next;
    if (changed) onResult(next);
    if (next.status === 'found') follow();
    else wait();
  };

  // Found: no observer; a per-frame glance at the element, searching again only when it is gone.
  const follow = () => {
    if (signal.aborted) return;
    observer?.disconnect();
    observer = undefined;
    const glance = () => {
      frame = 0;
      if (signal.aborted || last.status !== 'found') return;
      if (last.element.isConnected && isVisible(last.element)) frame = win.requestAnimationFrame(glance);
      else search();
    };
    if (!frame) frame = win.requestAnimationFrame(glance);
  };

  // Waiting: mutations schedule at most one search per frame.
  const wait = () => {
    if (observer || signal.aborted) return;
    observer = new MutationObserver(() => {
      if (!frame) {
        frame = win.requestAnimationFrame(() => {
          frame = 0;
          if (!signal.aborted) search();
        });
      }
    });
    const top = root.nodeType === DOCUMENT_NODE ? (root as Document).documentElement : root;
    const init = { childList: true, subtree: true, attributes: true, characterData: true };
    for (const observed of [top, ...innerRoots(root)]) observer.observe(observed, init);
  };

  signal.addEventListener(
    'abort',
    () => {
      observer?.disconnect();
      if (frame) win.cancelAnimationFrame(frame);
    },
    { once: true },
  );
  onResult(last);
  if (last.status === 'found') follow();
  else wait();
}
