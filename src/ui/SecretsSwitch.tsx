// The popup's switch for the secrets check: on, the browser asks the learner for the optional
// « all sites » permission; off, it is given back. The permission is the setting: nothing else
// is stored, and an administrator can grant it by policy (docs/deployment.md, issue 6).
import { createResource, createSignal, Show, type JSX } from 'solid-js';

export interface SecretsSwitchProps {
  granted: () => Promise<boolean>;
  /** Must run in the click's own task: the browser asks only after a real gesture. */
  request: () => Promise<boolean>;
  remove: () => Promise<boolean>;
}

export function SecretsSwitch(props: SecretsSwitchProps): JSX.Element {
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
      <h2 id="secrets-title">Protection</h2>
      <label class="secrets-switch">
        <input type="checkbox" data-testid="secrets-switch" checked={granted() === true} onChange={toggle} />
        <span>
          Me prévenir avant de donner une information secrète à un site non officiel. Par exemple : mon numéro de
          sécurité sociale, mon IBAN, un mot de passe.
        </span>
      </label>
      <Show when={refused()}>
        <p role="status">La protection n’est pas activée. Le navigateur n’a pas donné l’autorisation.</p>
      </Show>
    </section>
  );
}
