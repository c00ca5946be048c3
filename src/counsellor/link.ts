// The session link a counsellor gives a learner: the guide's real start page with a fragment
// naming a catalogue guide and a level, e.g.
//   https://www.caf.fr/#coup-de-pouce=guide:caf/attestation-paiement;level:decouvre
// A fragment is never sent to the site's server. The background sees the address (webNavigation),
// parses it here, and only *proposes* the guide: the learner confirms in the popup. The link can
// name nothing but a guide of the catalogue and one of the three levels; the address opened is
// always the catalogue's own, never one taken from the link. It is read only from a navigation the
// learner started (see `startedByLearner`), never from a page's own redirect or script.
import type { Catalogue, Guide } from '../guide';
import { LEVELS, type Level } from '../session';

export const LINK_KEY = 'coup-de-pouce';
/** Longer fragments are refused unread. */
export const MAX_FRAGMENT = 200;

export type LinkReading =
  /** No session link in this address. */
  | { kind: 'none' }
  /** A session link that names nothing valid (unknown guide or level, malformed, wrong site). */
  | { kind: 'invalid' }
  | { kind: 'proposal'; guideId: string; level: Level };

const FRAGMENT = /^coup-de-pouce=guide:([a-z0-9-]{1,60}(?:\/[a-z0-9-]{1,60}){0,3});level:([a-z]{1,20})$/;

export function buildSessionLink(guide: Pick<Guide, 'id' | 'start'>, level: Level): string {
  const url = new URL(guide.start);
  url.hash = `${LINK_KEY}=guide:${guide.id};level:${level}`;
  return url.href;
}

/** Reads an address as the browser reports it. Anything not exactly a session link for a guide of
 * the catalogue, opened on one of that guide's own sites, is `invalid` (or `none` without the key). */
export function parseSessionLink(address: string, catalogue: Pick<Catalogue, 'guides'>): LinkReading {
  const hashAt = address.indexOf('#');
  if (hashAt === -1) return { kind: 'none' };
  const raw = address.slice(hashAt + 1);
  if (!raw.startsWith(LINK_KEY)) return { kind: 'none' };
  if (raw.length > MAX_FRAGMENT) return { kind: 'invalid' };
  const match = FRAGMENT.exec(raw);
  if (!match) return { kind: 'invalid' };
  const [, guideId, level] = match;
  const guide = catalogue.guides.find((g) => g.id === guideId);
  if (!guide || !LEVELS.some((l) => l === level)) return { kind: 'invalid' };
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { kind: 'invalid' };
  }
  if (url.protocol !== 'https:' || !guide.hosts.includes(url.hostname)) return { kind: 'invalid' };
  return { kind: 'proposal', guideId: guide.id, level: level as Level };
}

/** How the browser says a navigation came about (webNavigation `transitionType`/`transitionQualifiers`). */
export interface Transition {
  transitionType?: string;
  transitionQualifiers?: readonly string[];
}

/** The learner's own ways to open an address: typed or pasted in the address bar (`typed`, or
 * `generated` when the bar completed it), a bookmark (`auto_bookmark`), and, for a new page, a
 * link they clicked (`link`: in a mail, a message, a document). */
const LEARNER_TRANSITIONS: ReadonlySet<string> = new Set(['typed', 'generated', 'auto_bookmark', 'link']);
/** A page's own doing (meta refresh or script while loading, HTTP redirect) or a replay (back/forward). */
const NOT_THE_LEARNER: ReadonlySet<string> = new Set(['client_redirect', 'server_redirect', 'forward_back']);

/**
 * Whether the learner started this navigation. `within`: only the fragment changed (the same
 * page): there a `link` is the page's own link or script (Chromium reports `location.hash = …`
 * as `link`, like a click), so only the address bar and bookmarks count. A browser that gives no
 * transition gets no: nothing says the learner started it.
 */
export function startedByLearner(details: Transition, within: 'page' | 'new-page'): boolean {
  const type = details.transitionType;
  if (type === undefined || !LEARNER_TRANSITIONS.has(type) || (within === 'page' && type === 'link')) return false;
  return !(details.transitionQualifiers ?? []).some((qualifier) => NOT_THE_LEARNER.has(qualifier));
}
