// Mounts the overlay in a closed shadow root on the page, for one lifetime. If the page removes
// our host while the coach is active, it is put back: a page cannot silence the coach that way.
import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { Coach } from './Coach';
import { OVERLAY_CSS } from './styles';
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
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const mountPoint = doc.createElement('div');
  shadow.append(style, mountPoint);

  const [view, setView] = createSignal<OverlayView>({ kind: 'none' }, { equals: false });
  const [question, setQuestion] = createSignal<Question | null>(null);
  const dispose = render(() => <Coach view={view} question={question} onAction={onAction} />, mountPoint);

  const attach = () => {
    if (!host.isConnected && (view().kind !== 'none' || question())) doc.documentElement.append(host);
  };
  const keeper = new MutationObserver(attach);
  keeper.observe(doc.documentElement, { childList: true });

  const onKey = (event: KeyboardEvent) => {
    // Escape closes our help only when the learner is in our UI; the page keeps its own Escape.
    // (A question answers Escape itself: « Annuler ».)
    if (event.key === 'Escape' && !question() && event.composedPath().includes(host)) setView({ kind: 'none' });
  };
  doc.addEventListener('keydown', onKey, { capture: true, signal });

  signal.addEventListener(
    'abort',
    () => {
      keeper.disconnect();
      question()?.answer(false);
      dispose();
      host.remove();
    },
    { once: true },
  );

  return {
    show(next) {
      if (signal.aborted) return;
      setView(next);
      if (next.kind === 'none' && !question()) host.remove();
      else attach();
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
