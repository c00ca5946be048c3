// Validation of the counsellor's PIN record, of the wrong-PIN wait and of the short-lived unlock.
// The first two are settings of the PC, not about a learner: storage.local, they survive wipe();
// the unlock lives in storage.session and wipe() ends it. The record's format is documented in
// src/counsellor/pin.ts (an administrator policy may provide the same).
import * as z from 'zod/mini';
import {
  FIRST_DELAY_MS,
  FREE_TRIES,
  MAX_ITERATIONS,
  MIN_ITERATIONS,
  type LockState,
  type PinRecord,
  type UnlockRecord,
} from '../counsellor';

function buildSchemas() {
  z.config({ jitless: true });
  const base64 = (max: number) => z.string().check(z.minLength(4), z.maxLength(max), z.regex(/^[A-Za-z0-9+/]+={0,2}$/));
  return {
    pin: z.strictObject({
      salt: base64(64),
      hash: base64(64),
      iterations: z.number().check(z.int(), z.minimum(MIN_ITERATIONS), z.maximum(MAX_ITERATIONS)),
    }),
    lock: z.strictObject({
      failures: z.number().check(z.int(), z.nonnegative(), z.maximum(1_000_000)),
      lockedUntil: z.number().check(z.nonnegative()),
    }),
    unlock: z.strictObject({ until: z.number().check(z.int(), z.nonnegative()) }),
  };
}
let schemas: ReturnType<typeof buildSchemas> | undefined;

/** The stored PIN record, or undefined when there is none or it is not exactly the format. */
export function parsePinRecord(raw: unknown): PinRecord | undefined {
  schemas ??= buildSchemas();
  const parsed = schemas.pin.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** The stored wait. A broken value counts as locked: three wrong tries and the first wait from
 * `now` (so breaking it never frees guessing); `repaired` says it must be written back. */
export function parseLockState(raw: unknown, now: number): LockState & { repaired?: true } {
  schemas ??= buildSchemas();
  if (raw === undefined || raw === null) return { failures: 0, lockedUntil: 0 };
  const parsed = schemas.lock.safeParse(raw);
  return parsed.success ? parsed.data : { failures: FREE_TRIES, lockedUntil: now + FIRST_DELAY_MS, repaired: true };
}

/** The stored unlock, or undefined (locked) when there is none or it is not exactly the format. */
export function parseUnlock(raw: unknown): UnlockRecord | undefined {
  schemas ??= buildSchemas();
  const parsed = schemas.unlock.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
