// The ways forward the help offers on every step: skip an optional step, start the guide again,
// or ask a person for help (recorded locally, so a counsellor can see where the learner struggled).
import { createSignal, Show, type JSX } from 'solid-js';
import { t } from './look';
import type { OverlayAction, StepInfo } from './view';

export function HelpActions(props: { info: StepInfo; onAction: (action: OverlayAction) => void }): JSX.Element {
  const [asked, setAsked] = createSignal(false);
  return (
    <>
      <Show when={asked()}>
        <p data-cdp="asked">{t('asked')}</p>
      </Show>
      <div class="cdp-actions">
        <Show when={props.info.optional}>
          <button type="button" data-cdp="skip" on:click={() => props.onAction('skip')}>
            {t('skip')}
          </button>
        </Show>
        <Show when={!props.info.interruption}>
          <button type="button" data-cdp="restart" on:click={() => props.onAction('restart')}>
            {t('restart')}
          </button>
        </Show>
        <button
          type="button"
          data-cdp="ask"
          on:click={() => {
            setAsked(true);
            props.onAction('ask');
          }}
        >
          {t('ask')}
        </button>
      </div>
    </>
  );
}
