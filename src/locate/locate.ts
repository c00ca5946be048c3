// Finds the one element a step points at. Every candidate is scored over all the target's signals;
// only a unique, visible leader is "found". Ties are "ambiguous" and a hidden leader is "hidden":
// the coach never points at an element it is not sure of.
import type { Signal, Target } from '../guide';
import { describeSignal, evaluateSignal, type SearchRoot } from './signals';

export interface TriedSignal {
  signal: string;
  /** How many elements this signal matched, or -1 when it could not be evaluated. */
  matches: number;
}

export type HiddenReason = 'invisible' | 'disabled';

export type LocateResult =
  | { status: 'found'; element: Element; score: number; tried: TriedSignal[] }
  | { status: 'missing'; tried: TriedSignal[] }
  | { status: 'ambiguous'; count: number; tried: TriedSignal[] }
  | { status: 'hidden'; reason: HiddenReason; tried: TriedSignal[] };

export interface LocateOptions {
  /** Whether an element can be seen; defaults to the browser's layout-based check. */
  isVisible?: (element: Element) => boolean;
  /** The step needs a click: a disabled leader is reported as hidden. */
  needsClick?: boolean;
}

/** Layout-based visibility: rendered, not visibility:hidden or transparent, with a non-empty box. */
export function isRendered(element: Element): boolean {
  // checkVisibility is missing in older browsers; the box test below still applies there.
  if (
    typeof element.checkVisibility === 'function' &&
    !element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
  ) {
    return false;
  }
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

function isDisabled(element: Element): boolean {
  return element.matches(':disabled') || element.getAttribute('aria-disabled') === 'true';
}

export function locate(target: Target, root: SearchRoot, options: LocateOptions = {}): LocateResult {
  const isVisible = options.isVisible ?? isRendered;
  const scores = new Map<Element, number>();
  const tried: TriedSignal[] = target.any.map((signal: Signal) => {
    const matched = evaluateSignal(root, signal);
    if (matched === 'invalid') return { signal: describeSignal(signal), matches: -1 };
    for (const element of matched) scores.set(element, (scores.get(element) ?? 0) + 1);
    return { signal: describeSignal(signal), matches: matched.length };
  });
  if (scores.size === 0) return { status: 'missing', tried };

  const best = Math.max(...scores.values());
  const leaders = [...scores].filter(([, score]) => score === best).map(([element]) => element);
  const visible = leaders.filter(isVisible);
  if (visible.length > 1) return { status: 'ambiguous', count: visible.length, tried };
  const element = visible[0];
  if (!element) return { status: 'hidden', reason: 'invisible', tried };
  if (options.needsClick && isDisabled(element)) return { status: 'hidden', reason: 'disabled', tried };
  return { status: 'found', element, score: best / target.any.length, tried };
}
