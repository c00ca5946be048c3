// Keeps the tooltip beside its element while the page moves: scrolling anywhere (capture phase,
// in the element's frame and every frame above it) at once, and a light look four times a second
// at the element's box, the card's size and the window's size (layout shifts, resizes, help
// opened). Smaller than floating-ui's autoUpdate, which the content-script size budget needs.

const LOOK_MS = 250;

/** Calls `update` now and whenever the element may have moved, until the returned stop is called. */
export function follow(element: Element, card: HTMLElement, update: () => void): () => void {
  const life = new AbortController();
  for (let win = element.ownerDocument.defaultView; win; win = win.frameElement?.ownerDocument.defaultView ?? null)
    win.addEventListener('scroll', update, { capture: true, passive: true, signal: life.signal });
  let last = '';
  const look = () => {
    const box = element.getBoundingClientRect();
    const key = `${box.x} ${box.y} ${box.width} ${box.height} ${card.offsetHeight} ${innerWidth} ${innerHeight}`;
    if (key !== last) {
      last = key;
      update();
    }
  };
  const timer = setInterval(look, LOOK_MS);
  look();
  return () => {
    life.abort();
    clearInterval(timer);
  };
}
