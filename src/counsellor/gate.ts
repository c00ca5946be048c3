// The counsellor's lock, as the background runs it: which PIN guards the space (the policy's when
// set, the only one then), PIN creation (never with a policy PIN nor in kiosk mode), tries counted
// *before* they are verified, one at a time, and the short-lived unlock shared by the counsellor
// page and the report. Storage and clock come in through a port; the PIN itself is never kept.
import { afterFailure, afterSuccess, waitLeft, type LockState } from './lockout';
import { hashPin, isValidPin, verifyPin, type PinRecord } from './pin';

/** How long one unlock lasts: long enough to make a link and read the report, short on a shared PC. */
export const UNLOCK_MS = 10 * 60_000;

/** What the policy says about the PIN: none, a usable record, or a PIN it names but cannot give. */
export type PolicyPin = PinRecord | 'broken' | undefined;

/** Which PIN guards the space, and what the page may offer. */
export type PinSource =
  | { kind: 'policy'; record: PinRecord }
  | { kind: 'stored'; record: PinRecord }
  /** No PIN yet: the page may offer to choose one (a private PC). */
  | { kind: 'create' }
  /** No usable PIN and none may be chosen here: only the administrator can set it. */
  | { kind: 'ask-admin'; why: 'kiosk' | 'broken-policy' };

/** The policy PIN is the only PIN; in kiosk mode a PIN chosen on the PC is never used (anyone could
 * have chosen it, e.g. while the policy was not read yet). */
export function pinSource(policy: { kioskMode: boolean; pin: PolicyPin }, stored: PinRecord | undefined): PinSource {
  if (policy.pin === 'broken') return { kind: 'ask-admin', why: 'broken-policy' };
  if (policy.pin) return { kind: 'policy', record: policy.pin };
  if (policy.kioskMode) return { kind: 'ask-admin', why: 'kiosk' };
  return stored ? { kind: 'stored', record: stored } : { kind: 'create' };
}

/** The unlock as stored (storage.session): valid until `until`, epoch ms. */
export interface UnlockRecord {
  until: number;
}

/** Milliseconds the unlock still lasts at `now` (0: locked). A record that claims to last longer
 * than one unlock can (clock set back, or written by hand) counts as locked. */
export function unlockLeft(record: UnlockRecord | undefined, now: number): number {
  if (!record) return 0;
  const left = record.until - now;
  return left > 0 && left <= UNLOCK_MS ? left : 0;
}

export interface GatePort {
  now(): Promise<number>;
  policyPin(): Promise<{ kioskMode: boolean; pin: PolicyPin }>;
  readPin(): Promise<PinRecord | undefined>;
  writePin(record: PinRecord): Promise<void>;
  /** The stored wait; a corrupted one comes back as a lock (src/storage/counsellor.ts). */
  readLock(now: number): Promise<LockState>;
  writeLock(state: LockState): Promise<void>;
  /** The stored unlock; undefined when none or corrupted. */
  readUnlock(): Promise<UnlockRecord | undefined>;
  writeUnlock(record: UnlockRecord | undefined): Promise<void>;
  /** Verifies a PIN against a record (src/counsellor/pin.ts; a port so tests can watch the order). */
  verify?: (pin: string, record: PinRecord) => Promise<boolean>;
}

export interface GateStatus {
  source: PinSource['kind'];
  /** With `ask-admin`: why no PIN can be used or chosen here. */
  why?: 'kiosk' | 'broken-policy';
  /** Milliseconds the unlock still lasts (0: locked). */
  unlockedFor: number;
  /** Milliseconds before a PIN may be tried (0: now). */
  waitFor: number;
}

export type UnlockOutcome = 'unlocked' | 'wrong' | 'waiting' | 'no-pin';
export type CreateOutcome = 'created' | 'refused' | 'invalid';

export interface CounsellorGate {
  status(): Promise<GateStatus>;
  unlock(pin: string): Promise<GateStatus & { outcome: UnlockOutcome }>;
  create(pin: string): Promise<GateStatus & { outcome: CreateOutcome }>;
  /** Ends the unlock (the wipe, « Fermer l'espace »). */
  end(): Promise<void>;
}

export function createCounsellorGate(port: GatePort): CounsellorGate {
  const verify = port.verify ?? verifyPin;
  // Tries and creations run one at a time: two tabs trying at once are both counted. Only the
  // order lives here, no data: a stopped worker loses no try (each is stored before it is verified).
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function current() {
    const [now, policy, stored] = await Promise.all([port.now(), port.policyPin(), port.readPin()]);
    return { now, source: pinSource(policy, stored) };
  }

  async function statusAt(now: number, source: PinSource): Promise<GateStatus> {
    const [lock, unlock] = await Promise.all([port.readLock(now), port.readUnlock()]);
    const unlockedFor = source.kind === 'policy' || source.kind === 'stored' ? unlockLeft(unlock, now) : 0;
    // An expired unlock, or one no PIN stands behind any more, is removed.
    if (unlock && unlockedFor === 0) await port.writeUnlock(undefined);
    return {
      source: source.kind,
      ...(source.kind === 'ask-admin' ? { why: source.why } : {}),
      unlockedFor,
      waitFor: waitLeft(lock, now),
    };
  }

  return {
    status: () =>
      serial(async () => {
        const { now, source } = await current();
        return statusAt(now, source);
      }),
    unlock: (pin) =>
      serial(async () => {
        const { now, source } = await current();
        if (source.kind !== 'policy' && source.kind !== 'stored')
          return { ...(await statusAt(now, source)), outcome: 'no-pin' as const };
        const lock = await port.readLock(now);
        if (waitLeft(lock, now) > 0) return { ...(await statusAt(now, source)), outcome: 'waiting' as const };
        // Counted first: a try cut short (worker stopped, tab closed) still counts.
        await port.writeLock(afterFailure(lock, now));
        if (isValidPin(pin) && (await verify(pin, source.record))) {
          await port.writeLock(afterSuccess());
          await port.writeUnlock({ until: now + UNLOCK_MS });
          return { ...(await statusAt(now, source)), outcome: 'unlocked' as const };
        }
        return { ...(await statusAt(now, source)), outcome: 'wrong' as const };
      }),
    create: (pin) =>
      serial(async () => {
        const { now, source } = await current();
        if (source.kind !== 'create') return { ...(await statusAt(now, source)), outcome: 'refused' as const };
        if (!isValidPin(pin)) return { ...(await statusAt(now, source)), outcome: 'invalid' as const };
        await port.writePin(await hashPin(pin));
        await port.writeLock(afterSuccess());
        const after = await current();
        return { ...(await statusAt(after.now, after.source)), outcome: 'created' as const };
      }),
    end: () => serial(() => port.writeUnlock(undefined)),
  };
}
