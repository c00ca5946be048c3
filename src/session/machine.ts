// The pure step machine: where the learner is in a guide and how events move them on.
// No I/O and no clocks inside: time comes in with each event, so every transition is table-testable.
import { END, type Step } from '../guide';

export const LEVELS = ['decouvre', 'entraine', 'debrouille'] as const;
export type Level = (typeof LEVELS)[number];

export interface SessionState {
  guideId: string;
  level: Level;
  status: 'running' | 'finished';
  stepIndex: number;
  startedAt: number;
  stepStartedAt: number;
  /** Milliseconds spent on each completed step, by step id. Never a typed value. */
  durations: Record<string, number>;
}

export type SessionEvent =
  | { type: 'step-done'; stepId: string; at: number }
  /** The learner skipped an optional step, or a conditional step's page did not show its `when`. */
  | { type: 'skip'; stepId: string; at: number }
  | { type: 'back'; at: number }
  | { type: 'restart'; at: number }
  /** Resync: the page shows another step of the guide (after Back, a reload, a detour). */
  | { type: 'jump'; stepId: string; at: number };

export function startSession(guideId: string, level: Level, at: number): SessionState {
  return { guideId, level, status: 'running', stepIndex: 0, startedAt: at, stepStartedAt: at, durations: {} };
}

/** What the machine needs of a step: its id, its branch, and whether it is conditional. */
export type StepLink = Pick<Step, 'id' | 'next' | 'when'>;

/** Where the guide goes after `index` is done: its branch, else the following step; past the end
 * (steps.length) means finished. Shared with the page's runner, which applies it at once. */
export function nextIndex(steps: readonly StepLink[], index: number): number {
  const next = steps[index]?.next;
  if (next === undefined) return index + 1;
  if (next === END) return steps.length;
  const target = steps.findIndex((step) => step.id === next);
  return target === -1 ? index + 1 : target;
}

/** Moves to step `index`, or finishes when it is past the end. */
function goTo(state: SessionState, index: number, steps: readonly StepLink[], at: number): SessionState {
  if (index >= steps.length || index < 0) return { ...state, status: 'finished', stepStartedAt: at };
  return { ...state, status: 'running', stepIndex: index, stepStartedAt: at };
}

/** Applies one event to the guide's steps in order; stale events change nothing. */
export function transition(state: SessionState, event: SessionEvent, steps: readonly StepLink[]): SessionState {
  const current = state.status === 'running' ? steps[state.stepIndex] : undefined;
  switch (event.type) {
    case 'step-done': {
      if (current?.id !== event.stepId) return state;
      const durations = {
        ...state.durations,
        [event.stepId]: (state.durations[event.stepId] ?? 0) + Math.max(0, event.at - state.stepStartedAt),
      };
      // A branch jumps forward to its step (checked at build time), or finishes the guide.
      return goTo({ ...state, durations }, nextIndex(steps, state.stepIndex), steps, event.at);
    }
    case 'skip':
      // A skipped step does not take its branch: the guide goes on with the following step.
      if (current?.id !== event.stepId) return state;
      return goTo(state, state.stepIndex + 1, steps, event.at);
    case 'back': {
      // « Précédent » returns to the previous step that always happens (a conditional step whose
      // page is gone would be skipped again at once).
      const from = state.status === 'finished' ? steps.length : state.stepIndex;
      let index = from - 1;
      while (index > 0 && steps[index]?.when) index--;
      if (index < 0) return state;
      return { ...state, status: 'running', stepIndex: index, stepStartedAt: event.at };
    }
    case 'restart':
      return { ...startSession(state.guideId, state.level, event.at), startedAt: state.startedAt };
    case 'jump': {
      const index = steps.findIndex((step) => step.id === event.stepId);
      if (index === -1 || (state.status === 'running' && index === state.stepIndex)) return state;
      return { ...state, status: 'running', stepIndex: index, stepStartedAt: event.at };
    }
  }
}
