// The tooltip next to the step's element, with the highlight ring around it. Positioned with
// floating-ui's computePosition (which handles frames, scale and offset parents); the gap, the
// flip between below and above, keeping it on screen and the arrow are done here, small enough
// for the content-script budget. Kept in place by follow() for the step's lifetime.
import { computePosition } from '@floating-ui/dom';
import { createSignal, onCleanup, onMount, Show, type JSX } from 'solid-js';
import { follow } from './follow';
import { HelpActions } from './HelpActions';
import { t } from './look';
import { StepCard } from './StepCard';
import type { OverlayAction, StepInfo } from './view';

const SIDE_OPPOSITE: Record<string, string> = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' };

/** The element's box in the top page's viewport (translated out of same-origin iframes). */
function viewportRect(element: Element): DOMRect {
  const rect = element.getBoundingClientRect();
  let x = rect.x;
  let y = rect.y;
  for (
    let frame = element.ownerDocument.defaultView?.frameElement;
    frame;
    frame = frame.ownerDocument.defaultView?.frameElement
  ) {
    const box = frame.getBoundingClientRect();
    x += box.x + frame.clientLeft;
    y += box.y + frame.clientTop;
  }
  return new DOMRect(x, y, rect.width, rect.height);
}

export function Tooltip(props: {
  info: StepInfo;
  element: Element;
  onAction: (action: OverlayAction) => void;
}): JSX.Element {
  let card!: HTMLDivElement;
  let tip!: HTMLDivElement;
  let ring!: HTMLDivElement;
  // Stuck for a while: the help is already open and the ring pulses. Read once on purpose: a
  // stuck view is a new view, which mounts a new tooltip.
  // eslint-disable-next-line solid/reactivity
  const [help, setHelp] = createSignal(props.info.stuck ?? false);

  onMount(() => {
    const element = props.element;
    const update = () => {
      const rect = viewportRect(element);
      Object.assign(ring.style, {
        left: `${rect.left - 6}px`,
        top: `${rect.top - 6}px`,
        width: `${rect.width + 12}px`,
        height: `${rect.height + 12}px`,
      });
      // floating-ui translates a reference inside a same-origin iframe by itself.
      // 14 px between the element and the card (offset()), and the card kept 8 px inside the
      // screen sideways (shift(): the card is fixed at the top level, so the screen is its only
      // boundary).
      const place = (placement: 'bottom' | 'top' | 'left' | 'right') =>
        computePosition(element, card, { strategy: 'fixed', placement }).then((at) => ({
          ...at,
          x: Math.max(
            8,
            Math.min(
              at.x + (placement === 'right' ? 14 : placement === 'left' ? -14 : 0),
              innerWidth - card.offsetWidth - 8,
            ),
          ),
          y: at.y + (placement === 'bottom' ? 14 : placement === 'top' ? -14 : 0),
        }));
      // Below the element, or above it when that overflows the screen less: floating-ui's flip()
      // for our sides, at a tenth of its size (the content-script budget). When neither fits (a
      // tall card, large text), beside the element on its wider side, kept on the screen: the
      // card never covers the element, and its buttons stay reachable.
      void place('bottom')
        .then(async (below) => {
          const under = below.y + card.offsetHeight - (innerHeight - 8);
          if (under <= 0) return below;
          const above = await place('top');
          if (above.y >= 8) return above;
          const right = innerWidth - rect.right > rect.left;
          if ((right ? innerWidth - rect.right : rect.left) > card.offsetWidth + 22) {
            const side = await place(right ? 'right' : 'left');
            return { ...side, y: Math.max(8, Math.min(side.y, innerHeight - card.offsetHeight - 8)) };
          }
          return 8 - above.y < under ? above : below;
        })
        .then(({ x, y, placement }) => {
          Object.assign(card.style, { left: `${x}px`, top: `${y}px` });
          card.dataset.placement = placement;
          const placed = placement.split('-')[0] ?? 'bottom';
          // The arrow points at the element's middle, kept 12 px inside the card's corners (the
          // arrow middleware does this too, at a size cost the content-script budget cannot pay).
          const across = placed === 'top' || placed === 'bottom';
          const along = across ? rect.left + rect.width / 2 - x : rect.top + rect.height / 2 - y;
          const room = across ? card.offsetWidth : card.offsetHeight;
          const at = `${Math.max(12, Math.min(along - 8, room - 28))}px`;
          Object.assign(tip.style, {
            right: '',
            bottom: '',
            left: across ? at : '',
            top: across ? '' : at,
            [SIDE_OPPOSITE[placed] ?? 'top']: '-10px',
          });
        });
    };
    onCleanup(follow(element, card, update));
  });

  return (
    <>
      <div ref={ring} class={props.info.stuck ? 'cdp-ring cdp-pulse' : 'cdp-ring'} data-cdp="ring" />
      <div ref={card} class="cdp-card" data-cdp="tooltip" role="region" aria-label="Coup de pouce">
        <div ref={tip} class="cdp-arrow" />
        {/* Scrolls inside when taller than the screen (large text): the card stays fixed. */}
        <div class="cdp-body">
          <StepCard info={props.info} onAction={props.onAction} onHelp={() => setHelp(true)}>
            <Show when={help()}>
              <div class="cdp-help" data-cdp="help">
                <p>{props.info.targetName ? t('lookNamed', { name: props.info.targetName }) : t('look')}</p>
                <p>{t('scroll')}</p>
                <HelpActions info={props.info} onAction={props.onAction} />
              </div>
            </Show>
          </StepCard>
        </div>
      </div>
    </>
  );
}
