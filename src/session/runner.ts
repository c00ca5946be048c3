// Runs the current step inside one page: locates its target, watches for the learner's action,
// and says what the overlay should show. Every listener and watcher belongs to the step's
// lifetime; advancing is applied locally at once (so a click that also finishes the next
// step is not missed) and reported to the background, which stays the authority.
import type { ActionKind, Guide, Risk, SimpleDone, Step, Target } from '../guide';
import { locate, revealGently, watchTarget, type LocateResult } from '../locate';
import { hold, isReplaying, replay } from '../shared/hold';
import { matchAnyUrlPattern } from '../shared/url-pattern';
import { completesStep, type CompletionEvent } from './completion';
import { conditionHolds, watchCondition } from './condition';
import { nextIndex, type SessionState } from './machine';
import { viewFor, type PageView } from './view';

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
  /** The learner may skip this step (« Passer cette étape »). */
  optional?: boolean;
  /** A step that came up on this page (cookie banner, captcha); then the guide goes on. */
  interruption?: boolean;
  /** What the learner does (its pictogram), when the guide was given in their language. */
  act?: ActionKind;
  /** The step has no text in the learner's language: `say` is the French source. */
  french?: boolean;
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
  /** Skip the session's step: the learner asked (optional step), or its `when` is not shown. */
  onSkip: (guideId: string, stepId: string) => void;
  /** Asks the learner before a risky action; resolves true only on their real confirmation. */
  confirm: (risk: Risk) => Promise<boolean>;
  /** A local diagnostic of a step the learner struggled with (never a typed value). */
  onDiagnostic: (record: StepDiagnostic) => void;
}

export type DiagnosticReason = 'missing' | 'ambiguous' | 'hidden' | 'stuck' | 'help-asked';

/** Where a learner struggled: the step and what the locator tried. The caller adds the page path. */
export interface StepDiagnostic {
  guideId: string;
  stepId: string;
  reason: DiagnosticReason;
  /** The target's signals and what each matched, as short developer-facing text. */
  tried: string[];
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
  /** The step shown last and what locating its target gave, for diagnostics. */
  let shown: { guideId: string; stepId: string; result?: LocateResult; noted: Set<DiagnosticReason> } | undefined;

  /** Notes where the learner struggled, once per reason while the step is shown. */
  function diagnose(reason: DiagnosticReason): void {
    if (!shown || shown.noted.has(reason)) return;
    shown.noted.add(reason);
    // The guide's own signal as JSON (not pretty, but describeSignal would cost the content script).
    const tried = (shown.result?.tried ?? [])
      .slice(0, 12)
      .map((t) => `${JSON.stringify(t.signal)}: ${t.note}`.slice(0, 160));
    options.onDiagnostic({ guideId: shown.guideId, stepId: shown.stepId, reason, tried });
  }
  /** The learner chose the step themselves (« Précédent »): no resync until the page changes. */
  let learnerChose = false;
  /** The address the learner made that choice on: only another page ends it. */
  let choseOn = '';

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
      // A step with nothing to point at is no evidence that the page shows it.
      if (!step.target || (step.when && !conditionHolds(step.when, doc))) continue;
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
  function watchForResync(snapshot: RunnerSnapshot, current: number, life: AbortSignal): void {
    snapshot.guide.steps.forEach((step, i) => {
      if (i === current || !step.target || !matchAnyUrlPattern(step.page, win.location.href)) return;
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
    });
  }

  function advance(snapshot: RunnerSnapshot, step: Step): void {
    options.onStepDone(snapshot.guide.id, step.id);
    // Shown at once, before the background answers; it applies the same rule and stays the
    // authority (durations and times are its business).
    const index = nextIndex(snapshot.guide.steps, snapshot.state.stepIndex);
    const state: SessionState =
      index < snapshot.guide.steps.length
        ? { ...snapshot.state, stepIndex: index }
        : { ...snapshot.state, status: 'finished' };
    update({ guide: snapshot.guide, state }, 'local');
  }

  function runStep(snapshot: RunnerSnapshot, step: Step, info: StepInfo, life: AbortSignal, onDone: () => void): void {
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
      if (now) onDone();
      else queueMicrotask(() => life.aborted || onDone());
    };
    conditions.forEach((condition, i) => {
      switch (condition.kind) {
        case 'url':
        case 'visible':
        case 'gone':
        case 'text':
          watchCondition(condition, doc, life, (holds) => {
            met[i] = holds;
            settle(false);
          });
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
            // A replay is the learner's own action, confirmed in our dialog.
            if (!(event.isTrusted || isReplaying()) || !element || life.aborted) return;
            const path = event.composedPath();
            const hits = conditions.map((condition) => completesStep(condition, type, path, element as Element));
            if (!hits.some(Boolean)) return;
            const apply = () => {
              hits.forEach((hit, i) => hit && (met[i] = true));
              settle(true);
            };
            // A risky click or form sent waits for the learner's « Je continue » in our dialog.
            if (!step.risk || (type !== 'click' && type !== 'submit') || isReplaying()) return apply();
            hold(event);
            const submitter = (event as SubmitEvent).submitter;
            void options.confirm(step.risk).then((yes) => {
              if (!yes || life.aborted) return;
              apply();
              replay(type, path[0], submitter);
            });
          },
          { capture: true, signal: life },
        );
      }
    };
    shown = { guideId: snapshot.guide.id, stepId: step.id, noted: new Set() };
    const show = (result: LocateResult) => {
      clearTimeout(grace);
      if (shown?.stepId === step.id) shown.result = result;
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
        stuckTimer = setTimeout(() => {
          point(true);
          diagnose('stuck');
        }, STUCK_MS[snapshot.state.level]);
        return;
      }
      element = undefined;
      options.onView({ kind: 'searching', info });
      grace = setTimeout(() => {
        if (life.aborted) return;
        // The page may show another step (a view changed without a click we saw): resync there.
        const other = resyncTarget(snapshot, snapshot.state.stepIndex);
        if (other !== undefined) jump(snapshot, other);
        else {
          options.onView({ kind: 'not-found', info, reason: result.status });
          diagnose(result.status);
        }
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
        const info = infoFor(snapshot, view.step, view);
        resumedStepId = undefined;
        // The session's step runs in its own lifetime, so an interruption can pause it.
        let main: AbortController | undefined;
        const showMain = () => {
          main = childOf(life);
          showStep(snapshot, view, info, origin, main.signal);
        };
        showMain();
        watchInterruptions(snapshot, life, () => main?.abort(), showMain);
        return;
      }
    }
  }

  function childOf(parent: AbortSignal): AbortController {
    const child = new AbortController();
    parent.addEventListener('abort', () => child.abort(), { once: true, signal: child.signal });
    return child;
  }

  function infoFor(snapshot: RunnerSnapshot, step: Step, view: { index: number; total: number }): StepInfo {
    const name = targetName(step.target);
    return {
      guideTitle: snapshot.guide.title,
      index: view.index,
      total: view.total,
      say: step.say,
      ...(name ? { targetName: name } : {}),
      ...(step.risk ? { risk: step.risk } : {}),
      ...(resumedStepId === step.id ? { resumed: true } : {}),
      ...(step.optional ? { optional: true } : {}),
      act: step.act,
      french: step.french,
    };
  }

  /** Shows the session's step on this page, or says it happens elsewhere. */
  function showStep(
    snapshot: RunnerSnapshot,
    view: Extract<PageView, { kind: 'step' | 'elsewhere' }>,
    info: StepInfo,
    origin: 'local' | 'remote',
    life: AbortSignal,
  ): void {
    if (view.step.when) {
      runConditional(snapshot, view, info, life);
    } else if (view.kind === 'step') {
      runStep(snapshot, view.step, info, life, () => advance(snapshot, view.step));
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
  }

  /**
   * A step with `when` happens only if the page shows its condition. While the page settles the
   * coach waits; the step is skipped when the grace time passes without it, or at once when the
   * following step already shows here (the page has clearly rendered without it).
   */
  function runConditional(
    snapshot: RunnerSnapshot,
    view: Extract<PageView, { kind: 'step' | 'elsewhere' }>,
    info: StepInfo,
    life: AbortSignal,
  ): void {
    const { step } = view;
    let running: AbortController | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const skip = () => {
      if (life.aborted || running) return;
      clearTimeout(timer);
      options.onSkip(snapshot.guide.id, step.id);
    };
    life.addEventListener('abort', () => clearTimeout(timer), { once: true });
    const wait = () => {
      clearTimeout(timer);
      options.onView({ kind: 'searching', info });
      timer = setTimeout(skip, options.graceMs ?? 1500);
    };
    if (view.kind === 'elsewhere' || !step.when) {
      wait(); // its page is not this one: it cannot show here, unless a navigation is under way
      return;
    }
    watchCondition(step.when, doc, life, (holds) => {
      if (running) return;
      if (!holds) return wait();
      clearTimeout(timer);
      running = childOf(life);
      runStep(snapshot, step, info, running.signal, () => advance(snapshot, step));
    });
    const following = snapshot.guide.steps[view.index + 1];
    if (following?.target && !following.when && matchAnyUrlPattern(following.page, win.location.href)) {
      watchTarget(following.target, doc, {
        signal: life,
        onResult: (result) => result.status === 'found' && queueMicrotask(skip),
      });
    }
  }

  /** Interruptions already handled on this page (a closed banner does not come back). */
  const handled = new Set<string>();

  /**
   * Watches the guide's interruptions that belong to this page. When one shows (a cookie banner,
   * a captcha), the session's step pauses and the interruption is pointed at; once it is done or
   * gone, the session's step is shown again. Nothing is told to the background.
   */
  function watchInterruptions(snapshot: RunnerSnapshot, life: AbortSignal, pause: () => void, resume: () => void) {
    let active: { id: string; life: AbortController } | undefined;
    const end = (id: string) => {
      handled.add(id);
      if (active?.id !== id) return;
      active.life.abort();
      active = undefined;
      resume();
    };
    for (const step of snapshot.guide.interruptions ?? []) {
      if (!step.when || handled.has(step.id) || !matchAnyUrlPattern(step.page, win.location.href)) continue;
      watchCondition(step.when, doc, life, (holds) => {
        if (!holds) {
          if (active?.id === step.id) end(step.id);
          return;
        }
        if (active || handled.has(step.id)) return;
        pause();
        active = { id: step.id, life: childOf(life) };
        const info = { ...infoFor(snapshot, step, { index: 0, total: 1 }), interruption: true };
        runStep(snapshot, step, info, active.life.signal, () => end(step.id));
      });
    }
  }

  return {
    update,
    /** The learner moved through our buttons: keep their choice until the page changes. */
    learnerMoved() {
      learnerChose = true;
      choseOn = win.location.href;
    },
    /** The learner opened « Je ne trouve pas »: note why the step was hard to find. */
    help() {
      const result = shown?.result;
      // Found: bring it to the middle of the screen, where the learner looks.
      if (result?.status === 'found') revealGently(result.element, 'center');
      diagnose(result === undefined || result.status === 'found' ? 'stuck' : result.status);
    },
    /** The learner asked a person for help. */
    ask() {
      diagnose('help-asked');
    },
    /** The learner chose to skip the current step (only an optional one can be). */
    skip() {
      const step = current?.state.status === 'running' ? current.guide.steps[current.state.stepIndex] : undefined;
      if (current && step?.optional) options.onSkip(current.guide.id, step.id);
    },
    /** Re-evaluates the current step (after an SPA navigation, say). */
    refresh(snapshot = current) {
      // A focus or a click on the page refreshes too: that must not undo « Précédent » by jumping
      // back to the step whose element is on this page. Only another page ends the choice.
      if (win.location.href !== choseOn) learnerChose = false;
      current = null;
      update(snapshot);
    },
  };
}
