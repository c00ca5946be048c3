// The overlay's root component: picks the tooltip or the calm panel for the current view.
import { Show, type Accessor, type JSX } from 'solid-js';
import { ConfirmDialog } from './ConfirmDialog';
import type { Risk } from '../guide';
import { t } from './look';
import { Panel } from './Panel';
import { Tooltip } from './Tooltip';
import type { OverlayAction, OverlayView } from './view';

export function Coach(props: {
  view: Accessor<OverlayView>;
  question: Accessor<{ risk: Risk; answer: (yes: boolean) => void } | null>;
  onAction: (action: OverlayAction) => void;
}): JSX.Element {
  const step = () => {
    const view = props.view();
    return view.kind === 'step' ? view : undefined;
  };
  const panel = () => {
    const view = props.view();
    return view.kind === 'not-found' || view.kind === 'elsewhere' || view.kind === 'note' || view.kind === 'finished'
      ? view
      : undefined;
  };
  return (
    <>
      <div class="cdp-visually-hidden" aria-live="polite" data-cdp="live">
        {(() => {
          const view = props.view();
          return view.kind === 'step'
            ? `${t('step', { n: view.info.index + 1, total: view.info.total })}. ${view.info.say}`
            : '';
        })()}
      </div>
      {/* Keyed on the element so a new step remounts the tooltip and its follow() lifetime. */}
      <Show when={step()} keyed>
        {(view) => <Tooltip info={view.info} element={view.element} onAction={props.onAction} />}
      </Show>
      <Show when={panel()} keyed>
        {(view) => <Panel view={view} onAction={props.onAction} />}
      </Show>
      <Show when={props.question()} keyed>
        {(question) => <ConfirmDialog risk={question.risk} onAnswer={question.answer} />}
      </Show>
    </>
  );
}
