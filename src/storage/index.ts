// Persistence: every stored item, validated on read, and wipe().
export {
  allowSite,
  isSiteAllowed,
  isUpdatePending,
  readAllowedSites,
  readCodeExpected,
  readDiagnostics,
  readDisplay,
  readHelpSignals,
  readJournal,
  readPinLock,
  readPinRecord,
  readUnlock,
  endCounsellorUnlock,
  testClockOffset,
  watchUnlock,
  writeUnlock,
  readProposal,
  readSessions,
  readKioskSettingMemory,
  readSessionStart,
  readVisitedOrigins,
  readWipeFailures,
  readTrace,
  recordDiagnostic,
  recordJournal,
  setUpdatePending,
  recordDownload,
  recordVisit,
  watchDisplay,
  wipe,
  writeDisplay,
  writeCodeExpected,
  writeHelpSignals,
  writeKioskSettingMemory,
  writeWipeFailures,
  writePinLock,
  writePinRecord,
  writeProposal,
  writeSessions,
} from './items';
export { repairCodeExpected, type CodeExpected } from './code-expected';
export { appendJournal, repairJournal, repairProposals, MAX_JOURNAL, type Proposal } from './journal';
export { parseLockState, parsePinRecord, parseUnlock } from './counsellor';
export { addAllowedSite, repairAllowedSites, MAX_ALLOWED_SITES } from './allowed-sites';
export { appendDiagnostic, repairDiagnostics, type Diagnostic, type DiagnosticReason } from './diagnostics';
export { repairSessions, type StoredSessions } from './sessions';
export { MAX_TRACE_IDS, rememberId, repairIds, type SessionTrace } from './trace';
export { DEFAULT_DISPLAY, repairDisplay, TEXT_SIZES, type DisplayPrefs, type TextSize } from './display';
export { MAX_ORIGINS, parseKioskSetting, rememberOrigin, repairFailures, repairOrigins } from './wipe-record';
