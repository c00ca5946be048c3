// The popup's content: the guides for the current site first, then all guides; start one,
// see the progress of the running one, stop it. Plain French, large targets.
import { createResource, createSignal, For, Show, type JSX } from 'solid-js';
import type { Catalogue, Guide } from '../guide';
import type { Request, Response, SessionSnapshot } from '../messaging';
import { LevelChoice } from './LevelChoice';
import { type Level } from './levels';
import { POPUP_CSS } from './popup-styles';

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

  const GuideButton = (p: { guide: Guide }) => (
    <li>
      <button type="button" class="guide" data-guide={p.guide.id} onClick={() => void start(p.guide)}>
        <span class="title">{p.guide.title}</span>
        <span class="summary">{p.guide.summary}</span>
      </button>
    </li>
  );

  return (
    <main>
      <style>{POPUP_CSS}</style>
      <h1>Coup de pouce</h1>
      <Show when={session()}>
        {(s) => (
          <section class="running" aria-labelledby="running-title">
            <h2 id="running-title">Démarche en cours</h2>
            <Show when={hidden() && s().state.status === 'running'}>
              <p role="alert" data-testid="coach-hidden">
                <strong>La page cache le coach.</strong> Suivez seulement l'étape écrite ici.
              </p>
            </Show>
            <p class="running-title">{s().guide.title}</p>
            <p data-testid="progress">
              {s().state.status === 'finished'
                ? 'Terminée.'
                : `Étape ${s().state.stepIndex + 1} sur ${s().guide.steps.length}`}
            </p>
            <Show when={s().state.status === 'running' && s().guide.steps[s().state.stepIndex]}>
              {(step) => <p data-testid="step-say">{step().say}</p>}
            </Show>
            <div class="running-actions">
              <Show when={s().state.status === 'running'}>
                <button type="button" class="resume" onClick={() => void resume()}>
                  Reprendre
                </button>
              </Show>
              <button type="button" class="stop" onClick={() => void stop()}>
                Arrêter
              </button>
            </div>
          </section>
        )}
      </Show>
      <LevelChoice legend="Comment voulez-vous être aidé ?" value={level()} onChange={setLevel} />
      <Show when={sections().here.length > 0}>
        <h2>Sur ce site</h2>
        <ul>
          <For each={sections().here}>{(guide) => <GuideButton guide={guide} />}</For>
        </ul>
      </Show>
      <h2>{sections().here.length > 0 ? 'Toutes les démarches' : 'Choisissez une démarche'}</h2>
      <ul>
        <For each={sections().others}>{(guide) => <GuideButton guide={guide} />}</For>
      </ul>
    </main>
  );
}
