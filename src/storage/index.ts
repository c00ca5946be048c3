// Persistence: every stored item, validated on read, and wipe().
export {
  allowSite,
  isSiteAllowed,
  readAllowedSites,
  readDiagnostics,
  readSessions,
  readLastActivity,
  readTrace,
  recordDiagnostic,
  recordDownload,
  recordVisit,
  touchActivity,
  wipe,
  writeSessions,
} from './items';
export { addAllowedSite, repairAllowedSites, MAX_ALLOWED_SITES } from './allowed-sites';
export { appendDiagnostic, pagePath, repairDiagnostics, type Diagnostic, type DiagnosticReason } from './diagnostics';
export { repairSessions, type StoredSessions } from './sessions';
export { MAX_TRACE_IDS, rememberId, repairIds, type SessionTrace } from './trace';
