// Validation of what the wipe keeps besides the trace: the origins visited (for « Me déconnecter
// de ces sites »), when the session began, what the last wipe could not remove (for the learner's
// summary), and the last kiosk setting a real policy gave (a setting of the PC, in storage.local).
import * as z from 'zod/mini';
import { WIPE_FAILURES, type KioskSetting, type WipeFailure } from '../kiosk';

/** Most origins one session keeps; the oldest are forgotten first. */
export const MAX_ORIGINS = 50;

function buildSchemas() {
  z.config({ jitless: true });
  return {
    // An origin only (scheme, host, port): never a path or a query.
    origin: z.string().check(z.maxLength(300), z.regex(/^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/)),
    time: z.number().check(z.int(), z.positive()),
    failures: z.array(z.enum(WIPE_FAILURES)).check(z.maxLength(WIPE_FAILURES.length)),
    kiosk: z.strictObject({
      kioskMode: z.boolean(),
      inactivityMinutes: z.number().check(z.int(), z.minimum(1), z.maximum(720)),
    }),
  };
}
let schemas: ReturnType<typeof buildSchemas> | undefined;

/** The valid, distinct origins of a stored value, newest last. */
export function repairOrigins(raw: unknown): string[] {
  schemas ??= buildSchemas();
  if (!Array.isArray(raw)) return [];
  const valid = raw.filter((origin): origin is string => schemas!.origin.safeParse(origin).success);
  return [...new Set(valid)].slice(-MAX_ORIGINS);
}

/** The origins with `origin` added at the end (moved there if present); unchanged when not an origin. */
export function rememberOrigin(origins: readonly string[], origin: string): string[] {
  return repairOrigins([...origins.filter((o) => o !== origin), origin]);
}

export function repairTime(raw: unknown): number | undefined {
  schemas ??= buildSchemas();
  const parsed = schemas.time.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** What the last wipe could not remove; a broken record is dropped (it is only a message). */
export function repairFailures(raw: unknown): WipeFailure[] {
  schemas ??= buildSchemas();
  const parsed = schemas.failures.safeParse(raw);
  return parsed.success ? [...new Set(parsed.data)] : [];
}

/** The remembered kiosk setting, or undefined when there is none or it is not exactly the format. */
export function parseKioskSetting(raw: unknown): KioskSetting | undefined {
  schemas ??= buildSchemas();
  const parsed = schemas.kiosk.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
