// Background side of the mail-link check: is one link of a message an imitation of a public
// service? Pure, on host names only, with the genuine-site judge of src/risk. Precision first: a
// link to an ordinary site, or to a genuine service, is not marked.
import { judgeSite, siteKey, type OfficialDomains } from '../risk';
import type { LinkHosts } from './hosts';

export type LinkVerdict =
  | { kind: 'ok' }
  /** The text shows a genuine address of `service`, the link goes to `site` (not that service). */
  | { kind: 'mismatch'; service: string; site: string }
  /** The link goes to `site`, which imitates `service`. */
  | { kind: 'lookalike'; service: string; site: string };

const page = (host: string) => `https://${host}/`;

export function judgeLink(link: LinkHosts, data: OfficialDomains): LinkVerdict {
  const target = judgeSite(page(link.target), data);
  const site = siteKey(page(link.target)) ?? link.target;
  if (link.shown !== undefined) {
    const shown = judgeSite(page(link.shown), data);
    if (shown.kind === 'official' && !(target.kind === 'official' && target.service === shown.service))
      return { kind: 'mismatch', service: shown.service, site };
  }
  return target.kind === 'lookalike' ? { kind: 'lookalike', service: target.service, site } : { kind: 'ok' };
}
