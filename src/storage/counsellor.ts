// Validation of the counsellor's PIN record and of the wrong-PIN wait. Both are settings of the
// PC, not about a learner: they live in storage.local and survive wipe(). The record's format
// is documented in src/counsellor/pin.ts (an administrator policy may provide the same).
import * as z from 'zod/mini';
import { MAX_ITERATIONS, MIN_ITERATIONS, type LockState, type PinRecord } from '../counsellor';

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
  };
}
let schemas: ReturnType<typeof buildSchemas> | undefined;

/** The stored PIN record, or undefined when there is none or it is not exactly the format. */
export function parsePinRecord(raw: unknown): PinRecord | undefined {
  schemas ??= buildSchemas();
  const parsed = schemas.pin.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** The stored wait; a broken value counts as three wrong tries (so breaking it does not free guessing). */
export function parseLockState(raw: unknown): LockState {
  schemas ??= buildSchemas();
  if (raw === undefined || raw === null) return { failures: 0, lockedUntil: 0 };
  const parsed = schemas.lock.safeParse(raw);
  return parsed.success ? parsed.data : { failures: 3, lockedUntil: 0 };
}
