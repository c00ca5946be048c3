// The ways forward the help offers on every step: skip an optional step, start the guide again,
// or ask a person for help (recorded locally, so a counsellor can see where the learner struggled).
import { createSignal, Show, type JSX } from 'solid-js';
import type { OverlayAction, StepInfo } from './view';

export function HelpActions(props: { info: StepInfo; onAction: (action: OverlayAction) => void }): JSX.Element {
  const [asked, setAsked] = createSignal(false);
  return (
    <>
      <Show when={asked()}>
        <p data-cdp="asked">Montrez cet écran à un conseiller ou à un proche. Cette personne peut vous aider.</p>
      </Show>
      <div class="cdp-actions">
        <Show when={props.info.optional}>
          <button type="button" data-cdp="skip" on:click={() => props.onAction('skip')}>
            Passer cette étape
          </button>
        </Show>
        <Show when={!props.info.interruption}>
          <button type="button" data-cdp="restart" on:click={() => props.onAction('restart')}>
            Recommencer le guide
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
          Demander de l’aide
        </button>
      </div>
    </>
  );
}
