// The counsellor's session report, printable (« Imprimer » gives a PDF): for each guide run, the
// steps done with their time, where help was asked, the warnings shown and the learner's choice.
// A name may be typed on the page for the printout; it is never stored or sent. The whole page is
// behind the counsellor's lock (`LockedReport`).
import { createSignal, For, Show, type JSX } from 'solid-js';
import { CounsellorLock, type LockPort } from './CounsellorLock';
import type { HelpSource, ReportRun, ReportWarning, SessionReport } from '../session';
import { levelName } from './levels';
import { REPORT_CSS } from './report-styles';
import { useText } from './text';

export interface SessionReportProps {
  report: SessionReport;
  /** How the service an address imitated is read after « peut-être pas » (« le vrai site de la Caf »). */
  serviceName: (id: string) => string;
  print: () => void;
}

export function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${String(s % 60).padStart(2, '0')} s`;
}

function clock(at: number): string {
  return new Date(at).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' });
}

const HELP_WORDS: Record<HelpSource, string> = {
  button: "A appuyé sur « J'ai besoin d'aide »",
  'help-asked': 'A demandé de l’aide au coach',
  stuck: 'Est resté bloqué : le coach a proposé son aide',
  missing: "Le coach n'a pas trouvé l'élément à montrer",
  ambiguous: "Le coach n'a pas su quel élément montrer",
  hidden: "L'élément à montrer était caché",
};

function choiceWords(warning: ReportWarning): string {
  switch (warning.choice) {
    case 'shown':
      return 'Pas de choix (page quittée)';
    case 'continue':
      return warning.kind === 'site' ? 'A continué quand même' : 'A continué (« Je continue »)';
    case 'genuine':
      return 'Est allé sur le vrai site';
    case 'cancel':
      return 'A annulé (« Annuler »)';
  }
}

function Helps(props: { helps: ReportRun['helps'] }) {
  return (
    <Show when={props.helps.length > 0} fallback={<p>Aucune demande d'aide.</p>}>
      <ul data-testid="helps">
        <For each={props.helps}>
          {(help) => (
            <li>
              {`${clock(help.at)} — ${HELP_WORDS[help.source]}`}
              {help.stepNumber !== undefined ? ` (étape ${help.stepNumber} : ${help.stepSay})` : ''}
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

function Warnings(props: { warnings: ReportWarning[]; serviceName: (id: string) => string }) {
  return (
    <Show when={props.warnings.length > 0} fallback={<p>Aucun avertissement.</p>}>
      <ul data-testid="warnings">
        <For each={props.warnings}>
          {(warning) => (
            <li>
              {warning.kind === 'site'
                ? `${clock(warning.at)} — Site douteux (peut-être pas ${props.serviceName(warning.about)}) : `
                : `${clock(warning.at)} — Action risquée (« ${warning.about} ») : `}
              <strong>{choiceWords(warning)}</strong>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

function Run(props: { run: ReportRun; serviceName: (id: string) => string }) {
  // The report stays in French: its entry gives it the French table.
  const { t } = useText();
  const total = () => props.run.steps.reduce((sum, s) => sum + s.ms, 0);
  const status = () =>
    props.run.end === 'finished' ? 'Terminée' : props.run.end === 'quit' ? 'Arrêtée' : 'En cours ou interrompue';
  return (
    <article class="run" data-testid="run">
      <h2>{props.run.title}</h2>
      <p>
        {`Niveau : ${levelName(props.run.level, t)}. Début : ${clock(props.run.startedAt)}. ${status()}. `}
        {`Étapes faites : ${props.run.steps.filter((s) => s.outcome === 'done').length} sur ${props.run.totalSteps}.`}
      </p>
      <table data-testid="steps">
        <thead>
          <tr>
            <th scope="col">N°</th>
            <th scope="col">Étape</th>
            <th scope="col">Temps</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.run.steps}>
            {(step) => (
              <tr>
                <td>{step.number}</td>
                <td>{step.outcome === 'skipped' ? `${step.say} (passée)` : step.say}</td>
                <td>{duration(step.ms)}</td>
              </tr>
            )}
          </For>
        </tbody>
        <tfoot>
          <tr>
            <td />
            <th scope="row">Total</th>
            <td>{duration(total())}</td>
          </tr>
        </tfoot>
      </table>
      <h3>Aide</h3>
      <Helps helps={props.run.helps} />
      <h3>Avertissements</h3>
      <Warnings warnings={props.run.warnings} serviceName={props.serviceName} />
    </article>
  );
}

export function SessionReportView(props: SessionReportProps): JSX.Element {
  const [name, setName] = createSignal('');
  const outside = () => props.report.outside;
  return (
    <main>
      <style>{REPORT_CSS}</style>
      <h1>Compte rendu de séance</h1>
      <p class="no-print field">
        <label for="learner-name">
          Nom de la personne (facultatif, pour l'impression seulement, jamais enregistré)
        </label>
        <input id="learner-name" type="text" autocomplete="off" onInput={(e) => setName(e.currentTarget.value)} />
      </p>
      <Show when={name()}>
        <p class="print-name">Personne accompagnée : {name()}</p>
      </Show>
      <p>{`Date : ${new Date().toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' })}`}</p>
      <button type="button" class="no-print primary" onClick={() => props.print()}>
        Imprimer
      </button>
      <Show when={props.report.runs.length > 0} fallback={<p>Aucune démarche faite pendant cette séance.</p>}>
        <For each={props.report.runs}>{(run) => <Run run={run} serviceName={props.serviceName} />}</For>
      </Show>
      <Show when={outside().helps.length > 0 || outside().warnings.length > 0}>
        <article class="run">
          <h2>En dehors d'une démarche</h2>
          <Show when={outside().helps.length > 0}>
            <h3>Aide</h3>
            <Helps helps={outside().helps} />
          </Show>
          <Show when={outside().warnings.length > 0}>
            <h3>Avertissements</h3>
            <Warnings warnings={outside().warnings} serviceName={props.serviceName} />
          </Show>
        </article>
      </Show>
      <p class="note">
        Ce compte rendu ne contient aucune information tapée par la personne. Il est effacé à la fin de la session.
      </p>
    </main>
  );
}

/** The report page: the PIN entry in the report's frame until unlocked, then `children` (the report). */
export function LockedReport(props: { lock: LockPort; children: JSX.Element }): JSX.Element {
  return (
    <CounsellorLock
      port={props.lock}
      frame={(locked) => (
        <main>
          <style>{REPORT_CSS}</style>
          <h1>Compte rendu de séance</h1>
          {locked}
        </main>
      )}
    >
      {props.children}
    </CounsellorLock>
  );
}
