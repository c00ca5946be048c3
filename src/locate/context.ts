// A target's soft context: the landmark the element sits in, the nearest heading above it, the
// text right next to it. It never widens a match: it tells close candidates apart, and it refuses
// a leader found outside the target's landmark when the page has that landmark at all.
import type { TargetContext } from '../guide';
import { normalizeCached } from '../shared/text';
import type { SearchRoot } from './roots';
import { resolveScope } from './scope';

/** How many parts of the context an element satisfies, and whether it lies outside its landmark. */
export interface ContextFit {
  /** `rivals`: the other close candidates; the neighbourhood stops before it holds one of them. */
  (element: Element, rivals: readonly Element[]): number;
  outside: (element: Element) => boolean;
}

/** Neighbouring text: in the element's own box or one of its three nearest ancestors of modest
 * size that holds none of its rivals (a shared ancestor's text tells nothing apart). */
function isNear(element: Element, near: readonly string[], rivals: readonly Element[]): boolean {
  let box: Element | null = element;
  for (let depth = 0; box && depth < 4; depth++, box = box.parentElement) {
    const text = box.textContent ?? '';
    const inside = box;
    if (text.length > 400 || rivals.some((r) => r !== element && inside.contains(r))) break;
    const norm = normalizeCached(text);
    if (near.some((words) => norm.includes(words))) return true;
  }
  return false;
}

export function inContext(context: TargetContext, root: SearchRoot): ContextFit {
  const none = () => undefined;
  const landmark = context.landmark
    ? resolveScope({ kind: 'landmark', landmark: context.landmark }, root, none)
    : undefined;
  const heading = context.heading ? resolveScope({ kind: 'heading', heading: context.heading }, root, none) : undefined;
  const near = context.near?.map(normalizeCached);
  const fit = ((element: Element, rivals: readonly Element[]) =>
    Number(Boolean(landmark?.(element))) +
    Number(Boolean(heading?.(element))) +
    Number(Boolean(near && isNear(element, near, rivals)))) as ContextFit;
  fit.outside = (element) => Boolean(landmark && !landmark(element));
  return fit;
}
