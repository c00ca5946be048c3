// Validation and bounds of the session journal (the counsellor's report) and of the pending
// session-link proposals. Strict schemas: ids, levels, times and fixed choices only, so no typed
// value or page text can be kept even by mistake. Invalid entries are dropped, never fatal.
import * as z from 'zod/mini';
import type { JournalEvent, Level } from '../session';

/** Events kept: a long session of several guides, too few to become a history. */
export const MAX_JOURNAL = 400;

function buildSchemas() {
  // No code generation: extension CSP forbids eval.
  z.config({ jitless: true });
  const id = z.string().check(z.minLength(1), z.maxLength(120), z.regex(/^[a-z0-9/-]+$/));
  const at = z.number().check(z.nonnegative());
  const level = z.enum(['decouvre', 'entraine', 'debrouille']);
  const choice = z.enum(['shown', 'continue', 'genuine', 'cancel']);
  const event = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('start'), at, guideId: id, level }),
    z.strictObject({
      kind: z.literal('step'),
      at,
      guideId: id,
      stepId: id,
      ms: z.number().check(z.nonnegative()),
      outcome: z.enum(['done', 'skipped']),
    }),
    z.strictObject({ kind: z.literal('help'), at, guideId: z.optional(id), stepId: z.optional(id) }),
    z.strictObject({ kind: z.literal('risk'), at, guideId: id, stepId: id, choice }),
    z.strictObject({ kind: z.literal('site-warning'), at, service: id, choice }),
    z.strictObject({ kind: z.literal('rule'), at, ruleId: id, choice: z.enum(['continue', 'cancel']) }),
    z.strictObject({ kind: z.literal('end'), at, guideId: id, how: z.enum(['finished', 'quit']) }),
  ]);
  const proposal = z.union([
    z.strictObject({ kind: z.literal('proposal'), at, guideId: id, level }),
    z.strictObject({ kind: z.literal('invalid'), at }),
  ]);
  return { event, proposal };
}
let schemas: ReturnType<typeof buildSchemas> | undefined;

/** Keeps the valid events of a stored value, in order, at most the newest MAX_JOURNAL. */
export function repairJournal(raw: unknown): JournalEvent[] {
  schemas ??= buildSchemas();
  if (!Array.isArray(raw)) return [];
  const kept: JournalEvent[] = [];
  for (const value of raw as unknown[]) {
    const parsed = schemas.event.safeParse(value);
    if (parsed.success) kept.push(parsed.data);
  }
  return kept.slice(-MAX_JOURNAL);
}

/** Appends valid events (invalid ones are dropped) and keeps the newest MAX_JOURNAL. */
export function appendJournal(journal: readonly JournalEvent[], events: readonly JournalEvent[]): JournalEvent[] {
  return repairJournal([...journal, ...events]);
}

/** A session link seen in a window, waiting for the learner's yes in the popup. */
export type Proposal =
  { kind: 'proposal'; at: number; guideId: string; level: Level } | { kind: 'invalid'; at: number };

/** Proposals by window id; at most one per window, 20 windows. */
export function repairProposals(raw: unknown): Record<string, Proposal> {
  schemas ??= buildSchemas();
  const kept: Record<string, Proposal> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return kept;
  for (const [key, value] of Object.entries(raw).slice(-20)) {
    if (!/^\d{1,12}$/.test(key)) continue;
    const parsed = schemas.proposal.safeParse(value);
    if (parsed.success) kept[key] = parsed.data;
  }
  return kept;
}

/** Window ids where the learner asked for help and no one has answered yet. */
export function repairHelpSignals(raw: unknown): number[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((v): v is number => Number.isInteger(v) && (v as number) >= 0).slice(-20);
}
