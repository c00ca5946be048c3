// « Terminer ma session »: the popup's button for leaving a shared PC clean. It shows what the
// session left (sites to log out of, files downloaded, tabs open), asks whether to delete the files
// and close the tabs, then has the background wipe everything about the learner. Plain French.
import { createSignal, For, Match, Show, Switch, type JSX } from 'solid-js';
import type { EndSummary, Request, Response } from '../messaging';

export interface EndSessionProps {
  send: (request: Request) => Promise<Response>;
  /** Called once the wipe is done (the popup shows a fresh picker). */
  ended?: () => void;
}

type Stage = { kind: 'idle' } | { kind: 'asking'; summary: EndSummary } | { kind: 'done'; sites: string[] };

/** One of the learner's two choices: a large checkbox with its sentence. */
function Choice(props: { testId: string; checked: boolean; set: (on: boolean) => void; children: JSX.Element }) {
  return (
    <label class="end-choice">
      <input
        type="checkbox"
        data-testid={props.testId}
        checked={props.checked}
        onChange={(event) => props.set(event.currentTarget.checked)}
      />
      <span>{props.children}</span>
    </label>
  );
}

const logoutSentence = (sites: readonly string[]) => `Pensez à vous déconnecter de : ${sites.join(', ')}.`;

export function EndSession(props: EndSessionProps): JSX.Element {
  const [stage, setStage] = createSignal<Stage>({ kind: 'idle' });
  const [deleteFiles, setDeleteFiles] = createSignal(true);
  const [closeTabs, setCloseTabs] = createSignal(true);
  const [failed, setFailed] = createSignal(false);

  const ask = async () => {
    const response = await props.send({ type: 'kiosk/summary' }).catch(() => undefined);
    setFailed(!response?.ok || !response.summary);
    if (response?.ok && response.summary) setStage({ kind: 'asking', summary: response.summary });
  };
  const end = async (summary: EndSummary) => {
    const response = await props
      .send({ type: 'kiosk/end', deleteDownloads: deleteFiles(), closeTabs: closeTabs() })
      .catch(() => undefined);
    setFailed(!response?.ok);
    if (!response?.ok) return;
    setStage({ kind: 'done', sites: summary.sites });
    props.ended?.();
  };

  return (
    <section class="end-session" aria-labelledby="end-title">
      <Switch>
        <Match when={stage().kind === 'idle'}>
          <button type="button" class="end" id="end-title" onClick={() => void ask()}>
            Terminer ma session
          </button>
          <p class="end-help">Avant de partir : Coup de pouce efface tout ce qu’il sait de vous.</p>
        </Match>
        <Match when={stage().kind === 'asking' && (stage() as Extract<Stage, { kind: 'asking' }>).summary}>
          {(summary) => (
            <>
              <h2 id="end-title">Terminer ma session</h2>
              <Show when={summary().sites.length > 0}>
                <p class="logout" data-testid="logout-reminder">
                  {logoutSentence(summary().sites)}
                </p>
              </Show>
              <Show when={summary().downloads.length > 0}>
                <Choice testId="delete-downloads" checked={deleteFiles()} set={setDeleteFiles}>
                  Supprimer les fichiers téléchargés :{' '}
                  <For each={summary().downloads}>
                    {(file, index) => (
                      <>
                        {index() > 0 ? ', ' : ''}
                        <strong data-testid="download-name">{file.name}</strong>
                      </>
                    )}
                  </For>
                  .
                </Choice>
              </Show>
              <Show when={summary().tabs > 0}>
                <Choice testId="close-tabs" checked={closeTabs()} set={setCloseTabs}>
                  {summary().tabs === 1 ? 'Fermer l’onglet ouvert.' : `Fermer les ${summary().tabs} onglets ouverts.`}
                </Choice>
              </Show>
              <p>Coup de pouce va oublier vos démarches.</p>
              <div class="end-actions">
                <button type="button" class="end-confirm" onClick={() => void end(summary())}>
                  Oui, tout effacer
                </button>
                <button type="button" class="end-cancel" onClick={() => setStage({ kind: 'idle' })}>
                  Annuler
                </button>
              </div>
            </>
          )}
        </Match>
        <Match when={stage().kind === 'done' && (stage() as Extract<Stage, { kind: 'done' }>).sites}>
          {(sites) => (
            <div role="status" data-testid="end-done">
              <p>
                <strong>C’est fini. Tout est effacé.</strong>
              </p>
              <Show when={sites().length > 0}>
                <p class="logout">{logoutSentence(sites())}</p>
              </Show>
              <p>Vous pouvez partir. Merci !</p>
            </div>
          )}
        </Match>
      </Switch>
      <Show when={failed()}>
        <p role="alert">Cela n’a pas marché. Demandez de l’aide à un conseiller.</p>
      </Show>
    </section>
  );
}
