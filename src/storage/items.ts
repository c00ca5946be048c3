// Every persisted item of the extension, its area and version, and the one wipe() that removes
// them all. Anything about the learner lives in storage.session (memory only, trusted contexts).
import { storage } from 'wxt/utils/storage';
import { addAllowedSite, repairAllowedSites } from './allowed-sites';
import { repairCodeExpected, type CodeExpected } from './code-expected';
import { appendDiagnostic, repairDiagnostics, type Diagnostic } from './diagnostics';
import { repairSessions, type StoredSessions } from './sessions';
import { rememberId, repairIds, type SessionTrace } from './trace';
import type { LockState, PinRecord, UnlockRecord } from '../counsellor';
import type { JournalEvent } from '../session';
import { parseLockState, parsePinRecord, parseUnlock } from './counsellor';
import { repairDisplay, type DisplayPrefs } from './display';
import { parseKioskSetting, rememberOrigin, repairFailures, repairOrigins, repairTime } from './wipe-record';
import type { KioskSetting, WipeFailure } from '../kiosk';
import { appendJournal, repairHelpSignals, repairJournal, repairProposals, type Proposal } from './journal';

/** Sessions by window id. `session:` area: cleared when the browser closes, unreadable by pages. */
const sessionsItem = storage.defineItem<unknown>('session:sessions', { fallback: {}, version: 1 });

export async function readSessions(): Promise<StoredSessions> {
  return repairSessions(await sessionsItem.getValue());
}

export async function writeSessions(sessions: StoredSessions): Promise<void> {
  await sessionsItem.setValue(sessions);
}

/** « Je ne trouve pas » records, oldest first. `session:` area too: they follow the learner's session. */
const diagnosticsItem = storage.defineItem<unknown>('session:diagnostics', { fallback: [], version: 1 });

export async function readDiagnostics(): Promise<Diagnostic[]> {
  return repairDiagnostics(await diagnosticsItem.getValue());
}

// Read-append-write runs one at a time so that two records arriving together both survive.
// Only ordering lives here, no data: losing it when the worker stops loses nothing.
let diagnosticsQueue: Promise<unknown> = Promise.resolve();

/** Appends one record (dropped if invalid), keeping the newest ones. */
export function recordDiagnostic(record: Diagnostic): Promise<void> {
  const next = diagnosticsQueue.then(async () => {
    await diagnosticsItem.setValue(appendDiagnostic(await readDiagnostics(), record));
  });
  diagnosticsQueue = next.catch(() => undefined);
  return next;
}

/** Sites allowed by « Continuer quand même » on the genuine-site warning, for this browser session. */
const allowedSitesItem = storage.defineItem<unknown>('session:allowedSites', { fallback: [], version: 1 });

export async function readAllowedSites(): Promise<string[]> {
  return repairAllowedSites(await allowedSitesItem.getValue());
}

export async function isSiteAllowed(site: string): Promise<boolean> {
  return (await readAllowedSites()).includes(site);
}

export async function allowSite(site: string): Promise<void> {
  await allowedSitesItem.setValue(addAllowedSite(await readAllowedSites(), site));
}

/** The session journal for the counsellor's report (src/session/journal.ts): ids, times, choices. */
const journalItem = storage.defineItem<unknown>('session:journal', { fallback: [], version: 1 });

export async function readJournal(): Promise<JournalEvent[]> {
  return repairJournal(await journalItem.getValue());
}

// Same single-file queue as the diagnostics: the background and the warning page both append.
let journalQueue: Promise<unknown> = Promise.resolve();

/** Appends events (invalid ones dropped), keeping the newest ones. */
export function recordJournal(events: readonly JournalEvent[]): Promise<void> {
  const next = journalQueue.then(async () => {
    await journalItem.setValue(appendJournal(await readJournal(), events));
  });
  journalQueue = next.catch(() => undefined);
  return next;
}

/** Session links seen, by window id, until the learner says yes or no in the popup. */
const proposalsItem = storage.defineItem<unknown>('session:proposals', { fallback: {}, version: 1 });

export async function readProposal(windowId: number): Promise<Proposal | undefined> {
  return repairProposals(await proposalsItem.getValue())[String(windowId)];
}

export async function writeProposal(windowId: number, proposal: Proposal | undefined): Promise<void> {
  const all = repairProposals(await proposalsItem.getValue());
  if (proposal) all[String(windowId)] = proposal;
  else delete all[String(windowId)];
  await proposalsItem.setValue(all);
}

/** Windows whose learner pressed « J'ai besoin d'aide » and got no answer yet. */
const helpSignalsItem = storage.defineItem<unknown>('session:helpSignals', { fallback: [], version: 1 });

export async function readHelpSignals(): Promise<number[]> {
  return repairHelpSignals(await helpSignalsItem.getValue());
}

export async function writeHelpSignals(windowIds: readonly number[]): Promise<void> {
  await helpSignalsItem.setValue(repairHelpSignals([...new Set(windowIds)]));
}

/** The counsellor's PIN record (hash only). `local:`: a setting of the PC, kept across learners. */
const pinItem = storage.defineItem<unknown>('local:counsellorPin', { fallback: null, version: 1 });

export async function readPinRecord(): Promise<PinRecord | undefined> {
  return parsePinRecord(await pinItem.getValue());
}

export async function writePinRecord(record: PinRecord): Promise<void> {
  await pinItem.setValue(record);
}

/** The wait after wrong PINs: local, so reopening the page or the browser does not reset it. */
const pinLockItem = storage.defineItem<unknown>('local:counsellorPinLock', { fallback: null, version: 1 });

/** The wait at `now`; a corrupted one is read as locked and written back so (it then ends). */
export async function readPinLock(now: number): Promise<LockState> {
  const { repaired, ...state } = parseLockState(await pinLockItem.getValue(), now);
  if (repaired) await pinLockItem.setValue(state);
  return state;
}

export async function writePinLock(state: LockState): Promise<void> {
  await pinLockItem.setValue(state);
}

/** The counsellor's short-lived unlock (src/counsellor/gate.ts). `session:`: it ends with the
 * browser, with wipe(), and a corrupted one is dropped (locked). */
const unlockItem = storage.defineItem<unknown>('session:counsellorUnlock', { fallback: null, version: 1 });

export async function readUnlock(): Promise<UnlockRecord | undefined> {
  const raw = await unlockItem.getValue();
  const record = parseUnlock(raw);
  if (!record && raw !== null) await unlockItem.removeValue({ removeMeta: true });
  return record;
}

export async function writeUnlock(record: UnlockRecord | undefined): Promise<void> {
  if (record) await unlockItem.setValue(record);
  else await unlockItem.removeValue({ removeMeta: true });
}

/** Ends the counsellor's unlock: the counsellor page and the report ask for the PIN again. Called by
 * wipe() (« Terminer ma session », the kiosk wipe); the open pages follow `watchUnlock`. */
export function endCounsellorUnlock(): Promise<void> {
  return writeUnlock(undefined);
}

/** Calls `changed` each time the unlock is written or removed; returns the unsubscribe. */
export function watchUnlock(changed: () => void): () => void {
  return unlockItem.watch(() => changed());
}

/** Test builds only (all-sites build): milliseconds added to the clock of the counsellor's unlock,
 * so a browser test sees it expire without waiting. Always 0 in any other build. */
export async function testClockOffset(): Promise<number> {
  if (import.meta.env.COUP_DE_POUCE_TEST_POLICY !== '1') return 0;
  const { testClockOffset: offset } = await browser.storage.local.get('testClockOffset');
  return typeof offset === 'number' && Number.isFinite(offset) ? offset : 0;
}

/** The learner's display choices (language, text size, contrast, reading aloud). `local:` so that
 * they last at home; the wipe removes them, so the next learner of a public PC starts from the
 * administrator's defaults. */
const displayItem = storage.defineItem<unknown>('local:display', { fallback: null, version: 1 });

export async function readDisplay(): Promise<DisplayPrefs> {
  return repairDisplay(await displayItem.getValue());
}

export async function writeDisplay(prefs: DisplayPrefs): Promise<void> {
  await displayItem.setValue(repairDisplay(prefs));
}

/** Calls `listener` with the repaired choices each time they change; returns the unsubscribe. */
export function watchDisplay(listener: (prefs: DisplayPrefs) => void): () => void {
  return displayItem.watch((value) => listener(repairDisplay(value)));
}

/** An extension update is waiting for the running guides to end (nothing about the learner). */
const updatePendingItem = storage.defineItem<unknown>('session:updatePending', { fallback: false, version: 1 });

export async function isUpdatePending(): Promise<boolean> {
  return (await updatePendingItem.getValue()) === true;
}

export async function setUpdatePending(value: boolean): Promise<void> {
  await updatePendingItem.setValue(value);
}

/** The genuine site that last asked for a one-time code, and when (no code is ever kept). */
const codeExpectedItem = storage.defineItem<unknown>('session:codeExpected', { fallback: null, version: 1 });

export async function readCodeExpected(): Promise<CodeExpected | undefined> {
  return repairCodeExpected(await codeExpectedItem.getValue());
}

export async function writeCodeExpected(value: CodeExpected): Promise<void> {
  await codeExpectedItem.setValue(value);
}

/** What « Terminer ma session » cleans up after. Sites and tabs live in `session:`; download ids
 * in `local:` (plain numbers, nothing personal) so that the kiosk start-up wipe can still delete
 * the files of a session that ended with the browser being closed. */
const visitedSitesItem = storage.defineItem<unknown>('session:visitedSites', { fallback: [], version: 1 });
const sessionTabsItem = storage.defineItem<unknown>('session:sessionTabs', { fallback: [], version: 1 });
const sessionDownloadsItem = storage.defineItem<unknown>('local:sessionDownloads', { fallback: [], version: 1 });
/** The origins behind the visited sites (« Me déconnecter de ces sites » removes their data). */
const visitedOriginsItem = storage.defineItem<unknown>('session:visitedOrigins', { fallback: [], version: 1 });
/** When the session began: its first page or download since the last wipe (ms since epoch). */
const sessionStartItem = storage.defineItem<unknown>('session:sessionStart', { fallback: undefined, version: 1 });
/** What the last wipe could not remove, for the learner's summary (kinds of data, nothing else). */
const wipeFailuresItem = storage.defineItem<unknown>('session:wipeFailures', { fallback: [], version: 1 });
/** The last kiosk setting a real policy gave: a setting of the PC (src/kiosk/setting.ts). */
const kioskSettingItem = storage.defineItem<unknown>('local:kioskSetting', { fallback: null, version: 1 });

export async function readTrace(): Promise<SessionTrace> {
  const [sites, tabs, downloads] = await Promise.all([
    visitedSitesItem.getValue(),
    sessionTabsItem.getValue(),
    sessionDownloadsItem.getValue(),
  ]);
  return { sites: repairAllowedSites(sites), tabs: repairIds(tabs), downloads: repairIds(downloads) };
}

// Read-modify-write of the trace runs one at a time (two navigations at once both survive).
let traceQueue: Promise<unknown> = Promise.resolve();
function queueTrace(update: () => Promise<void>): Promise<void> {
  const next = traceQueue.then(update);
  traceQueue = next.catch(() => undefined);
  return next;
}

/** The session began now, unless it began earlier. */
async function markSessionStart(at: number): Promise<void> {
  if (repairTime(await sessionStartItem.getValue()) === undefined) await sessionStartItem.setValue(at);
}

/** Records a visited site, its origin and the tab that showed it (the session starts then). */
export function recordVisit(site: string | undefined, tabId: number, origin?: string, at = Date.now()): Promise<void> {
  return queueTrace(async () => {
    const [sites, tabs, origins] = await Promise.all([
      visitedSitesItem.getValue(),
      sessionTabsItem.getValue(),
      visitedOriginsItem.getValue(),
    ]);
    await Promise.all([
      site ? visitedSitesItem.setValue(addAllowedSite(repairAllowedSites(sites), site)) : Promise.resolve(),
      origin ? visitedOriginsItem.setValue(rememberOrigin(repairOrigins(origins), origin)) : Promise.resolve(),
      sessionTabsItem.setValue(rememberId(repairIds(tabs), tabId)),
      markSessionStart(at),
    ]);
  });
}

export function recordDownload(id: number, at = Date.now()): Promise<void> {
  return queueTrace(async () => {
    await Promise.all([
      sessionDownloadsItem.setValue(rememberId(repairIds(await sessionDownloadsItem.getValue()), id)),
      markSessionStart(at),
    ]);
  });
}

export async function readVisitedOrigins(): Promise<string[]> {
  return repairOrigins(await visitedOriginsItem.getValue());
}

export async function readSessionStart(): Promise<number | undefined> {
  return repairTime(await sessionStartItem.getValue());
}

export async function readWipeFailures(): Promise<WipeFailure[]> {
  return repairFailures(await wipeFailuresItem.getValue());
}

export async function writeWipeFailures(failed: readonly WipeFailure[]): Promise<void> {
  if (failed.length === 0) await wipeFailuresItem.removeValue({ removeMeta: true });
  else await wipeFailuresItem.setValue(repairFailures(failed));
}

export async function readKioskSettingMemory(): Promise<KioskSetting | undefined> {
  return parseKioskSetting(await kioskSettingItem.getValue());
}

export async function writeKioskSettingMemory(setting: KioskSetting): Promise<void> {
  await kioskSettingItem.setValue(setting);
}

/** Removes everything the extension stores about the learner: every item above, then the whole
 * `session:` area (only learner data lives there); settings of the PC in `local:` stay. */
export async function wipe(): Promise<void> {
  // Behind any pending record, so that a record queued before the wipe cannot land after it.
  const diagnosticsGone = diagnosticsQueue.then(() => diagnosticsItem.removeValue({ removeMeta: true }));
  diagnosticsQueue = diagnosticsGone.catch(() => undefined);
  const journalGone = journalQueue.then(() => journalItem.removeValue({ removeMeta: true }));
  journalQueue = journalGone.catch(() => undefined);
  const traceGone = traceQueue.then(() =>
    Promise.all([
      visitedSitesItem.removeValue({ removeMeta: true }),
      sessionTabsItem.removeValue({ removeMeta: true }),
      sessionDownloadsItem.removeValue({ removeMeta: true }),
      visitedOriginsItem.removeValue({ removeMeta: true }),
      sessionStartItem.removeValue({ removeMeta: true }),
    ]),
  );
  traceQueue = traceGone.catch(() => undefined);
  await Promise.all([
    sessionsItem.removeValue({ removeMeta: true }),
    allowedSitesItem.removeValue({ removeMeta: true }),
    codeExpectedItem.removeValue({ removeMeta: true }),
    wipeFailuresItem.removeValue({ removeMeta: true }),
    proposalsItem.removeValue({ removeMeta: true }),
    helpSignalsItem.removeValue({ removeMeta: true }),
    displayItem.removeValue({ removeMeta: true }),
    endCounsellorUnlock(),
    diagnosticsGone,
    journalGone,
    traceGone,
  ]);
  await browser.storage.session.clear();
}
