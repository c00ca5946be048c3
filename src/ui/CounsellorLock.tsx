// The counsellor's lock in front of the counsellor page and the report: the PIN entry (the
// background verifies it and counts the tries), PIN creation only where the background allows it,
// « ask the administrator » where no PIN can be used, and what it guards only while the unlock
// lasts (it locks again when the unlock ends: expiry, wipe, « Fermer l'espace »).
import { createEffect, createResource, createSignal, Match, onCleanup, Show, Switch, type JSX } from 'solid-js';
import type { CounsellorReply } from '../messaging';
import { useText, type Translate } from './text';

export interface LockPort {
  /** Each answers the lock's state, or undefined when the background could not be asked. */
  status(): Promise<CounsellorReply | undefined>;
  unlock(pin: string): Promise<CounsellorReply | undefined>;
  create(pin: string): Promise<CounsellorReply | undefined>;
  /** Calls `changed` when the stored unlock changes (another page, the wipe); returns the unsubscribe. */
  watch(changed: () => void): () => void;
}

function waitWords(ms: number, t: Translate): string {
  const s = Math.ceil(ms / 1000);
  return s < 120 ? t('pin.seconds', { n: s }) : t('pin.minutes', { n: Math.ceil(s / 60) });
}

/** A PIN field: digits only, hidden, never kept beyond the form. */
function PinInput(props: { id: string; label: string; ref: (el: HTMLInputElement) => void }) {
  return (
    <p class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        ref={props.ref}
        type="password"
        inputmode="numeric"
        autocomplete="off"
        pattern="[0-9]{4,8}"
        minLength={4}
        maxLength={8}
        required
      />
    </p>
  );
}

function Message(props: { text: string }) {
  return (
    <Show when={props.text}>
      <p class="error" role="alert" data-testid="pin-message">
        {props.text}
      </p>
    </Show>
  );
}

function CreatePin(props: { port: LockPort; done: (reply: CounsellorReply | undefined) => void }) {
  const { t } = useText();
  let first: HTMLInputElement | undefined;
  let second: HTMLInputElement | undefined;
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const pin = first?.value ?? '';
    const again = second?.value ?? '';
    if (first) first.value = '';
    if (second) second.value = '';
    if (!/^\d{4,8}$/.test(pin)) return setError(t('pin.badShape'));
    if (pin !== again) return setError(t('pin.notSame'));
    setBusy(true);
    const reply = await props.port.create(pin).finally(() => setBusy(false));
    if (reply?.outcome === 'created') return props.done(reply);
    setError(reply?.outcome === 'refused' ? t('pin.refused') : t('pin.failed'));
  };
  return (
    <form class="pin" onSubmit={(e) => void submit(e)} data-testid="create-pin">
      <h2>{t('pin.createTitle')}</h2>
      <p>{t('pin.createText')}</p>
      <PinInput id="new-pin" label={t('pin.newPin')} ref={(el) => (first = el)} />
      <PinInput id="new-pin-again" label={t('pin.newPinAgain')} ref={(el) => (second = el)} />
      <Message text={error()} />
      <button type="submit" class="primary" disabled={busy()}>
        {t('pin.save')}
      </button>
    </form>
  );
}

function Unlock(props: { port: LockPort; fromAdmin: boolean; done: (reply: CounsellorReply | undefined) => void }) {
  const { t } = useText();
  let input: HTMLInputElement | undefined;
  const [message, setMessage] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const pin = input?.value ?? '';
    if (input) input.value = '';
    setBusy(true);
    const reply = await props.port.unlock(pin).finally(() => setBusy(false));
    const outcome = reply?.outcome;
    const wait = reply?.waitFor ?? 0;
    switch (outcome) {
      case 'unlocked':
        return props.done(reply);
      case 'wrong':
        return setMessage(wait > 0 ? t('pin.wrongWait', { time: waitWords(wait, t) }) : t('pin.wrong'));
      case 'waiting':
        return setMessage(t('pin.wait', { time: waitWords(wait, t) }));
      // No PIN any more (the policy changed), an answer to another request, or no answer: show
      // the lock's state again.
      case 'no-pin':
      case 'created':
      case 'refused':
      case 'invalid':
      case undefined:
        setMessage(t('pin.failed'));
        return props.done(reply);
      default:
        return outcome satisfies never;
    }
  };
  return (
    <form class="pin" onSubmit={(e) => void submit(e)} data-testid="unlock">
      <h2>{t('pin.title')}</h2>
      <Show when={props.fromAdmin}>
        <p data-testid="pin-from-admin">{t('pin.fromAdmin')}</p>
      </Show>
      <PinInput id="pin" label={t('pin.label')} ref={(el) => (input = el)} />
      <Message text={message()} />
      <button type="submit" class="primary" disabled={busy()}>
        {t('pin.open')}
      </button>
    </form>
  );
}

/** Shows `children` only while the background says the space is unlocked; `frame` wraps what shows
 * instead (the report's page frame). */
export function CounsellorLock(props: {
  port: LockPort;
  children: JSX.Element;
  frame?: (locked: JSX.Element) => JSX.Element;
}): JSX.Element {
  const [reply, { refetch, mutate }] = createResource(() => props.port.status());
  // eslint-disable-next-line solid/reactivity -- the port is a constant object of the page
  onCleanup(props.port.watch(() => void refetch()));
  // Locks again when the unlock runs out (the background's clock decides: ask it then).
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  createEffect(() => {
    const left = reply()?.unlockedFor ?? 0;
    clearTimeout(timer);
    if (left > 0) timer = setTimeout(() => void refetch(), left + 250);
  });
  const unlocked = () => (reply()?.unlockedFor ?? 0) > 0;
  const done = (next: CounsellorReply | undefined) => (next ? mutate(next) : void refetch());
  const frame = (locked: JSX.Element) => (props.frame ? props.frame(locked) : locked);
  return (
    <Show
      when={unlocked()}
      fallback={frame(<Locked reply={reply()} state={reply.state} port={props.port} done={done} />)}
    >
      {props.children}
    </Show>
  );
}

function Locked(props: {
  reply: CounsellorReply | undefined;
  state: string;
  port: LockPort;
  done: (reply: CounsellorReply | undefined) => void;
}) {
  const { t } = useText();
  const reply = () => props.reply;
  const done = (next: CounsellorReply | undefined) => props.done(next);
  return (
    <Switch>
      <Match when={reply()?.source === 'create'}>
        <CreatePin port={props.port} done={done} />
      </Match>
      <Match when={reply()?.source === 'ask-admin'}>
        <section role="status" data-testid="ask-admin">
          <h2>{reply()?.why === 'kiosk' ? t('pin.kioskTitle') : t('pin.brokenTitle')}</h2>
          <p>{reply()?.why === 'kiosk' ? t('pin.kiosk') : t('pin.broken')}</p>
        </section>
      </Match>
      <Match when={reply()?.source === 'policy' || reply()?.source === 'stored'}>
        <Unlock port={props.port} fromAdmin={reply()?.source === 'policy'} done={done} />
      </Match>
      <Match when={props.state === 'ready' && !reply()}>
        <p class="error" role="alert">
          {t('pin.failed')}
        </p>
      </Match>
    </Switch>
  );
}
