// What the background remembers of one learner's session so that « Terminer ma session » can
// clean up after it: the sites visited (registrable domain only: no path, no query), the tabs
// used and the downloads started. Validated on read; pure.

/** Most sites, tabs and downloads one session keeps; the oldest are forgotten first. */
export const MAX_RECORDED = 50;
const SITE = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/;

export interface SessionTrace {
  /** Sites visited, as registrable domains (« caf.fr »), oldest first. */
  sites: string[];
  /** Ids of the tabs that showed a web page during the session. */
  tabs: number[];
  /** Ids of the downloads started during the session. */
  downloads: number[];
}

export const EMPTY_TRACE: SessionTrace = { sites: [], tabs: [], downloads: [] };

/** Keeps the valid, distinct site names of a stored value, newest last. */
export function repairSites(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const sites = raw.filter((site): site is string => typeof site === 'string' && SITE.test(site));
  return [...new Set(sites)].slice(-MAX_RECORDED);
}

/** Keeps the valid, distinct ids (non-negative integers) of a stored value, newest last. */
export function repairIds(raw: unknown): number[] {
  if (!Array.isArray(raw)) return [];
  const ids = raw.filter((id): id is number => Number.isSafeInteger(id) && (id as number) >= 0);
  return [...new Set(ids)].slice(-MAX_RECORDED);
}

/** `list` with `item` added at the end (moved there if present), capped. */
export function remember<T>(list: readonly T[], item: T): T[] {
  return [...list.filter((x) => x !== item), item].slice(-MAX_RECORDED);
}
