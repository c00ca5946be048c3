// The counsellor's page: a PIN set on first use, asked every time the page opens (a growing wait
// after three wrong tries), then a guide (with how much of it was checked on the real site) and a
// level to make a session link and its printable QR code, a way to the session report, and
// « J'ai vu la demande d'aide ». The PIN itself is never
// stored: only its salted hash (src/counsellor/pin.ts).
import { createResource, createSignal, For, Match, Show, Switch, type JSX } from 'solid-js';
import {
  afterFailure,
  afterSuccess,
  buildSessionLink,
  hashPin,
  isValidPin,
  verifyPin,
  waitLeft,
  type LockState,
  type PinRecord,
} from '../counsellor';
import type { Catalogue } from '../guide';
import { COUNSELLOR_CSS } from './counsellor-styles';
import { GuideEvidence } from './GuideEvidence';
import { LevelChoice } from './LevelChoice';
import { levelName, type Level } from './levels';
import { QrCode } from './QrCode';
import { useText } from './text';

export interface PinStore {
  read(): Promise<PinRecord | undefined>;
  write(record: PinRecord): Promise<void>;
  readLock(): Promise<LockState>;
  writeLock(state: LockState): Promise<void>;
}

export interface CounsellorSpaceProps {
  catalogue: Catalogue;
  pins: PinStore;
  now: () => number;
  openReport: () => void;
  /** Answers every waiting « J'ai besoin d'aide » (the « ? » leaves the toolbar). */
  clearHelp: () => Promise<void>;
  print: () => void;
}

function seconds(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return s < 120 ? `${s} secondes` : `${Math.ceil(s / 60)} minutes`;
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

function CreatePin(props: { onCreated: () => void; pins: PinStore }) {
  let first: HTMLInputElement | undefined;
  let second: HTMLInputElement | undefined;
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const pin = first?.value ?? '';
    if (!isValidPin(pin)) return setError('Le code doit avoir de 4 à 8 chiffres.');
    if (pin !== second?.value) return setError('Les deux codes ne sont pas les mêmes.');
    setBusy(true);
    await props.pins.write(await hashPin(pin));
    await props.pins.writeLock(afterSuccess());
    if (first) first.value = '';
    if (second) second.value = '';
    setBusy(false);
    props.onCreated();
  };
  return (
    <form class="pin" onSubmit={(e) => void submit(e)} data-testid="create-pin">
      <h2>Choisissez un code pour cet espace</h2>
      <p>Ce code protège l'espace médiateur sur ce PC. Il a de 4 à 8 chiffres.</p>
      <PinInput id="new-pin" label="Nouveau code" ref={(el) => (first = el)} />
      <PinInput id="new-pin-again" label="Le même code, encore une fois" ref={(el) => (second = el)} />
      <Show when={error()}>
        <p class="error" role="alert">
          {error()}
        </p>
      </Show>
      <button type="submit" class="primary" disabled={busy()}>
        Enregistrer le code
      </button>
    </form>
  );
}

function Unlock(props: { record: PinRecord; pins: PinStore; now: () => number; onUnlocked: () => void }) {
  let input: HTMLInputElement | undefined;
  const [message, setMessage] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const pin = input?.value ?? '';
    if (input) input.value = '';
    setBusy(true);
    try {
      const lock = await props.pins.readLock();
      const left = waitLeft(lock, props.now());
      if (left > 0) return setMessage(`Trop d'essais. Réessayez dans ${seconds(left)}.`);
      if (await verifyPin(pin, props.record)) {
        await props.pins.writeLock(afterSuccess());
        props.onUnlocked();
        return;
      }
      const next = afterFailure(lock, props.now());
      await props.pins.writeLock(next);
      const wait = waitLeft(next, props.now());
      setMessage(wait > 0 ? `Code faux. Réessayez dans ${seconds(wait)}.` : 'Code faux.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="pin" onSubmit={(e) => void submit(e)} data-testid="unlock">
      <h2>Code de l'espace médiateur</h2>
      <PinInput id="pin" label="Votre code" ref={(el) => (input = el)} />
      <Show when={message()}>
        <p class="error" role="alert" data-testid="pin-message">
          {message()}
        </p>
      </Show>
      <button type="submit" class="primary" disabled={busy()}>
        Ouvrir
      </button>
    </form>
  );
}

function LinkMaker(props: { catalogue: Catalogue; print: () => void }) {
  // The counsellor's page stays in French: its entry gives it the French table.
  const { t } = useText();
  // The catalogue is built in: its first guide is a constant starting choice.
  // eslint-disable-next-line solid/reactivity
  const [guideId, setGuideId] = createSignal(props.catalogue.guides[0]?.id ?? '');
  const [level, setLevel] = createSignal<Level>('decouvre');
  const [made, setMade] = createSignal<{ link: string; title: string; level: Level } | undefined>();
  const chosen = () => props.catalogue.guides.find((g) => g.id === guideId());
  const make = (event: SubmitEvent) => {
    event.preventDefault();
    const guide = props.catalogue.guides.find((g) => g.id === guideId());
    if (guide) setMade({ link: buildSessionLink(guide, level()), title: guide.title, level: level() });
  };
  return (
    <section aria-labelledby="link-title">
      <form class="no-print" onSubmit={make}>
        <h2 id="link-title">Préparer un lien de séance</h2>
        <p class="field">
          <label for="guide">Démarche</label>
          <select
            id="guide"
            value={guideId()}
            onChange={(e) => setGuideId(e.currentTarget.value)}
            aria-describedby="guide-evidence"
          >
            <For each={props.catalogue.guides}>{(g) => <option value={g.id}>{g.title}</option>}</For>
          </select>
        </p>
        <Show when={chosen()}>{(g) => <GuideEvidence guide={g()} id="guide-evidence" />}</Show>
        <LevelChoice legend="Niveau de la personne" value={level()} onChange={setLevel} />
        <button type="submit" class="primary">
          Créer le lien
        </button>
      </form>
      <Show when={made()}>
        {(m) => (
          <div class="sheet" data-testid="session-link">
            <h2>{m().title}</h2>
            <p>Niveau : {levelName(m().level, t)}</p>
            <p>Sur le PC de la personne, ouvrez ce lien, ou scannez le code avec le téléphone.</p>
            <p class="link">
              <code data-testid="link-text">{m().link}</code>
            </p>
            <QrCode text={m().link} label={`Code QR du lien : ${m().title}`} />
            <p>Puis cliquez sur l'icône Coup de pouce et sur « Commencer ».</p>
            <button type="button" class="no-print" onClick={() => props.print()}>
              Imprimer
            </button>
          </div>
        )}
      </Show>
    </section>
  );
}

export function CounsellorSpace(props: CounsellorSpaceProps): JSX.Element {
  const [record, { refetch }] = createResource(async () => (await props.pins.read()) ?? null);
  const [open, setOpen] = createSignal(false);
  const [helpCleared, setHelpCleared] = createSignal(false);
  return (
    <main>
      <style>{COUNSELLOR_CSS}</style>
      <h1 class="no-print">Espace médiateur</h1>
      <Switch>
        <Match when={record() === null}>
          <CreatePin pins={props.pins} onCreated={() => void refetch()} />
        </Match>
        <Match when={!open() && record()}>
          {(r) => <Unlock record={r()} pins={props.pins} now={props.now} onUnlocked={() => setOpen(true)} />}
        </Match>
        <Match when={open()}>
          <nav class="no-print actions">
            <button type="button" onClick={() => props.openReport()}>
              Voir le compte rendu de la séance
            </button>
            <button
              type="button"
              onClick={() => void props.clearHelp().then(() => setHelpCleared(true))}
              data-testid="clear-help"
            >
              J'ai vu la demande d'aide
            </button>
            <Show when={helpCleared()}>
              <span role="status">Le signal d'aide est enlevé.</span>
            </Show>
          </nav>
          <LinkMaker catalogue={props.catalogue} print={props.print} />
        </Match>
      </Switch>
    </main>
  );
}
