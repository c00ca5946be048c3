// Running a guide: the pure step machine, what to show on a page, completion checks, and the
// background service that owns sessions.
export { LEVELS, startSession, transition, type Level, type SessionEvent, type SessionState } from './machine';
export { completesStep, type CompletionEvent } from './completion';
export { viewFor, type PageView } from './view';
export { SessionService, type SessionCommand, type SessionStore, type Snapshot, type TabsPort } from './service';
export {
  createStepRunner,
  targetName,
  type CoachView,
  type RunnerOptions,
  type RunnerSnapshot,
  type StepInfo,
} from './runner';
export { watchAddress } from './address';
export { conditionHolds, watchCondition } from './condition';
export { createUpdateGate, type UpdateGate, type UpdateGatePorts } from './update-gate';
export { HELP_BADGE, HIDDEN_BADGE, progressBadge, raiseHidden, showProgress, type BadgePort } from './badge';
export { sessionEvents, stepPage, type JournalEvent, type JournalKind, type WarningChoice } from './journal';
export {
  buildReport,
  type HelpRecord,
  type HelpSource,
  type ReportHelp,
  type ReportRun,
  type ReportStep,
  type ReportWarning,
  type SessionReport,
} from './report';
