// Persistence: every stored item, validated on read, and wipe().
export { readDiagnostics, readSessions, recordDiagnostic, wipe, writeSessions } from './items';
export { appendDiagnostic, pagePath, repairDiagnostics, type Diagnostic, type DiagnosticReason } from './diagnostics';
export { repairSessions, type StoredSessions } from './sessions';
