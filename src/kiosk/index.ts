// End of a learner's session on a shared PC: the wipe planner, what the browser must forget, the
// wipe, and what drives the unattended wipe in kiosk mode (the person's idle state, the setting).
export { hasTrace, planWipe, type OpenTab, type WipeChoices, type WipePlan } from './plan';
export {
  DATA_KINDS,
  failureOf,
  planRemovals,
  removalSince,
  SESSION_START_MARGIN_MS,
  runRemovals,
  WIPE_FAILURES,
  type DataKind,
  type Removal,
  type RemovalChoices,
  type WipeFailure,
} from './removal';
export { endSession, type EndChoices, type WipeOutcome, type WipePort } from './wipe';
export {
  createKioskWatch,
  detectionSeconds,
  IDLE_ALARM,
  type IdleState,
  type KioskWatch,
  type KioskWatchPort,
} from './inactivity';
export {
  readKioskSetting,
  STARTUP_RETRIES_MS,
  type KioskSetting,
  type PolicyAnswer,
  type SettingPort,
  type SettingRead,
  type SettingSource,
} from './setting';
export { createBrowserKiosk, type BrowserKiosk, type BrowserKioskDeps, type KioskSummary } from './browser-port';
