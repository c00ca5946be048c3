// @vitest-environment node
// The counsellor's gate as the background runs it: the policy PIN is the only PIN when set; no PIN
// can be chosen with a policy PIN or in kiosk mode; a try is counted before it is verified and two
// tries at once are both counted; the unlock lasts UNLOCK_MS on the injected clock, then locks;
// a corrupted lock or unlock record counts as locked.
import { pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createCounsellorGate,
  hashPin,
  MIN_ITERATIONS,
  pinSource,
  UNLOCK_MS,
  unlockLeft,
  UNLOCKED,
  type GatePort,
  type LockState,
  type PinRecord,
  type PolicyPin,
  type UnlockRecord,
} from '../../src/counsellor';
import { parseLockState, parseUnlock } from '../../src/storage';
import { parsePolicy, policyPinRecord, PIN_ITERATIONS } from '../../src/policy';

const SALT = Buffer.from('fictitious-salt!');
const POLICY_PIN = '4821';

/** The policy's record, computed as docs/deployment.md tells administrators to. */
function policyRecord(pin: string): PolicyPin {
  const hash = pbkdf2Sync(pin, SALT, PIN_ITERATIONS, 32, 'sha256').toString('base64');
  const { policy } = parsePolicy({ counsellorPinHash: hash, counsellorPinSalt: SALT.toString('base64') });
  return policyPinRecord(policy.counsellorPin);
}

/** A policy-shaped record with fewer iterations, so the tests that do not check the algorithm stay quick. */
const quickPolicyPin = () => hashPin(POLICY_PIN, MIN_ITERATIONS);

interface Fake extends GatePort {
  clock: number;
  kiosk: boolean;
  policy: PolicyPin;
  stored: PinRecord | undefined;
  lock: unknown;
  unlockRecord: UnlockRecord | undefined;
  log: string[];
}

function fakePort(init: Partial<Pick<Fake, 'kiosk' | 'policy' | 'stored' | 'lock'>> = {}): Fake {
  const port: Fake = {
    clock: 1_000_000,
    kiosk: init.kiosk ?? false,
    policy: init.policy,
    stored: init.stored,
    lock: init.lock ?? null,
    unlockRecord: undefined,
    log: [],
    now: () => Promise.resolve(port.clock),
    policyPin: () => Promise.resolve({ kioskMode: port.kiosk, pin: port.policy }),
    readPin: () => Promise.resolve(port.stored),
    async writePin(record) {
      port.stored = record;
    },
    async readLock(now) {
      const { repaired, ...state } = parseLockState(port.lock, now);
      if (repaired) port.lock = state;
      return state;
    },
    async writeLock(state: LockState) {
      port.log.push(`lock ${state.failures}`);
      port.lock = state;
    },
    readUnlock: () => Promise.resolve(port.unlockRecord),
    async writeUnlock(record) {
      port.unlockRecord = record;
    },
  };
  return port;
}

describe('which PIN guards the space', () => {
  const stored: PinRecord = { salt: 'c2FsdHNhbHRzYWx0c2FsdA==', hash: 'aGFzaA==', iterations: MIN_ITERATIONS };
  const policy: PinRecord = { ...stored, iterations: PIN_ITERATIONS };

  it('is the policy PIN whenever the policy sets one, kiosk or not, a stored one or not', () => {
    for (const kioskMode of [false, true])
      for (const record of [stored, undefined])
        expect(pinSource({ kioskMode, pin: policy }, record)).toEqual({ kind: 'policy', record: policy });
  });

  it('is never a PIN chosen on the PC in kiosk mode, and none can be chosen there', () => {
    expect(pinSource({ kioskMode: true, pin: undefined }, stored)).toEqual({ kind: 'ask-admin', why: 'kiosk' });
    expect(pinSource({ kioskMode: true, pin: undefined }, undefined)).toEqual({ kind: 'ask-admin', why: 'kiosk' });
  });

  it('stays locked when the policy names a PIN it cannot give', () => {
    for (const kioskMode of [false, true])
      expect(pinSource({ kioskMode, pin: 'broken' }, stored)).toEqual({ kind: 'ask-admin', why: 'broken-policy' });
  });

  it('on a private PC without policy PIN: the stored one, or one to choose', () => {
    expect(pinSource({ kioskMode: false, pin: undefined }, stored)).toEqual({ kind: 'stored', record: stored });
    expect(pinSource({ kioskMode: false, pin: undefined }, undefined)).toEqual({ kind: 'create' });
  });
});

describe('the gate', () => {
  it('verifies the policy PIN (the documented hash), ignores a stored PIN and refuses to create one', async () => {
    const port = fakePort({ policy: policyRecord(POLICY_PIN), stored: await hashPin('1111', MIN_ITERATIONS) });
    const gate = createCounsellorGate(port);
    expect(await gate.status()).toMatchObject({ source: 'policy', unlockedFor: 0 });
    expect((await gate.unlock('1111')).outcome).toBe('wrong');
    expect((await gate.create('2222')).outcome).toBe('refused');
    const opened = await gate.unlock(POLICY_PIN);
    expect(opened).toMatchObject({ outcome: 'unlocked', unlockedFor: UNLOCK_MS });
    expect(port.lock).toEqual(UNLOCKED);
  });

  it('creates a PIN only on a private PC without one, then asks for it', async () => {
    const port = fakePort();
    const gate = createCounsellorGate(port);
    expect((await gate.status()).source).toBe('create');
    expect((await gate.create('12')).outcome).toBe('invalid');
    expect(await gate.create('2468')).toMatchObject({ outcome: 'created', source: 'stored', unlockedFor: 0 });
    expect((await gate.create('1357')).outcome).toBe('refused');
    expect((await gate.unlock('2468')).outcome).toBe('unlocked');
  });

  it('in kiosk mode without policy PIN: nothing to create, nothing to unlock', async () => {
    const port = fakePort({ kiosk: true, stored: await hashPin('2468', MIN_ITERATIONS) });
    const gate = createCounsellorGate(port);
    expect(await gate.status()).toMatchObject({ source: 'ask-admin', why: 'kiosk' });
    expect((await gate.create('1357')).outcome).toBe('refused');
    expect((await gate.unlock('2468')).outcome).toBe('no-pin');
    expect(port.unlockRecord).toBeUndefined();
  });

  it('counts a try before it verifies it', async () => {
    const port = fakePort({ policy: await quickPolicyPin() });
    const gate = createCounsellorGate({
      ...port,
      verify: (pin, record) => {
        port.log.push('verify');
        return Promise.resolve(pin === POLICY_PIN && record.iterations === MIN_ITERATIONS);
      },
    });
    await gate.unlock('0000');
    await gate.unlock(POLICY_PIN);
    expect(port.log).toEqual(['lock 1', 'verify', 'lock 2', 'verify', 'lock 0']);
  });

  it('counts both of two wrong tries sent at once, and the fourth of four waits', async () => {
    const port = fakePort({ policy: await quickPolicyPin() });
    const gate = createCounsellorGate(port);
    const both = await Promise.all([gate.unlock('0000'), gate.unlock('1111')]);
    expect(both.map((r) => r.outcome)).toEqual(['wrong', 'wrong']);
    expect((port.lock as LockState).failures).toBe(2);
    const next = await Promise.all([gate.unlock('2222'), gate.unlock(POLICY_PIN)]);
    expect(next.map((r) => r.outcome)).toEqual(['wrong', 'waiting']);
    expect(next[1]?.waitFor).toBe(30_000);
    expect(port.unlockRecord).toBeUndefined();
  });

  it('locks again when the unlock runs out on the injected clock, and when it is ended', async () => {
    const port = fakePort({ policy: await quickPolicyPin() });
    const gate = createCounsellorGate(port);
    await gate.unlock(POLICY_PIN);
    port.clock += UNLOCK_MS - 1;
    expect((await gate.status()).unlockedFor).toBe(1);
    port.clock += 1;
    expect((await gate.status()).unlockedFor).toBe(0);
    expect(port.unlockRecord).toBeUndefined();
    await gate.unlock(POLICY_PIN);
    await gate.end();
    expect((await gate.status()).unlockedFor).toBe(0);
  });

  it('locks when the PIN behind the unlock goes (the policy now names a broken PIN)', async () => {
    const port = fakePort({ policy: await quickPolicyPin() });
    const gate = createCounsellorGate(port);
    await gate.unlock(POLICY_PIN);
    port.policy = 'broken';
    expect(await gate.status()).toMatchObject({ source: 'ask-admin', why: 'broken-policy', unlockedFor: 0 });
  });

  it('counts a corrupted lock record as locked, and repairs it so the wait ends', async () => {
    const port = fakePort({ policy: await quickPolicyPin(), lock: { failures: 'many' } });
    const gate = createCounsellorGate(port);
    const first = await gate.unlock(POLICY_PIN);
    expect(first).toMatchObject({ outcome: 'waiting', waitFor: 30_000 });
    port.clock += 30_000;
    expect((await gate.unlock(POLICY_PIN)).outcome).toBe('unlocked');
  });
});

describe('stored records', () => {
  it('reads a broken lock as locked from now', () => {
    expect(parseLockState(undefined, 5)).toEqual(UNLOCKED);
    expect(parseLockState({ failures: 4, lockedUntil: 5 }, 0)).toEqual({ failures: 4, lockedUntil: 5 });
    for (const broken of ['oops', { failures: -1, lockedUntil: 0 }, { failures: 1 }, [1, 2]])
      expect(parseLockState(broken, 1000), JSON.stringify(broken)).toEqual({
        failures: 3,
        lockedUntil: 31_000,
        repaired: true,
      });
  });

  it('reads a corrupted or impossible unlock as locked', () => {
    expect(parseUnlock({ until: 5 })).toEqual({ until: 5 });
    for (const broken of [null, 'open', { until: '5' }, { until: 5, extra: 1 }, { until: 1.5 }, {}])
      expect(parseUnlock(broken), JSON.stringify(broken)).toBeUndefined();
    const now = 1_000_000;
    expect(unlockLeft(undefined, now)).toBe(0);
    expect(unlockLeft({ until: now - 1 }, now)).toBe(0);
    // Longer than any unlock can last (clock set back, or written by hand): locked.
    expect(unlockLeft({ until: now + UNLOCK_MS + 1 }, now)).toBe(0);
    expect(unlockLeft({ until: now + 60_000 }, now)).toBe(60_000);
  });
});
