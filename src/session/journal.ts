// What happened in a learner's session, for the counsellor's report: guide started, each step
// done or skipped and its time, help asked, warnings shown and the learner's choice, guide ended.
// Only ids, levels, times and fixed choices — never a typed value, a page address or free text.
import type { Guide } from '../guide';
import { matchAnyUrlPattern } from '../shared/url-pattern';
import type { Level, SessionState } from './machine';

export type WarningChoice =
  /** The warning was shown; the choice follows in another event, or none (page closed). */
  | 'shown'
  /** « Je continue » on a risk dialog, « Continuer quand même » on a genuine-site warning. */
  | 'continue'
  /** « Aller sur le vrai site » on a genuine-site warning. */
  | 'genuine'
  /** « Annuler » on a risk dialog: the action did not happen. */
  | 'cancel';

export type JournalEvent =
  | { kind: 'start'; at: number; guideId: string; level: Level }
  | { kind: 'step'; at: number; guideId: string; stepId: string; ms: number; outcome: 'done' | 'skipped' }
  /** « J'ai besoin d'aide » in the popup; the step the session was at, if any. */
  | { kind: 'help'; at: number; guideId?: string; stepId?: string }
  /** A risky step's dialog: confirmed (the step is done only after « Je continue ») or cancelled. */
  | { kind: 'risk'; at: number; guideId: string; stepId: string; choice: WarningChoice }
  /** A built-in risk rule's dialog (data/risk-rules.yaml), with or without a guide: the choice. */
  | { kind: 'rule'; at: number; ruleId: string; choice: 'continue' | 'cancel' }
  /** The genuine-site warning page, for the service an address imitated. */
  | { kind: 'site-warning'; at: number; service: string; choice: WarningChoice }
  | { kind: 'end'; at: number; guideId: string; how: 'finished' | 'quit' };

export type JournalKind = JournalEvent['kind'];

/** The journal events of one session command, from the session before and after it. */
export function sessionEvents(
  command: 'start' | 'step-done' | 'skip' | 'quit' | 'other',
  before: SessionState | undefined,
  after: SessionState | undefined,
  guide: Guide | undefined,
  at: number,
): JournalEvent[] {
  switch (command) {
    case 'start':
      return after ? [{ kind: 'start', at, guideId: after.guideId, level: after.level }] : [];
    case 'quit':
      return before && before.status === 'running' ? [{ kind: 'end', at, guideId: before.guideId, how: 'quit' }] : [];
    case 'step-done':
    case 'skip': {
      if (!before || !after || !guide || before.status !== 'running') return [];
      const step = guide.steps[before.stepIndex];
      if (!step || (before.stepIndex === after.stepIndex && after.status === before.status)) return [];
      const events: JournalEvent[] = [];
      if (command === 'step-done' && step.risk)
        events.push({ kind: 'risk', at, guideId: guide.id, stepId: step.id, choice: 'continue' });
      events.push({
        kind: 'step',
        at,
        guideId: guide.id,
        stepId: step.id,
        ms: Math.max(0, at - before.stepStartedAt),
        outcome: command === 'step-done' ? 'done' : 'skipped',
      });
      if (after.status === 'finished') events.push({ kind: 'end', at, guideId: guide.id, how: 'finished' });
      return events;
    }
    case 'other':
      return [];
  }
}

/** Where a step's record says it happened: the guide's own page pattern for the step (the one
 * the page at `url` matches, else the step's first), never the address itself, which may name
 * the learner (a LinkedIn profile /in/<name>/, a number in a query). Undefined for an unknown step. */
export function stepPage(guide: Guide | undefined, stepId: string, url: string | undefined): string | undefined {
  const step = guide?.steps.find((s) => s.id === stepId);
  if (!step) return undefined;
  return step.page.find((pattern) => url !== undefined && matchAnyUrlPattern([pattern], url)) ?? step.page[0];
}
