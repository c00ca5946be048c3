// The counsellor's page, behind the counsellor's lock (./CounsellorLock.tsx): a guide (with how
// much of it was checked on the real site) and a level to make a session link and its printable
// QR code, a way to the session report, « J'ai vu la demande d'aide », and « Fermer l'espace ».
import { createSignal, For, Show, type JSX } from 'solid-js';
import { buildSessionLink } from '../counsellor';
import type { Catalogue } from '../guide';
import { AdminNotice } from './AdminNotice';
import { CounsellorLock, type LockPort } from './CounsellorLock';
import { COUNSELLOR_CSS } from './counsellor-styles';
import { GuideEvidence } from './GuideEvidence';
import { LevelChoice } from './LevelChoice';
import { levelName, type Level } from './levels';
import { QrCode } from './QrCode';
import { useText } from './text';

export interface CounsellorSpaceProps {
  catalogue: Catalogue;
  lock: LockPort;
  /** Ends the unlock (« Fermer l'espace médiateur »). */
  closeSpace: () => Promise<void>;
  openReport: () => void;
  /** Answers every waiting « J'ai besoin d'aide » (the « ? » leaves the toolbar). */
  clearHelp: () => Promise<void>;
  print: () => void;
  /** The policy's notices (malformed settings), for the administrator. */
  notices: readonly string[];
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
  const { t } = useText();
  const [helpCleared, setHelpCleared] = createSignal(false);
  return (
    <main>
      <style>{COUNSELLOR_CSS}</style>
      <h1 class="no-print">Espace médiateur</h1>
      <CounsellorLock port={props.lock}>
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
          <button type="button" onClick={() => void props.closeSpace()} data-testid="close-space">
            {t('pin.close')}
          </button>
          <Show when={helpCleared()}>
            <span role="status">Le signal d'aide est enlevé.</span>
          </Show>
        </nav>
        <LinkMaker catalogue={props.catalogue} print={props.print} />
      </CounsellorLock>
      <AdminNotice notices={props.notices} />
    </main>
  );
}
