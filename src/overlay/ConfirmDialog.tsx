// The interruptive dialog before a risky action: what will happen, what to check, and two
// buttons. « Annuler » has the focus and a real Escape cancels (see mount.tsx); only a real click
// (isTrusted) answers, so a page cannot answer for the learner; « Je continue » also needs a press
// begun on it after the dialog appeared (./press-gate: no confirming by a double-click).
import { createSignal, onCleanup, onMount, Show, type JSX } from 'solid-js';
import type { Risk } from '../guide';
import type { OverlayKey } from '../look';
import { t } from './look';
import { createPressGate } from './press-gate';

const TITLES: Record<Risk['level'], OverlayKey> = {
  caution: 'dialogCaution',
  irreversible: 'dialogIrreversible',
  danger: 'dialogDanger',
};

export function ConfirmDialog(props: { risk: Risk; onAnswer: (yes: boolean) => void }): JSX.Element {
  let cancel!: HTMLButtonElement;
  const gate = createPressGate(performance.now());
  // `data-ready`: presses count from now (the browser tests wait for it, never for a time).
  const [ready, setReady] = createSignal(false);
  const timer = setTimeout(() => setReady(true), Math.max(0, gate.readyAt - performance.now()));
  onCleanup(() => clearTimeout(timer));
  // After the host is on the page (it may be attached just after this renders).
  onMount(() => queueMicrotask(() => cancel.focus()));
  const onKey = (event: KeyboardEvent) => (event.key === 'Enter' || event.key === ' ') && gate.press(event);
  return (
    <div class="cdp-backdrop">
      <div
        class="cdp-card cdp-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="cdp-dialog-title"
        aria-describedby="cdp-dialog-why"
        data-cdp="dialog"
        data-level={props.risk.level}
        data-ready={ready() ? 'true' : 'false'}
      >
        <p class="cdp-dialog-title" id="cdp-dialog-title">
          {t(TITLES[props.risk.level])}
        </p>
        <Show when={props.risk.french}>
          <p class="cdp-fr" data-cdp="french">
            {t('frenchOnly')}
          </p>
        </Show>
        <p class="cdp-say" id="cdp-dialog-why" data-cdp="why" dir="auto">
          {props.risk.why}
        </p>
        <Show when={props.risk.check}>
          {(check) => (
            <>
              <p>{t('checkFirst')}</p>
              <ul data-cdp="check" dir="auto">
                {/* A fixed list for the dialog's life: <For> would only add code to the content script. */}
                {/* eslint-disable-next-line solid/prefer-for */}
                {check().map((item) => (
                  <li>{item}</li>
                ))}
              </ul>
            </>
          )}
        </Show>
        <div class="cdp-actions">
          <button
            ref={cancel}
            type="button"
            data-cdp="cancel"
            on:click={(event: MouseEvent) => event.isTrusted && props.onAnswer(false)}
          >
            {t('cancel')}
          </button>
          <button
            type="button"
            class="cdp-primary"
            data-cdp="confirm"
            on:pointerdown={(event: PointerEvent) => gate.press(event)}
            on:keydown={onKey}
            on:click={(event: MouseEvent) => gate.click(event) && props.onAnswer(true)}
          >
            {t('confirm')}
          </button>
        </div>
      </div>
    </div>
  );
}
