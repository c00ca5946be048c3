// A question alone, for the scripts that only warn (the secrets check on any site): the same
// confirm dialog as the coach's, in its own closed shadow root, mounted only while it asks.
// A real Escape anywhere answers « Annuler » (a page's synthetic one does nothing); a page that
// moves our host gets it put back on top.
import { createSignal, Show } from 'solid-js';
import { render } from 'solid-js/web';
import type { Risk } from '../guide';
import { ConfirmDialog } from './ConfirmDialog';
import { look } from './look';

interface Question {
  risk: Risk;
  answer: (yes: boolean) => void;
}

/** Returns `ask`: resolves true only after a real click on « Je continue ». */
export function mountQuestion(doc: Document, signal: AbortSignal): (risk: Risk) => Promise<boolean> {
  const host = doc.createElement('coup-de-pouce-coach');
  const shadow = host.attachShadow({ mode: 'closed' });
  const [question, setQuestion] = createSignal<Question | null>(null);
  const dispose = render(
    () => (
      <>
        <style>{look().css}</style>
        <div dir={look().dir} lang={look().lang}>
          <Show when={question()} keyed>
            {(asked) => <ConfirmDialog risk={asked.risk} onAnswer={asked.answer} />}
          </Show>
        </div>
      </>
    ),
    shadow,
  );
  const attach = () => {
    if (!question()) return;
    for (const name of host.getAttributeNames()) host.removeAttribute(name);
    if (host.parentNode !== doc.documentElement || host.nextSibling) doc.documentElement.append(host);
  };
  const keeper = new MutationObserver(attach);
  const onKey = (event: KeyboardEvent) => {
    const asked = question();
    if (event.key !== 'Escape' || !asked || !event.isTrusted) return; // never a page's synthetic key
    event.stopImmediatePropagation();
    asked.answer(false);
  };
  doc.addEventListener('keydown', onKey, { capture: true, signal });
  signal.addEventListener(
    'abort',
    () => {
      question()?.answer(false);
      keeper.disconnect();
      dispose();
      host.remove();
    },
    { once: true },
  );
  // eslint-disable-next-line solid/reactivity -- called from event handlers, never tracked
  return (risk) => {
    if (signal.aborted) return Promise.resolve(false);
    question()?.answer(false);
    // eslint-disable-next-line solid/reactivity -- answer() runs from our dialog's click handler
    return new Promise((resolve) => {
      setQuestion({
        risk,
        answer(yes) {
          setQuestion(null);
          keeper.disconnect();
          host.remove();
          resolve(yes);
        },
      });
      attach();
      keeper.observe(doc.documentElement, { childList: true });
      keeper.observe(host, { attributes: true });
    });
  };
}
