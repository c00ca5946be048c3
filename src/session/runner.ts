// Runs the current step inside one page: locates its target, watches for the learner's action,
// and says what the overlay should show. Every listener and watcher belongs to the step's
// lifetime; advancing is applied locally at once (so a click that also finishes the next
// step is not missed) and reported to the background, which stays the authority.
import type { Guide, Risk, SimpleDone, Step, Target } from '../guide';
import { locate, revealGently, watchTarget, type LocateResult } from '../locate';
import { matchAnyUrlPattern } from '../shared/url-pattern';
import { completesStep, type CompletionEvent } from './completion';
import { transition, type SessionState } from './machine';
import { viewFor } from './view';

export interface StepInfo {
  guideTitle: string;
  index: number;
  total: number;
  say: string;
  /** How the learner would name the element (« Mon Compte »), when the guide gives a name. */
  targetName?: string;
  /** The step is a risky action: what will happen, said before the learner acts. */
  risk?: Risk;
  /** The coach moved to this step because the page showed it (« On reprend ici »). */
  resumed?: boolean;
  /** No progress for a while: the target pulses and the help is open. */
  stuck?: boolean;
}

export type CoachView =
  | { kind: 'none' }
  | { kind: 'searching'; info: StepInfo }
  | { kind: 'step'; info: StepInfo; element: Element }
  | { kind: 'not-found'; info: StepInfo; reason: 'missing' | 'ambiguous' | 'hidden' }
  | { kind: 'elsewhere'; info: StepInfo }
  /** A step with nothing to point at (waiting for a page, say): its text, without an arrow. */
  | { kind: 'note'; info: StepInfo }
  | { kind: 'finished'; guideTitle: string; total: number };

export interface RunnerSnapshot {
  guide: Guide;
  state: SessionState;
}

export interface RunnerOptions {
  doc: Document;
  signal: AbortSignal;
  /** How long a target may be missing before the learner is told (pages render in steps). */
  graceMs?: number;
  onView: (view: CoachView) => void;
  onStepDone: (guideId: string, stepId: string) => void;
  /** The page shows another step of the guide than the session's: resync there. */
  onJump: (guideId: string, stepId: string) => void;
}

/** The name a learner would look for: the first role name, label or text the guide gives. */
export function targetName(target: Target | undefined): string | undefined {
  for (const signal of target?.any ?? []) {
    switch (signal.kind) {
      case 'role':
        return signal.name[0];
      case 'label':
        return signal.label[0];
      case 'text':
        return signal.text[0];
      case 'placeholder':
        return signal.placeholder[0];
      case 'css':
      case 'id':
      case 'attr':
      case 'href':
      case 'tag':
        break;
    }
  }
  return undefined;
}

/** How long the coach lets the learner try alone before pointing, per level (risky steps: never). */
const LEVEL_WAIT_MS: Record<SessionState['level'], number | null> = { decouvre: 0, entraine: 6000, debrouille: null };
/** No progress on a step for this long: the target pulses and the help opens. */
const STUCK_MS: Record<SessionState['level'], number> = { decouvre: 30_000, entraine: 40_000, debrouille: 45_000 };

/** Share of a target's signal weight needed to move the learner to that step on resync. */
const RESYNC_MIN_SCORE = 0.6;

const COMPLETION_EVENTS: readonly CompletionEvent[] = ['click', 'input', 'change', 'submit'];

export function createStepRunner(options: RunnerOptions) {
  const { doc, signal } = options;
  const win = doc.defaultView ?? window;
  let current: RunnerSnapshot | null = null;
  let stepLife: AbortController | undefined;

  const sameStep = (a: RunnerSnapshot | null, b: RunnerSnapshot | null) =>
    a !== null &&
    b !== null &&
    a.guide.id === b.guide.id &&
    a.state.status === b.state.status &&
    a.state.stepIndex === b.state.stepIndex;

  let resumedStepId: string | undefined;
  /** The learner chose the step themselves (« Précédent »): no resync until the page changes. */
  let learnerChose = false;

  /**
   * The step this page shows: the nearest one after the session's step whose page is this one and
   * whose target is clearly here, else the nearest one before it. (The furthest would skip steps
   * when one view holds several targets, such as a code field and its « Valider ».) Moving the
   * learner needs stronger evidence than pointing: a weak match elsewhere must not pull the guide.
   */
  function resyncTarget(snapshot: RunnerSnapshot, current: number): number | undefined {
    const steps = snapshot.guide.steps;
    const order = [...steps.keys()]
      .filter((i) => i > current)
      .concat([...steps.keys()].filter((i) => i < current).reverse());
    for (const i of order) {
      const step = steps[i];
      if (!step || !matchAnyUrlPattern(step.page, win.location.href)) continue;
      if (!step.target) return i;
      const result = locate(step.target, doc);
      if (result.status === 'found' && result.score >= RESYNC_MIN_SCORE) return i;
    }
    return undefined;
  }

  function jump(snapshot: RunnerSnapshot, index: number): void {
    const step = snapshot.guide.steps[index];
    if (!step) return;
    resumedStepId = step.id;
    // The background decides: it accepts a jump only from the window's active tab, so two tabs
    // cannot pull the guide back and forth. Its answer (or push) moves this page.
    options.onJump(snapshot.guide.id, step.id);
  }

  /** While the page does not match the session's step, watch for one of the guide's steps to appear. */
  function watchForResync(snapshot: RunnerSnapshot, current: number, life: AbortSignal): boolean {
    const candidates = snapshot.guide.steps
      .map((step, i) => ({ step, i }))
      .filter(({ step, i }) => i !== current && matchAnyUrlPattern(step.page, win.location.href));
    if (!candidates.length) return false;
    for (const { step, i } of candidates) {
      if (!step.target) {
        queueMicrotask(() => life.aborted || jump(snapshot, resyncTarget(snapshot, current) ?? i));
        return true;
      }
      watchTarget(step.target, doc, {
        signal: life,
        onResult: (result) => {
          if (result.status !== 'found') return;
          queueMicrotask(() => {
            const index = life.aborted ? undefined : resyncTarget(snapshot, current);
            if (index !== undefined) jump(snapshot, index);
          });
        },
      });
    }
    return true;
  }

  function advance(snapshot: RunnerSnapshot, step: Step): void {
    const next = transition(
      snapshot.state,
      { type: 'step-done', stepId: step.id, at: Date.now() },
      snapshot.guide.steps.map((s) => s.id),
    );
    options.onStepDone(snapshot.guide.id, step.id);
    update({ guide: snapshot.guide, state: next }, 'local');
  }

  function runStep(snapshot: RunnerSnapshot, step: Step, info: StepInfo, life: AbortSignal): void {
    const { done } = step;
    const conditions: readonly SimpleDone[] = done.kind === 'any' || done.kind === 'all' ? done.of : [done];
    const met = conditions.map(() => false);
    let finished = false;
    // Events complete a step at once (a click can also finish the next step); state changes
    // complete it after the current task, never from inside a watcher's first report.
    const settle = (now: boolean) => {
      if (finished || life.aborted) return;
      if (!(done.kind === 'all' ? met.every(Boolean) : met.some(Boolean))) return;
      finished = true;
      if (now) advance(snapshot, step);
      else queueMicrotask(() => life.aborted || advance(snapshot, step));
    };
    conditions.forEach((condition, i) => {
      const watchState = (target: Target, when: (found: boolean) => boolean) =>
        watchTarget(target, doc, {
          signal: life,
          onResult: (result) => {
            met[i] = when(result.status === 'found');
            settle(false);
          },
        });
      switch (condition.kind) {
        case 'url':
          met[i] = matchAnyUrlPattern(condition.url, win.location.href);
          return;
        case 'visible':
          watchState(condition.target, (found) => found);
          return;
        case 'gone':
          watchState(condition.target, (found) => !found);
          return;
        case 'text':
          watchState({ any: [{ kind: 'text', text: condition.text }] }, (found) => found);
          return;
        case 'click':
        case 'submit':
        case 'input':
        case 'choose':
          return;
      }
    });
    settle(false);
    if (!step.target) {
      options.onView({ kind: 'note', info });
      return;
    }
    let element: Element | undefined;
    let grace: ReturnType<typeof setTimeout> | undefined;
    let later: ReturnType<typeof setTimeout> | undefined;
    let stuckTimer: ReturnType<typeof setTimeout> | undefined;
    const listened = new WeakSet<Window>();
    // Completion is heard in the capture phase of the window that shows the element (an element
    // in a same-origin iframe fires its events in the iframe's window, not ours).
    const listenIn = (target: Window) => {
      if (listened.has(target)) return;
      listened.add(target);
      for (const type of COMPLETION_EVENTS) {
        target.addEventListener(
          type,
          (event) => {
            if (!event.isTrusted || !element || life.aborted) return;
            const path = event.composedPath();
            conditions.forEach((condition, i) => {
              if (completesStep(condition, type, path, element as Element)) met[i] = true;
            });
            settle(true);
          },
          { capture: true, signal: life },
        );
      }
    };
    const show = (result: LocateResult) => {
      clearTimeout(grace);
      if (result.status === 'found') {
        element = result.element;
        const view = element.ownerDocument.defaultView;
        if (view) listenIn(view);
        const found = element;
        const point = (stuck: boolean) => {
          if (life.aborted || element !== found) return;
          revealGently(found);
          options.onView({ kind: 'step', info: stuck ? { ...info, stuck } : info, element: found });
        };
        // The level decides when to point: at once, after hesitation, or only when stuck.
        // Risky steps are always pointed at once.
        const level = step.risk ? 'decouvre' : snapshot.state.level;
        const wait = LEVEL_WAIT_MS[level];
        clearTimeout(later);
        clearTimeout(stuckTimer);
        if (wait === 0) point(false);
        else {
          options.onView({ kind: 'searching', info });
          if (wait !== null) later = setTimeout(() => point(false), wait);
        }
        stuckTimer = setTimeout(() => point(true), STUCK_MS[snapshot.state.level]);
        return;
      }
      element = undefined;
      options.onView({ kind: 'searching', info });
      grace = setTimeout(() => {
        if (life.aborted) return;
        // The page may show another step (a view changed without a click we saw): resync there.
        const other = resyncTarget(snapshot, snapshot.state.stepIndex);
        if (other !== undefined) jump(snapshot, other);
        else options.onView({ kind: 'not-found', info, reason: result.status });
      }, options.graceMs ?? 1500);
    };
    life.addEventListener(
      'abort',
      () => {
        clearTimeout(grace);
        clearTimeout(later);
        clearTimeout(stuckTimer);
      },
      { once: true },
    );
    listenIn(win);
    const needsClick = conditions.some((c) => c.kind === 'click' || c.kind === 'submit');
    watchTarget(step.target, doc, { signal: life, needsClick, onResult: show });
  }

  /**
   * Shows the session's step on this page. `local` updates come from this page's own advance or
   * resync: a click may be loading the next page, so no resync is attempted from them.
   */
  function update(snapshot: RunnerSnapshot | null, origin: 'local' | 'remote' = 'remote'): void {
    if (signal.aborted) return;
    if (sameStep(current, snapshot)) {
      current = snapshot;
      return;
    }
    current = snapshot;
    stepLife?.abort();
    stepLife = new AbortController();
    const life = stepLife.signal;
    signal.addEventListener('abort', () => stepLife?.abort(), { once: true, signal: life });
    if (!snapshot) {
      options.onView({ kind: 'none' });
      return;
    }
    const view = viewFor(snapshot.guide, snapshot.state, win.location.href);
    switch (view.kind) {
      case 'finished':
        options.onView({ kind: 'finished', guideTitle: snapshot.guide.title, total: view.total });
        return;
      case 'elsewhere':
      case 'step': {
        const name = targetName(view.step.target);
        const info: StepInfo = {
          guideTitle: snapshot.guide.title,
          index: view.index,
          total: view.total,
          say: view.step.say,
          ...(name ? { targetName: name } : {}),
          ...(view.step.risk ? { risk: view.step.risk } : {}),
          ...(resumedStepId === view.step.id ? { resumed: true } : {}),
        };
        resumedStepId = undefined;
        if (view.kind === 'step') {
          runStep(snapshot, view.step, info, life);
        } else if (origin === 'local' || learnerChose) {
          // Probably leaving for the step's page: say nothing unless we are still here in a while.
          options.onView({ kind: 'searching', info });
          const later = setTimeout(
            () => options.onView({ kind: 'elsewhere', info }),
            learnerChose ? 0 : (options.graceMs ?? 1500),
          );
          life.addEventListener('abort', () => clearTimeout(later), { once: true });
        } else {
          options.onView({ kind: 'elsewhere', info });
          watchForResync(snapshot, view.index, life);
        }
        return;
      }
    }
  }

  return {
    update,
    /** The learner moved through our buttons: keep their choice until the page changes. */
    learnerMoved() {
      learnerChose = true;
    },
    /** Re-evaluates the current step (after an SPA navigation, say). */
    refresh(snapshot = current) {
      learnerChose = false;
      current = null;
      update(snapshot);
    },
  };
}
