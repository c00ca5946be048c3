// Keeps the tooltip beside its element while the page moves: scrolling anywhere (capture phase,
// in the element's frame and every frame above it), window resizes, size changes of the element
// or the card, and a light look at the element's box four times a second for layout shifts.
// Smaller than floating-ui's autoUpdate (about 0.7 KB gzipped), which the size budget needs.

const LOOK_MS = 250;

/** Calls `update` now and whenever the element may have moved, until the returned stop is called. */
export function follow(element: Element, card: Element, update: () => void): () => void {
  const life = new AbortController();
  const { signal } = life;
  for (let win = element.ownerDocument.defaultView; win; win = win.frameElement?.ownerDocument.defaultView ?? null) {
    win.addEventListener('scroll', update, { capture: true, passive: true, signal });
    win.addEventListener('resize', update, { passive: true, signal });
  }
  const sizes = new ResizeObserver(update);
  sizes.observe(element);
  sizes.observe(card);
  let last = '';
  const look = () => {
    const box = element.getBoundingClientRect();
    const key = `${box.x} ${box.y} ${box.width} ${box.height}`;
    if (key !== last) {
      last = key;
      update();
    }
  };
  const timer = setInterval(look, LOOK_MS);
  look();
  return () => {
    life.abort();
    sizes.disconnect();
    clearInterval(timer);
  };
}
