// Persistence: every stored item, validated on read, and wipe().
export { readSessions, wipe, writeSessions } from './items';
export { repairSessions, type StoredSessions } from './sessions';
