// The content of a step card: progress, what to do, and the three buttons every step offers.
// Buttons use native on:click: Solid's delegated onClick listens on document, which cannot see
// inside our closed shadow root.
import { Show, type JSX } from 'solid-js';
import type { OverlayAction, StepInfo } from './view';

export function StepCard(props: {
  info: StepInfo;
  onAction: (action: OverlayAction) => void;
  onHelp: () => void;
  children?: JSX.Element;
}): JSX.Element {
  return (
    <>
      <div class="cdp-head">
        <span class="cdp-progress" data-cdp="progress">
          {props.info.interruption ? 'Avant de continuer' : `Étape ${props.info.index + 1} sur ${props.info.total}`}
        </span>
        <span>{props.info.guideTitle}</span>
      </div>
      <Show when={props.info.resumed}>
        <p class="cdp-resumed" data-cdp="resumed">
          On reprend ici.
        </p>
      </Show>
      <p class="cdp-say" data-cdp="say">
        {props.info.say}
      </p>
      <Show when={props.info.risk}>
        {(risk) => (
          <p class="cdp-risk" data-cdp="risk" data-level={risk().level}>
            <strong>{risk().level === 'caution' ? 'Attention :' : 'Important :'}</strong> {risk().why}
          </p>
        )}
      </Show>
      {props.children}
      <div class="cdp-actions">
        <button
          type="button"
          data-cdp="back"
          disabled={props.info.index === 0 || props.info.interruption}
          on:click={() => props.onAction('back')}
        >
          Précédent
        </button>
        <button
          type="button"
          data-cdp="help-button"
          on:click={() => {
            props.onHelp();
            props.onAction('help');
          }}
        >
          Je ne trouve pas
        </button>
        <button type="button" data-cdp="quit" on:click={() => props.onAction('quit')}>
          Quitter
        </button>
      </div>
    </>
  );
}
