// Every persisted item of the extension, its area and version, and the one wipe() that removes
// them all. Anything about the learner lives in storage.session (memory only, trusted contexts).
import { storage } from 'wxt/utils/storage';
import { repairSessions, type StoredSessions } from './sessions';

/** Sessions by window id. `session:` area: cleared when the browser closes, unreadable by pages. */
const sessionsItem = storage.defineItem<unknown>('session:sessions', { fallback: {}, version: 1 });

export async function readSessions(): Promise<StoredSessions> {
  return repairSessions(await sessionsItem.getValue());
}

export async function writeSessions(sessions: StoredSessions): Promise<void> {
  await sessionsItem.setValue(sessions);
}

/** Removes everything the extension stores about the learner. */
export async function wipe(): Promise<void> {
  await sessionsItem.removeValue({ removeMeta: true });
}
