// Keeps a step's target located while the page changes, for the lifetime of one step. One
// MutationObserver, at most one check per animation frame; while the element is found, a
// frame costs only an isConnected + visibility check, and the search reruns only when it is gone.
import type { Target } from '../guide';
import { isRendered, locate, type LocateOptions, type LocateResult } from './locate';
import type { SearchRoot } from './signals';

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
  let last = locate(target, root, options);
  onResult(last);

  let frame = 0;
  const check = () => {
    frame = 0;
    if (signal.aborted) return;
    if (last.status === 'found' && last.element.isConnected && isVisible(last.element)) return;
    const next = locate(target, root, options);
    if (!sameResult(last, next)) {
      last = next;
      onResult(next);
    }
  };
  const observer = new MutationObserver(() => {
    if (!frame) frame = requestAnimationFrame(check);
  });
  const observed = root.nodeType === Node.DOCUMENT_NODE ? (root as Document).documentElement : (root as Element);
  observer.observe(observed, { childList: true, subtree: true, attributes: true, characterData: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    },
    { once: true },
  );
}
