// Persistence: every stored item, validated on read, and wipe().
export {
  allowSite,
  isSiteAllowed,
  readAllowedSites,
  readDiagnostics,
  readHelpSignals,
  readJournal,
  readPinLock,
  readPinRecord,
  readProposal,
  readSessions,
  recordDiagnostic,
  recordJournal,
  wipe,
  writeHelpSignals,
  writePinLock,
  writePinRecord,
  writeProposal,
  writeSessions,
} from './items';
export { appendJournal, repairJournal, repairProposals, MAX_JOURNAL, type Proposal } from './journal';
export { parseLockState, parsePinRecord } from './counsellor';
export { addAllowedSite, repairAllowedSites, MAX_ALLOWED_SITES } from './allowed-sites';
export { appendDiagnostic, pagePath, repairDiagnostics, type Diagnostic, type DiagnosticReason } from './diagnostics';
export { repairSessions, type StoredSessions } from './sessions';
