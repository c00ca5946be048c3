// What the background remembers of one learner's session so that « Terminer ma session » can
// clean up after it: the sites visited (registrable domain only: no path, no query; validated as
// the allowed sites are), the tabs used and the downloads started. Validated on read; pure.

/** Most tabs and downloads one session keeps; the oldest are forgotten first. */
export const MAX_TRACE_IDS = 50;

export interface SessionTrace {
  /** Sites visited, as registrable domains (« caf.fr »), oldest first. */
  sites: string[];
  /** Ids of the tabs that showed a web page during the session. */
  tabs: number[];
  /** Ids of the downloads started during the session. */
  downloads: number[];
}

/** Keeps the valid, distinct ids (non-negative integers) of a stored value, newest last. */
export function repairIds(raw: unknown): number[] {
  if (!Array.isArray(raw)) return [];
  const ids = raw.filter((id): id is number => Number.isSafeInteger(id) && (id as number) >= 0);
  return [...new Set(ids)].slice(-MAX_TRACE_IDS);
}

/** The ids with `id` added at the end (moved there if present), capped. */
export function rememberId(ids: readonly number[], id: number): number[] {
  return repairIds([...ids.filter((x) => x !== id), id]);
}
