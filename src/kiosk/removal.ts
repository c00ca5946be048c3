// What the browser itself keeps of a learner (cookies, site storage, history, form autofill,
// download list, saved passwords) and how the wipe asks it to forget: one browsingData call per
// kind, retried, each failure named for the learner's summary. Pure plan plus a port-driven runner.

/** Kinds of browser data the wipe removes (names of browsingData's DataTypeSet). */
export const DATA_KINDS = [
  'cookies',
  'localStorage',
  'indexedDB',
  'cacheStorage',
  'serviceWorkers',
  'cache',
  'history',
  'formData',
  'downloads',
  'passwords',
] as const;
export type DataKind = (typeof DATA_KINDS)[number];

/** The kinds browsingData can limit to some origins (Chrome's `origins` option). */
const BY_ORIGIN: ReadonlySet<DataKind> = new Set([
  'cookies',
  'localStorage',
  'indexedDB',
  'cacheStorage',
  'serviceWorkers',
]);

/** What the learner's summary names when a removal failed (a few words each, see locales). */
export const WIPE_FAILURES = ['sites', 'history', 'forms', 'passwords', 'downloads', 'tabs'] as const;
export type WipeFailure = (typeof WIPE_FAILURES)[number];

export function failureOf(kind: DataKind): WipeFailure {
  switch (kind) {
    case 'cookies':
    case 'localStorage':
    case 'indexedDB':
    case 'cacheStorage':
    case 'serviceWorkers':
    case 'cache':
      return 'sites';
    case 'history':
      return 'history';
    case 'formData':
      return 'forms';
    case 'passwords':
      return 'passwords';
    case 'downloads':
      return 'downloads';
    default:
      return kind satisfies never;
  }
}

export interface Removal {
  kind: DataKind;
  /** Remove what was stored on or after this time (ms since epoch; 0: everything). */
  since: number;
  /** Only these origins (« Me déconnecter de ces sites »); absent: every site. */
  origins?: string[];
}

export interface RemovalChoices {
  /** Kiosk mode: everything, whenever it was stored (another learner's leftovers included). */
  kiosk: boolean;
  /** When this learner's session began (its first page or download); undefined: not known. */
  sessionStart: number | undefined;
  /** The learner asked to be logged out of the sites they visited: their origins. */
  logoutOrigins: readonly string[];
  /** Firefox lacks cacheStorage and cannot remove local storage « since » a time. */
  firefox: boolean;
}

/** A page's cookies are set before the browser reports the page (the session's start): the
 * removal reaches this far before it. */
export const SESSION_START_MARGIN_MS = 5 * 60_000;

/** From when the wipe removes the browser's data: 0 (everything) in kiosk mode or when the start is unknown. */
export function removalSince(choices: Pick<RemovalChoices, 'kiosk' | 'sessionStart'>): number {
  if (choices.kiosk || choices.sessionStart === undefined) return 0;
  return Math.max(0, choices.sessionStart - SESSION_START_MARGIN_MS);
}

/**
 * The removals of a wipe. Kiosk mode removes everything since 0: a public PC keeps nothing of
 * anyone, and a session start lost with a worker or a crash must not leave the older data. Outside
 * kiosk mode, everything the session added (since its start; since 0 when the start is unknown),
 * plus, on request, the recorded sites' cookies and storage whenever they were set.
 */
export function planRemovals(choices: RemovalChoices): Removal[] {
  const since = removalSince(choices);
  const supported = (kind: DataKind) =>
    !choices.firefox || (kind !== 'cacheStorage' && !(kind === 'localStorage' && since > 0));
  const removals: Removal[] = DATA_KINDS.filter(supported).map((kind) => ({ kind, since }));
  if (!choices.kiosk && choices.logoutOrigins.length > 0) {
    const origins = [...new Set(choices.logoutOrigins)];
    for (const kind of DATA_KINDS)
      if (BY_ORIGIN.has(kind) && (!choices.firefox || kind !== 'cacheStorage'))
        removals.push({ kind, since: 0, origins });
  }
  return removals;
}

/** Tries each removal up to `attempts` times; answers the failures, each named once, in order. */
export async function runRemovals(
  removals: readonly Removal[],
  remove: (removal: Removal) => Promise<void>,
  attempts = 3,
): Promise<WipeFailure[]> {
  const outcomes = await Promise.all(
    removals.map(async (removal) => {
      for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
          await remove(removal);
          return undefined;
        } catch {
          // Retried below; the last failure is reported in the learner's summary.
        }
      }
      return failureOf(removal.kind);
    }),
  );
  const failed = new Set(outcomes.filter((failure) => failure !== undefined));
  return WIPE_FAILURES.filter((failure) => failed.has(failure));
}
