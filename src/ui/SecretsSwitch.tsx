// The popup's switch for the secrets check: on, the browser asks the learner for the optional
// « all sites » permission; off, the background gives it back. The permission is the setting:
// nothing else is stored. With the policy's `secretsCheck: true` the switch, once on, is shown as
// the administrator's choice and cannot be turned off (the background refuses it too).
import { createResource, createSignal, Show, type JSX } from 'solid-js';
import { useText } from './text';

export interface SecretsSwitchProps {
  granted: () => Promise<boolean>;
  /** Must run in the click's own task: the browser asks only after a real gesture. */
  request: () => Promise<boolean>;
  /** Asks the background to give the permission back; false when it did not (refused, failed). */
  remove: () => Promise<boolean>;
  /** The policy keeps the check on (`secretsCheck: true`). */
  setByAdmin: boolean;
}

export function SecretsSwitch(props: SecretsSwitchProps): JSX.Element {
  const { t } = useText();
  const [granted, { mutate }] = createResource(() => props.granted().catch(() => false));
  const [refused, setRefused] = createSignal(false);
  const toggle = (event: Event & { currentTarget: HTMLInputElement }) => {
    const on = event.currentTarget.checked;
    const asked = on ? props.request() : props.remove().then((removed) => !removed);
    void asked
      .catch(() => false)
      .then((now) => {
        mutate(now);
        setRefused(on && !now);
      });
  };
  return (
    <section class="secrets" aria-labelledby="secrets-title">
      <h2 id="secrets-title">{t('popup.secrets.title')}</h2>
      <label class="secrets-switch">
        <input
          type="checkbox"
          data-testid="secrets-switch"
          checked={granted() === true}
          disabled={props.setByAdmin && granted() === true}
          aria-describedby={props.setByAdmin && granted() === true ? 'secrets-by-admin' : undefined}
          onChange={toggle}
        />
        <span>{t('popup.secrets.switch')}</span>
      </label>
      <Show when={props.setByAdmin && granted() === true}>
        <p id="secrets-by-admin" data-testid="secrets-by-admin">
          {t('popup.secrets.byAdmin')}
        </p>
      </Show>
      <Show when={refused()}>
        <p role="status">{t('popup.secrets.refused')}</p>
      </Show>
    </section>
  );
}
