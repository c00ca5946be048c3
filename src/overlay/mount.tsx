// Mounts the overlay in a closed shadow root on the page, for one lifetime. If the page removes,
// moves, covers or marks (inert, hidden…) our host while the coach is active, it is put back on
// top and the learner is told through the toolbar badge ('hidden'). Page CSS on the host cannot
// hide it: the shadow's `:host{all:initial !important}` beats any page declaration, even inline.
import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { Coach } from './Coach';
import { look } from './look';
import { hush } from './speech';
import type { OverlayAction, OverlayView } from './view';
import type { Risk } from '../guide';

export interface Overlay {
  show(view: OverlayView): void;
  /** Asks before a risky action; true only after a real click on « Je continue ». */
  ask(risk: Risk): Promise<boolean>;
}

interface Question {
  risk: Risk;
  answer: (yes: boolean) => void;
}

export function mountOverlay(doc: Document, signal: AbortSignal, onAction: (action: OverlayAction) => void): Overlay {
  const host = doc.createElement('coup-de-pouce-coach');
  const shadow = host.attachShadow({ mode: 'closed' });

  const [view, setView] = createSignal<OverlayView>({ kind: 'none' }, { equals: false });
  const [question, setQuestion] = createSignal<Question | null>(null);
  // The stylesheet and the direction follow the learner's look (language, text size, contrast).
  const dispose = render(
    () => (
      <>
        <style>{look().css}</style>
        <div dir={look().dir} lang={look().lang}>
          <Coach view={view} question={question} onAction={onAction} />
        </div>
      </>
    ),
    shadow,
  );

  let told = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  const attach = (byPage?: boolean) => {
    if (view().kind === 'none' && !question()) return;
    const card = shadow.querySelector('.cdp-card')?.getBoundingClientRect();
    const top = card && doc.elementFromPoint(card.x + card.width / 2, card.y + card.height / 2);
    const moved = host.parentNode !== doc.documentElement;
    // Our host has no attributes: one set by the page (inert, hidden, popover…) is tampering.
    const names = host.getAttributeNames();
    if (moved || names[0] || (top && top !== host)) {
      for (const name of names) host.removeAttribute(name);
      // Last child of <html>: above the page's own layers (top-layer dialogs excepted).
      if (moved || host.nextSibling) doc.documentElement.append(host);
      if (byPage && !told) {
        told = true;
        onAction('hidden');
      }
    }
  };
  const keeper = new MutationObserver(() => attach(true));
  keeper.observe(doc.documentElement, { childList: true });
  keeper.observe(host, { attributes: true });

  const onKey = (event: KeyboardEvent) => {
    // Escape closes our help only when the learner is in our UI; the page keeps its own Escape.
    // A question is modal: Escape anywhere means « Annuler », and the page does not see that key.
    if (event.key !== 'Escape' || !event.isTrusted) return; // never a page's synthetic key
    const asked = question();
    if (asked) {
      event.stopImmediatePropagation();
      asked.answer(false);
    } else if (event.composedPath().includes(host)) setView({ kind: 'none' });
  };
  doc.addEventListener('keydown', onKey, { capture: true, signal });

  signal.addEventListener(
    'abort',
    () => {
      keeper.disconnect();
      clearInterval(timer);
      question()?.answer(false);
      hush();
      dispose();
      host.remove();
    },
    { once: true },
  );

  return {
    show(next) {
      if (signal.aborted) return;
      setView(next);
      clearInterval(timer);
      if (next.kind === 'none' && !question()) {
        hush();
        host.remove();
      } else {
        attach();
        // While the coach shows, a light look once a second for a page that covers it.
        timer = setInterval(attach, 1000, true);
      }
    },
    ask(risk) {
      if (signal.aborted) return Promise.resolve(false);
      question()?.answer(false);
      // eslint-disable-next-line solid/reactivity -- answer() runs from our dialog's click handler
      return new Promise((resolve) => {
        setQuestion({
          risk,
          answer(yes) {
            setQuestion(null);
            if (view().kind === 'none') host.remove();
            resolve(yes);
          },
        });
        attach();
      });
    },
  };
}
