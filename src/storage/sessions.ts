// Validation and repair of the stored sessions: a corrupted or foreign value is dropped entry by
// entry, never fatal. Only guide ids, step positions and timings are accepted — no free text.
import * as z from 'zod/mini';
import type { SessionState } from '../session';

function buildSessionSchema() {
  z.config({ jitless: true });
  const id = z.string().check(z.minLength(1), z.maxLength(120), z.regex(/^[a-z0-9/-]+$/));
  const time = z.number().check(z.nonnegative());
  return z.strictObject({
    guideId: id,
    level: z.enum(['decouvre', 'entraine', 'debrouille']),
    status: z.enum(['running', 'finished']),
    stepIndex: z.number().check(z.int(), z.nonnegative(), z.maximum(1000)),
    startedAt: time,
    stepStartedAt: time,
    durations: z.record(id, time),
  });
}
let sessionSchema: ReturnType<typeof buildSessionSchema> | undefined;

export type StoredSessions = Record<string, SessionState>;

/** Keeps the valid sessions of a stored value (keyed by window id) and drops the rest. */
export function repairSessions(raw: unknown): StoredSessions {
  sessionSchema ??= buildSessionSchema();
  const repaired: StoredSessions = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return repaired;
  for (const [key, value] of Object.entries(raw)) {
    if (!/^\d{1,12}$/.test(key)) continue;
    const parsed = sessionSchema.safeParse(value);
    if (parsed.success) repaired[key] = parsed.data;
  }
  return repaired;
}
