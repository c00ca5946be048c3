// Runs the current step inside one page: locates its target, watches for the learner's action,
// and says what the overlay should show. Every listener and watcher belongs to the step's
// lifetime; advancing is applied locally at once (so a click that also finishes the next
// step is not missed) and reported to the background, which stays the authority.
import type { Guide, Risk, SimpleDone, Step, Target } from '../guide';
import { revealGently, watchTarget, type LocateResult } from '../locate';
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

  function advance(snapshot: RunnerSnapshot, step: Step): void {
    const next = transition(
      snapshot.state,
      { type: 'step-done', stepId: step.id, at: Date.now() },
      snapshot.guide.steps.map((s) => s.id),
    );
    options.onStepDone(snapshot.guide.id, step.id);
    update({ guide: snapshot.guide, state: next });
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
        revealGently(element);
        options.onView({ kind: 'step', info, element });
        return;
      }
      element = undefined;
      options.onView({ kind: 'searching', info });
      grace = setTimeout(() => {
        if (!life.aborted) options.onView({ kind: 'not-found', info, reason: result.status });
      }, options.graceMs ?? 1500);
    };
    life.addEventListener('abort', () => clearTimeout(grace), { once: true });
    listenIn(win);
    const needsClick = conditions.some((c) => c.kind === 'click' || c.kind === 'submit');
    watchTarget(step.target, doc, { signal: life, needsClick, onResult: show });
  }

  function update(snapshot: RunnerSnapshot | null): void {
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
        };
        if (view.kind === 'elsewhere') options.onView({ kind: 'elsewhere', info });
        else runStep(snapshot, view.step, info, life);
        return;
      }
    }
  }

  return {
    update,
    /** Re-evaluates the current step (after an SPA navigation, say). */
    refresh() {
      const snapshot = current;
      current = null;
      update(snapshot);
    },
  };
}
