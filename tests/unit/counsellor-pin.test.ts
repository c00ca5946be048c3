// @vitest-environment node
// The counsellor's PIN: 4 to 8 digits, hashed with PBKDF2-SHA256 and a random 16-byte salt (the
// documented record format, checked against Node's own PBKDF2 so a policy can provide one),
// verified right and wrong; the stored record's schema; the growing wait after wrong tries.
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  afterSuccess,
  delayAfter,
  hashPin,
  isValidPin,
  MIN_ITERATIONS,
  verifyPin,
  waitLeft,
  UNLOCKED,
} from '../../src/counsellor';
import { parseLockState, parsePinRecord } from '../../src/storage';

describe('PIN hashing', () => {
  it('accepts 4 to 8 digits only', () => {
    for (const pin of ['1234', '00000000', '987654']) expect(isValidPin(pin), pin).toBe(true);
    for (const pin of ['123', '123456789', '12a4', ' 1234', '1234\n', '', '１２３４'])
      expect(isValidPin(pin), pin).toBe(false);
  });

  it('stores a 16-byte salt, a 32-byte hash and at least 100,000 iterations, never the PIN', async () => {
    const record = await hashPin('4821');
    expect(Buffer.from(record.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(record.hash, 'base64')).toHaveLength(32);
    expect(record.iterations).toBeGreaterThanOrEqual(100_000);
    expect(JSON.stringify(record)).not.toContain('4821');
    expect(parsePinRecord(record)).toEqual(record);
  });

  it('uses a new salt each time', async () => {
    const [a, b] = await Promise.all([hashPin('4821', MIN_ITERATIONS), hashPin('4821', MIN_ITERATIONS)]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('verifies the right PIN and refuses a wrong one', async () => {
    const record = await hashPin('4821', MIN_ITERATIONS);
    expect(await verifyPin('4821', record)).toBe(true);
    for (const wrong of ['4822', '48210', '1284', '0000', 'abcd', ''])
      expect(await verifyPin(wrong, record), wrong).toBe(false);
  });

  it('matches the documented format: PBKDF2-HMAC-SHA256 of the digits, as an administrator would compute it', async () => {
    const salt = randomBytes(16);
    const hash = pbkdf2Sync('20261201', salt, 120_000, 32, 'sha256');
    const record = { salt: salt.toString('base64'), hash: hash.toString('base64'), iterations: 120_000 };
    expect(parsePinRecord(record)).toEqual(record);
    expect(await verifyPin('20261201', record)).toBe(true);
    expect(await verifyPin('20261202', record)).toBe(false);
  });

  it('refuses malformed records, in storage and when verifying', async () => {
    const good = await hashPin('4821', MIN_ITERATIONS);
    const bad = [
      { ...good, iterations: 1000 },
      { ...good, iterations: 100_000.5 },
      { ...good, salt: 'not base64!' },
      { ...good, extra: 'x' },
      { salt: good.salt, hash: good.hash },
      '4821',
      null,
    ];
    for (const record of bad) expect(parsePinRecord(record), JSON.stringify(record)).toBeUndefined();
    expect(await verifyPin('4821', { ...good, iterations: 1000 })).toBe(false);
    expect(await verifyPin('4821', { ...good, hash: good.salt })).toBe(false);
    expect(await verifyPin('4821', { ...good, salt: '%%%' })).toBe(false);
  });
});

describe('the wait after wrong PINs', () => {
  it('lets three wrong tries go, then waits 30 s, doubling, at most 15 minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 8, 50].map(delayAfter)).toEqual([
      0, 0, 0, 30_000, 60_000, 120_000, 240_000, 900_000, 900_000,
    ]);
  });

  it('counts failures in a row and locks from the third', () => {
    let state = UNLOCKED;
    const t0 = 1_000_000;
    state = afterFailure(state, t0);
    state = afterFailure(state, t0);
    expect(waitLeft(state, t0)).toBe(0);
    state = afterFailure(state, t0);
    expect(state.failures).toBe(3);
    expect(waitLeft(state, t0)).toBe(30_000);
    expect(waitLeft(state, t0 + 29_000)).toBe(1_000);
    expect(waitLeft(state, t0 + 30_000)).toBe(0);
    state = afterFailure(state, t0 + 30_000);
    expect(waitLeft(state, t0 + 30_000)).toBe(60_000);
    expect(afterSuccess()).toEqual(UNLOCKED);
  });

  it('never waits longer than the longest delay, even with a clock set back', () => {
    expect(waitLeft({ failures: 9, lockedUntil: 10 ** 13 }, 0)).toBe(900_000);
  });

  it('reads a broken stored wait as locked-out tries, not as a fresh start', () => {
    expect(parseLockState(undefined, 0)).toEqual(UNLOCKED);
    expect(parseLockState({ failures: -1, lockedUntil: 0 }, 0).failures).toBe(3);
    expect(parseLockState('oops', 0).failures).toBe(3);
    expect(parseLockState({ failures: 4, lockedUntil: 5 }, 0)).toEqual({ failures: 4, lockedUntil: 5 });
  });
});
