// « Terminer ma session »: the popup's button for leaving a shared PC clean. It shows what the
// session left, asks about files, tabs and « Me déconnecter de ces sites » (kiosk mode asks nothing:
// everything goes), has the background wipe, and says what the browser could not remove, here and
// whenever the page opens after such a wipe. In the learner's language.
import { createSignal, For, Match, onMount, Show, Switch, type JSX } from 'solid-js';
import type { WipeFailure } from '../kiosk';
import type { EndSummary, Request, Response } from '../messaging';
import { CheckChoice } from './CheckChoice';
import { useText } from './text';

export interface EndSessionProps {
  send: (request: Request) => Promise<Response>;
  /** Called once the wipe is done (the popup shows a fresh picker). */
  ended?: () => void;
}

type Stage =
  { kind: 'idle' } | { kind: 'asking'; summary: EndSummary } | { kind: 'done'; sites: string[]; failed: WipeFailure[] };

/** The session's downloaded files, by name, separated by commas. */
function FileNames(props: { files: readonly { name: string }[] }): JSX.Element {
  return (
    <For each={props.files}>
      {(file, index) => (
        <>
          {index() > 0 ? ', ' : ''}
          <strong data-testid="download-name">{file.name}</strong>
        </>
      )}
    </For>
  );
}

export function EndSession(props: EndSessionProps): JSX.Element {
  const { t } = useText();
  const logoutSentence = (sites: readonly string[]) => t('popup.end.logout', { sites: sites.join(', ') });
  const [stage, setStage] = createSignal<Stage>({ kind: 'idle' });
  const [deleteFiles, setDeleteFiles] = createSignal(true);
  const [closeTabs, setCloseTabs] = createSignal(true);
  const [logout, setLogout] = createSignal(true);
  const [failed, setFailed] = createSignal(false);
  // What an earlier wipe could not remove (this page may be the tab that wipe opened to say so).
  const [leftover, setLeftover] = createSignal<WipeFailure[]>([]);

  const summary = async () => {
    const response = await props.send({ type: 'kiosk/summary' }).catch(() => undefined);
    return response?.ok ? response.summary : undefined;
  };
  onMount(() => void summary().then((found) => setLeftover(found?.failed ?? [])));
  const ask = async () => {
    const found = await summary();
    setFailed(!found);
    if (found) setStage({ kind: 'asking', summary: found });
  };
  const end = async (asked: EndSummary) => {
    const response = await props
      .send({ type: 'kiosk/end', deleteDownloads: deleteFiles(), closeTabs: closeTabs(), logout: logout() })
      .catch(() => undefined);
    setFailed(!response?.ok);
    if (!response?.ok) return;
    setLeftover([]);
    setStage({ kind: 'done', sites: asked.sites, failed: response.summary?.failed ?? [] });
    props.ended?.();
  };

  const Leftover = (p: { failed: readonly WipeFailure[] }) => (
    <div role="alert" data-testid="wipe-leftover">
      <p>
        <strong>{t('popup.end.partly')}</strong>
      </p>
      <p>{t('popup.end.leftover', { what: p.failed.map((kind) => t(`popup.end.kind.${kind}`)).join(', ') })}</p>
      <p>{t('popup.end.tellSomeone')}</p>
    </div>
  );

  return (
    <section class="end-session" aria-labelledby="end-title">
      <Show when={stage().kind !== 'done' && leftover().length > 0}>
        <Leftover failed={leftover()} />
      </Show>
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
              <Show when={summary().kiosk}>
                <p data-testid="kiosk-all">{t('popup.end.kioskAll')}</p>
              </Show>
              <Show when={!summary().kiosk && summary().sites.length > 0}>
                <CheckChoice class="end-choice" testId="logout-sites" checked={logout()} set={setLogout}>
                  {t('popup.end.logoutSites')}
                </CheckChoice>
              </Show>
              <Show when={summary().downloads.length > 0}>
                <Show
                  when={!summary().kiosk}
                  fallback={
                    <p>
                      <FileNames files={summary().downloads} />
                    </p>
                  }
                >
                  <CheckChoice
                    class="end-choice"
                    testId="delete-downloads"
                    checked={deleteFiles()}
                    set={setDeleteFiles}
                  >
                    {t('popup.end.deleteFiles')} <FileNames files={summary().downloads} />.
                  </CheckChoice>
                </Show>
              </Show>
              <Show when={!summary().kiosk && summary().tabs > 0}>
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
        <Match when={stage().kind === 'done' && (stage() as Extract<Stage, { kind: 'done' }>)}>
          {(done) => (
            <div role="status" data-testid="end-done">
              <Show
                when={done().failed.length > 0}
                fallback={
                  <p>
                    <strong>{t('popup.end.done')}</strong>
                  </p>
                }
              >
                <Leftover failed={done().failed} />
              </Show>
              <Show when={done().sites.length > 0}>
                <p class="logout">{logoutSentence(done().sites)}</p>
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
