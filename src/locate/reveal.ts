// Brings a found element into view before the coach points at it. `block: 'nearest'` scrolls
// only the scroll containers (and the page) that clip it, and only as much as needed; nothing
// moves when it is already in view. « Je ne trouve pas » asks for `center` instead. Smooth unless
// the learner asked for reduced motion.

export function revealGently(element: Element, block: ScrollLogicalPosition = 'nearest'): void {
  const reduce = element.ownerDocument.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? true;
  element.scrollIntoView({ block, inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
}
