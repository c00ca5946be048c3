// The pure step machine: where the learner is in a guide and how events move them on.
// No I/O and no clocks inside: time comes in with each event, so every transition is table-testable.

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
  | { type: 'back'; at: number }
  | { type: 'restart'; at: number }
  /** Resync: the page shows another step of the guide (after Back, a reload, a detour). */
  | { type: 'jump'; stepId: string; at: number };

export function startSession(guideId: string, level: Level, at: number): SessionState {
  return { guideId, level, status: 'running', stepIndex: 0, startedAt: at, stepStartedAt: at, durations: {} };
}

/** Applies one event. `stepIds` are the guide's step ids in order; stale events change nothing. */
export function transition(state: SessionState, event: SessionEvent, stepIds: readonly string[]): SessionState {
  const last = stepIds.length - 1;
  switch (event.type) {
    case 'step-done': {
      if (state.status !== 'running' || stepIds[state.stepIndex] !== event.stepId) return state;
      const durations = {
        ...state.durations,
        [event.stepId]: (state.durations[event.stepId] ?? 0) + Math.max(0, event.at - state.stepStartedAt),
      };
      if (state.stepIndex >= last) return { ...state, status: 'finished', durations, stepStartedAt: event.at };
      return { ...state, stepIndex: state.stepIndex + 1, stepStartedAt: event.at, durations };
    }
    case 'back': {
      if (state.status === 'finished') return { ...state, status: 'running', stepIndex: last, stepStartedAt: event.at };
      if (state.stepIndex === 0) return state;
      return { ...state, stepIndex: state.stepIndex - 1, stepStartedAt: event.at };
    }
    case 'restart':
      return { ...startSession(state.guideId, state.level, event.at), startedAt: state.startedAt };
    case 'jump': {
      const index = stepIds.indexOf(event.stepId);
      if (index === -1 || (state.status === 'running' && index === state.stepIndex)) return state;
      return { ...state, status: 'running', stepIndex: index, stepStartedAt: event.at };
    }
  }
}
