// Persistence: every stored item, validated on read, and wipe().
export {
  allowSite,
  isSiteAllowed,
  isUpdatePending,
  readAllowedSites,
  readCodeExpected,
  readDiagnostics,
  readSessions,
  readLastActivity,
  readTrace,
  recordDiagnostic,
  setUpdatePending,
  recordDownload,
  recordVisit,
  touchActivity,
  wipe,
  writeCodeExpected,
  writeSessions,
} from './items';
export { repairCodeExpected, type CodeExpected } from './code-expected';
export { addAllowedSite, repairAllowedSites, MAX_ALLOWED_SITES } from './allowed-sites';
export { appendDiagnostic, pagePath, repairDiagnostics, type Diagnostic, type DiagnosticReason } from './diagnostics';
export { repairSessions, type StoredSessions } from './sessions';
export { MAX_TRACE_IDS, rememberId, repairIds, type SessionTrace } from './trace';
