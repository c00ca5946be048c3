// Which genuine site asked the learner for a one-time code, and when (src/secrets): no code, no
// value, only a site name, a service id and a time. Validated on read; kept for the browser
// session only and removed by wipe().

export interface CodeExpected {
  /** The registrable domain of the page that asked ("caf.fr"). */
  site: string;
  /** Its service in data/official-domains.yaml ("caf"). */
  service: string;
  /** When it asked (ms since the epoch). */
  at: number;
}

const SITE = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/;
const SERVICE = /^[a-z0-9-]{1,40}$/;

/** The stored value if it has exactly the right shape, else undefined. */
export function repairCodeExpected(raw: unknown): CodeExpected | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { site, service, at } = raw as Record<string, unknown>;
  if (typeof site !== 'string' || !SITE.test(site)) return undefined;
  if (typeof service !== 'string' || !SERVICE.test(service)) return undefined;
  if (typeof at !== 'number' || !Number.isFinite(at)) return undefined;
  return { site, service, at };
}
