// Brings a found element into view before the coach points at it: only when it is clipped by a
// scroll container or outside the viewport, scrolling as little as possible, smoothly unless the
// learner asked for reduced motion.

function clipped(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  if (rect.bottom <= 0 || rect.top >= view.innerHeight || rect.right <= 0 || rect.left >= view.innerWidth) return true;
  for (let el = element.parentElement; el && el !== element.ownerDocument.documentElement; el = el.parentElement) {
    const style = view.getComputedStyle(el);
    if (!/(auto|scroll|hidden)/.test(style.overflowY + style.overflowX)) continue;
    const box = el.getBoundingClientRect();
    if (rect.top < box.top || rect.bottom > box.bottom || rect.left < box.left || rect.right > box.right) return true;
  }
  return false;
}

/** Scrolls the element into view if it is not; returns whether it scrolled. */
export function revealGently(element: Element): boolean {
  if (!clipped(element)) return false;
  const reduce = element.ownerDocument.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? true;
  element.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  return true;
}
