// The content of a step card: progress, « Écouter », the pictogram of the action, what to do, and
// the three buttons every step offers. Text in the learner's language; a step with no translation
// is said in French, marked. Buttons use native on:click: Solid's delegated onClick listens on
// document, which cannot see inside our closed shadow root.
import { createSignal, onMount, Show, type JSX } from 'solid-js';
import { Icon } from './Icon';
import { look, t } from './look';
import { speak } from './speech';
import type { OverlayAction, StepInfo } from './view';

export function StepCard(props: {
  info: StepInfo;
  onAction: (action: OverlayAction) => void;
  onHelp: () => void;
  children?: JSX.Element;
}): JSX.Element {
  const [mute, setMute] = createSignal(false);
  const read = (once?: boolean) =>
    setMute(
      !speak(
        props.info.risk ? `${props.info.say} ${props.info.risk.why}` : props.info.say,
        props.info.french ? 'fr' : look().lang,
        once,
      ),
    );
  onMount(() => look().autoRead && read(true));
  return (
    <>
      <div class="cdp-head">
        <span class="cdp-progress" data-cdp="progress">
          {props.info.interruption ? t('before') : t('step', { n: props.info.index + 1, total: props.info.total })}
        </span>
        <span>{props.info.guideTitle}</span>
        <button type="button" data-cdp="listen" on:click={() => read()}>
          <Icon d={look().speaker} />
          {t('listen')}
        </button>
      </div>
      <Show when={mute()}>
        <p class="cdp-fr" data-cdp="no-voice" role="status">
          {t('noVoice')}
        </p>
      </Show>
      <Show when={props.info.resumed}>
        <p class="cdp-resumed" data-cdp="resumed">
          {t('resumed')}
        </p>
      </Show>
      <Show when={props.info.french}>
        <p class="cdp-fr" data-cdp="french">
          {t('frenchOnly')}
        </p>
      </Show>
      <div class="cdp-step">
        <Show when={props.info.act}>
          {(act) => (
            <span class="cdp-act" data-cdp="act" data-act={act()}>
              <Icon d={look().acts[act()][1]} />
              {look().acts[act()][0]}
            </span>
          )}
        </Show>
        <div>
          <p class="cdp-say" data-cdp="say" dir="auto" lang={props.info.french ? 'fr' : look().lang}>
            {props.info.say}
          </p>
          <Show when={props.info.risk}>
            {(risk) => (
              <p class="cdp-risk" data-cdp="risk" data-level={risk().level} dir="auto">
                <strong>{risk().level === 'caution' ? t('caution') : t('important')}</strong> {risk().why}
              </p>
            )}
          </Show>
        </div>
      </div>
      {props.children}
      <div class="cdp-actions">
        <button
          type="button"
          data-cdp="back"
          disabled={props.info.index === 0 || props.info.interruption}
          on:click={() => props.onAction('back')}
        >
          {t('back')}
        </button>
        <button
          type="button"
          data-cdp="help-button"
          on:click={() => {
            props.onHelp();
            props.onAction('help');
          }}
        >
          {t('notFound')}
        </button>
        <button type="button" data-cdp="quit" on:click={() => props.onAction('quit')}>
          {t('quit')}
        </button>
      </div>
    </>
  );
}
