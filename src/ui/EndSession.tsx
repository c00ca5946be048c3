// « Terminer ma session »: the popup's button for leaving a shared PC clean. It shows what the
// session left (sites to log out of, files downloaded, tabs open), asks whether to delete the files
// and close the tabs, then has the background wipe everything about the learner. In the learner's
// language; the wipe takes their display choices too, so the page turns French again.
import { createSignal, For, Match, Show, Switch, type JSX } from 'solid-js';
import type { EndSummary, Request, Response } from '../messaging';
import { CheckChoice } from './CheckChoice';
import { useText } from './text';

export interface EndSessionProps {
  send: (request: Request) => Promise<Response>;
  /** Called once the wipe is done (the popup shows a fresh picker). */
  ended?: () => void;
}

type Stage = { kind: 'idle' } | { kind: 'asking'; summary: EndSummary } | { kind: 'done'; sites: string[] };

export function EndSession(props: EndSessionProps): JSX.Element {
  const { t } = useText();
  const logoutSentence = (sites: readonly string[]) => t('popup.end.logout', { sites: sites.join(', ') });
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
            {t('popup.end.button')}
          </button>
          <p class="end-help">{t('popup.end.help')}</p>
        </Match>
        <Match when={stage().kind === 'asking' && (stage() as Extract<Stage, { kind: 'asking' }>).summary}>
          {(summary) => (
            <>
              <h2 id="end-title">{t('popup.end.button')}</h2>
              <Show when={summary().sites.length > 0}>
                <p class="logout" data-testid="logout-reminder">
                  {logoutSentence(summary().sites)}
                </p>
              </Show>
              <Show when={summary().downloads.length > 0}>
                <CheckChoice class="end-choice" testId="delete-downloads" checked={deleteFiles()} set={setDeleteFiles}>
                  {t('popup.end.deleteFiles')}{' '}
                  <For each={summary().downloads}>
                    {(file, index) => (
                      <>
                        {index() > 0 ? ', ' : ''}
                        <strong data-testid="download-name">{file.name}</strong>
                      </>
                    )}
                  </For>
                  .
                </CheckChoice>
              </Show>
              <Show when={summary().tabs > 0}>
                <CheckChoice class="end-choice" testId="close-tabs" checked={closeTabs()} set={setCloseTabs}>
                  {summary().tabs === 1 ? t('popup.end.closeTab') : t('popup.end.closeTabs', { n: summary().tabs })}
                </CheckChoice>
              </Show>
              <p>{t('popup.end.forget')}</p>
              <div class="end-actions">
                <button type="button" class="end-confirm" onClick={() => void end(summary())}>
                  {t('popup.end.confirm')}
                </button>
                <button type="button" class="end-cancel" onClick={() => setStage({ kind: 'idle' })}>
                  {t('popup.end.cancel')}
                </button>
              </div>
            </>
          )}
        </Match>
        <Match when={stage().kind === 'done' && (stage() as Extract<Stage, { kind: 'done' }>).sites}>
          {(sites) => (
            <div role="status" data-testid="end-done">
              <p>
                <strong>{t('popup.end.done')}</strong>
              </p>
              <Show when={sites().length > 0}>
                <p class="logout">{logoutSentence(sites())}</p>
              </Show>
              <p>{t('popup.end.bye')}</p>
            </div>
          )}
        </Match>
      </Switch>
      <Show when={failed()}>
        <p role="alert">{t('popup.end.failed')}</p>
      </Show>
    </section>
  );
}
