// The session link a counsellor gives a learner: the guide's real start page with a fragment
// naming a catalogue guide and a level, e.g.
//   https://www.caf.fr/#coup-de-pouce=guide:caf/attestation-paiement;level:decouvre
// A fragment is never sent to the site's server. The background sees the address (webNavigation),
// parses it here, and only *proposes* the guide: the learner confirms in the popup. The link can
// name nothing but a guide of the catalogue and one of the three levels; the address opened is
// always the catalogue's own, never one taken from the link.
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
