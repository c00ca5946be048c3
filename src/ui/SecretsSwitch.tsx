// The popup's switch for the secrets check: on, the browser asks the learner for the optional
// « all sites » permission; off, it is given back. The permission is the setting: nothing else
// is stored, and an administrator can grant it by policy (docs/deployment.md, issue 6).
import { createResource, createSignal, Show, type JSX } from 'solid-js';
import { useText } from './text';

export interface SecretsSwitchProps {
  granted: () => Promise<boolean>;
  /** Must run in the click's own task: the browser asks only after a real gesture. */
  request: () => Promise<boolean>;
  remove: () => Promise<boolean>;
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
        <input type="checkbox" data-testid="secrets-switch" checked={granted() === true} onChange={toggle} />
        <span>{t('popup.secrets.switch')}</span>
      </label>
      <Show when={refused()}>
        <p role="status">{t('popup.secrets.refused')}</p>
      </Show>
    </section>
  );
}
