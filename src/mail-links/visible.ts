// Page side: can the learner see our warning where we put it, right after the link? A message's
// own styles may clip it (an ancestor with overflow hidden), shrink it to nothing, make it
// transparent, clip it away (clip, clip-path), push it off the page or cover it. When they do,
// the warning goes to the top of the page instead (src/overlay/link-marker.tsx).

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Below this, a warning of several lines cannot be read. */
const MIN_SIDE = 16;
/** The share of the warning that must stay uncut. */
const MIN_SHARE = 0.9;

/** Pure: the share (0..1) of `box` left once cut by each clipping ancestor's box. */
export function visibleShare(box: Rect, clips: readonly Rect[]): number {
  const area = (r: Rect) => Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);
  const whole = area(box);
  if (whole === 0) return 0;
  let left = box.left;
  let top = box.top;
  let right = box.right;
  let bottom = box.bottom;
  for (const clip of clips) {
    left = Math.max(left, clip.left);
    top = Math.max(top, clip.top);
    right = Math.min(right, clip.right);
    bottom = Math.min(bottom, clip.bottom);
  }
  return area({ left, top, right, bottom }) / whole;
}

/** The element above `node` in the flat tree (out of a shadow root to its host). */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Is our warning `host` hidden or cut by the page's styles? */
export function isWarningHidden(host: Element): boolean {
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  if (!view) return true;
  // Both spellings: the older names are the only ones some supported browsers know.
  const seen = host.checkVisibility({
    checkOpacity: true,
    checkVisibilityCSS: true,
    opacityProperty: true,
    visibilityProperty: true,
  });
  const box = host.getBoundingClientRect();
  if (!seen || box.width < MIN_SIDE || box.height < MIN_SIDE) return true;
  // Off the page, where no scrolling brings it.
  if (box.right + view.scrollX <= 0 || box.bottom + view.scrollY <= 0) return true;
  const clips: Rect[] = [];
  for (let el = parentOf(host); el && el !== doc.documentElement; el = parentOf(el)) {
    const style = view.getComputedStyle(el);
    if (style.clipPath !== 'none' || (style.clip !== 'auto' && style.clip !== '')) return true;
    // A scrolling box (auto, scroll) can be scrolled to; hidden and clip cut for good.
    const cuts = (value: string) => value === 'hidden' || value === 'clip';
    if (cuts(style.overflowX) || cuts(style.overflowY)) clips.push(el.getBoundingClientRect());
  }
  if (visibleShare(box, clips) < MIN_SHARE) return true;
  // In view: is it what the learner sees at its middle, or does something of the page cover it?
  const x = (box.left + box.right) / 2;
  const y = (box.top + box.bottom) / 2;
  if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) return false;
  const root = host.getRootNode() as Document | ShadowRoot;
  const top = root.elementFromPoint(x, y);
  return top !== null && top !== host;
}
