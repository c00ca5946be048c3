// Keeps a step's target located while the page changes, for the lifetime of one step.
// Waiting: one MutationObserver (document and open shadow roots), at most one search per
// animation frame. Found: the observer is disconnected and a glance only checks isConnected and
// visibility (on a short timer, so a still page stays idle); a fresh search runs only when the
// element is gone.
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

/** Attributes the signals, scopes and visibility checks read; other attribute churn is ignored. */
const WATCHED_ATTRIBUTES =
  'id class name type value role href placeholder for title alt itemprop hidden style disabled open aria-label aria-labelledby aria-hidden aria-disabled aria-modal'.split(
    ' ',
  );

/** How often a found element is glanced at: a timer, not every frame, so a still page stays idle. */
const GLANCE_MS = 120;

export function watchTarget(target: Target, root: SearchRoot, options: WatchOptions): void {
  const { signal, onResult } = options;
  if (signal.aborted) return;
  const isVisible = options.isVisible ?? isRendered;
  const win = ('defaultView' in root ? root.defaultView : root.ownerDocument?.defaultView) ?? window;
  // Shadow roots and frames are looked for once per wait (and at most every 2 s), not per search.
  let roots: (Document | ShadowRoot)[] | undefined;
  let rootsAt = 0;
  const inner = () => {
    const now = win.performance.now();
    if (!roots || now - rootsAt > 2000) {
      roots = innerRoots(root);
      rootsAt = now;
    }
    return roots;
  };
  const locateOptions = { ...options, innerRoots: inner };
  let last: LocateResult = locate(target, root, locateOptions);
  let frame = 0;
  let timer: number | undefined;
  let observer: MutationObserver | undefined;

  const search = () => {
    const next = locate(target, root, locateOptions);
    const changed = !sameResult(last, next);
    last = next;
    if (changed) onResult(next);
    if (next.status === 'found') follow();
    else wait();
  };

  // Found: no observer; a glance at the element now and then, searching again only when it is gone.
  const follow = () => {
    if (signal.aborted) return;
    observer?.disconnect();
    observer = undefined;
    roots = undefined;
    const glance = () => {
      timer = undefined;
      if (signal.aborted || last.status !== 'found') return;
      if (last.element.isConnected && isVisible(last.element)) timer = win.setTimeout(glance, GLANCE_MS);
      else search();
    };
    if (!timer) timer = win.setTimeout(glance, GLANCE_MS);
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
    const dataAttributes = target.any.flatMap((s) => (s.kind === 'attr' ? Object.keys(s.attr) : []));
    const init = {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: [...WATCHED_ATTRIBUTES, ...dataAttributes],
    };
    for (const observed of [top, ...inner()]) observer.observe(observed, init);
  };

  signal.addEventListener(
    'abort',
    () => {
      observer?.disconnect();
      if (frame) win.cancelAnimationFrame(frame);
      if (timer) win.clearTimeout(timer);
    },
    { once: true },
  );
  onResult(last);
  if (last.status === 'found') follow();
  else wait();
}
