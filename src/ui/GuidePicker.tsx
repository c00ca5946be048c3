// The popup's content: the guides for the current site first, then all guides; start one,
// see the progress of the running one, stop it. In the learner's language, large targets; the
// guides' titles and summaries are in the learner's language when translated, else in French,
// marked so (lang="fr").
import { createResource, createSignal, For, Show, type JSX } from 'solid-js';
import { guideWords, type Catalogue, type Guide } from '../guide';
import type { Request, Response, SessionSnapshot } from '../messaging';
import { LevelChoice } from './LevelChoice';
import { type Level } from './levels';
import { POPUP_CSS } from './popup-styles';
import { useText } from './text';

export interface PickerProps {
  catalogue: Catalogue;
  currentTab: () => Promise<{ windowId: number | undefined; url: string | undefined }>;
  send: (request: Request) => Promise<Response>;
  close: () => void;
  /** A page of this window hid the coach (the toolbar badge shows « ! » on its tab). */
  coachHidden?: (windowId: number | undefined) => Promise<boolean>;
  /** The administrator's policy: only these guides are offered (undefined: all). */
  enabledGuides?: readonly string[];
  /** The administrator's policy: the level chosen when the popup opens. */
  defaultLevel?: Level;
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

export function GuidePicker(props: PickerProps): JSX.Element {
  const text = useText();
  const { t } = text;
  const [tab] = createResource(() => props.currentTab());
  // The fetcher runs once the tab is known; props.send is a constant function.
  // eslint-disable-next-line solid/reactivity
  const [session, { mutate }] = createResource(tab, async (t): Promise<SessionSnapshot | null> => {
    const response = await props.send({
      type: 'session/get',
      ...(t.windowId !== undefined ? { windowId: t.windowId } : {}),
    });
    return response.ok ? response.snapshot : null;
  });
  // eslint-disable-next-line solid/reactivity -- props.coachHidden is a constant function, like props.send
  const [hidden] = createResource(tab, (t) => props.coachHidden?.(t.windowId) ?? false);

  const sections = () => {
    const host = hostOf(tab()?.url);
    const enabled = props.enabledGuides;
    const offered = props.catalogue.guides.filter((g) => !enabled || enabled.includes(g.id));
    const here = offered.filter((g) => host !== undefined && g.hosts.includes(host));
    const others = offered.filter((g) => !here.includes(g));
    return { here, others };
  };

  const windowPart = () => {
    const id = tab()?.windowId;
    return id !== undefined ? { windowId: id } : {};
  };

  // The policy's default is read once, when the popup opens; the learner may change it.
  const [level, setLevel] = createSignal<Level>(props.defaultLevel ?? 'decouvre');
  const start = async (guide: Guide) => {
    const response = await props.send({ type: 'session/start', guideId: guide.id, level: level(), ...windowPart() });
    if (response.ok) props.close();
  };
  const resume = async () => {
    const response = await props.send({ type: 'session/resume', ...windowPart() });
    if (response.ok) props.close();
  };
  const stop = async () => {
    const response = await props.send({ type: 'session/quit', ...windowPart() });
    if (response.ok) mutate(null);
  };

  const GuideButton = (p: { guide: Guide }) => {
    const words = () => guideWords(p.guide, text.language);
    return (
      <li>
        <button type="button" class="guide" data-guide={p.guide.id} onClick={() => void start(p.guide)}>
          <span class="title" lang={words().lang} dir="auto">
            {words().title}
          </span>
          <span class="summary" lang={words().lang} dir="auto">
            {words().summary}
          </span>
        </button>
      </li>
    );
  };

  return (
    <main>
      <style>{POPUP_CSS}</style>
      <h1>{t('extName')}</h1>
      <Show when={session()}>
        {(s) => (
          <section class="running" aria-labelledby="running-title">
            <h2 id="running-title">{t('popup.running')}</h2>
            <Show when={hidden() && s().state.status === 'running'}>
              <p role="alert" data-testid="coach-hidden">
                <strong>{t('popup.coachHidden')}</strong> {t('popup.coachHiddenAdvice')}
              </p>
            </Show>
            <p class="running-title" lang={guideWords(s().guide, text.language).lang} dir="auto">
              {s().guide.title}
            </p>
            <p data-testid="progress">
              {s().state.status === 'finished'
                ? t('popup.finished')
                : t('popup.step', { n: s().state.stepIndex + 1, total: s().guide.steps.length })}
            </p>
            <Show when={s().state.status === 'running' && s().guide.steps[s().state.stepIndex]}>
              {(step) => (
                <p data-testid="step-say" lang="fr" dir="auto">
                  {step().say}
                </p>
              )}
            </Show>
            <div class="running-actions">
              <Show when={s().state.status === 'running'}>
                <button type="button" class="resume" onClick={() => void resume()}>
                  {t('popup.resume')}
                </button>
              </Show>
              <button type="button" class="stop" onClick={() => void stop()}>
                {t('popup.stop')}
              </button>
            </div>
          </section>
        )}
      </Show>
      <LevelChoice legend={t('popup.levelsLegend')} value={level()} onChange={setLevel} />
      <Show when={sections().here.length > 0}>
        <h2>{t('popup.here')}</h2>
        <ul>
          <For each={sections().here}>{(guide) => <GuideButton guide={guide} />}</For>
        </ul>
      </Show>
      <h2>{sections().here.length > 0 ? t('popup.allGuides') : t('popup.chooseGuide')}</h2>
      <ul>
        <For each={sections().others}>{(guide) => <GuideButton guide={guide} />}</For>
      </ul>
    </main>
  );
}
