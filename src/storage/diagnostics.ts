// The « Je ne trouve pas » diagnostic records: where a guide failed the learner (guide, step, the
// step's page pattern from the guide, reason, locator signals tried). Validated on read and on
// append, capped to the newest 50; never a typed value, the address the learner visited (a path
// such as /in/<name>/ names a person), nor page text beyond what the guide contains.
import * as z from 'zod/mini';

/** How many records are kept: enough to see where guides fail, too few to become a history. */
export const MAX_DIAGNOSTICS = 50;
const MAX_PAGE = 300;

function buildDiagnosticSchema() {
  // No code generation: extension CSP forbids eval.
  z.config({ jitless: true });
  const id = z.string().check(z.minLength(1), z.maxLength(120), z.regex(/^[a-z0-9/-]+$/));
  return z.strictObject({
    at: z.number().check(z.nonnegative()),
    guideId: id,
    stepId: id,
    // The guide's own page pattern for the step (https://host/… with * for any run), never the
    // visited address: a path, a query or a fragment may carry personal data.
    page: z.string().check(z.maxLength(MAX_PAGE), z.regex(/^https:\/\/[a-z0-9.-]+(?:[/?][^\s#]*)?$/)),
    reason: z.enum(['missing', 'ambiguous', 'hidden', 'stuck', 'help-asked']),
    tried: z.array(z.string().check(z.maxLength(160))).check(z.maxLength(12)),
  });
}
let diagnosticSchema: ReturnType<typeof buildDiagnosticSchema> | undefined;

export type Diagnostic = z.infer<ReturnType<typeof buildDiagnosticSchema>>;
export type DiagnosticReason = Diagnostic['reason'];

function parseDiagnostic(value: unknown): Diagnostic | undefined {
  diagnosticSchema ??= buildDiagnosticSchema();
  const parsed = diagnosticSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Keeps the valid records of a stored value, in order, dropping the rest; at most the newest 50. */
export function repairDiagnostics(raw: unknown): Diagnostic[] {
  if (!Array.isArray(raw)) return [];
  const repaired: Diagnostic[] = [];
  for (const value of raw as unknown[]) {
    const parsed = parseDiagnostic(value);
    if (parsed) repaired.push(parsed);
  }
  return repaired.slice(-MAX_DIAGNOSTICS);
}

/** Appends a record if it is valid (an invalid one is dropped), keeping the newest 50. */
export function appendDiagnostic(list: readonly Diagnostic[], record: Diagnostic): Diagnostic[] {
  const parsed = parseDiagnostic(record);
  return (parsed ? [...list, parsed] : [...list]).slice(-MAX_DIAGNOSTICS);
}
