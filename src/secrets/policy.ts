// Background side of the secrets check: for one page address, which kinds of secret deserve a
// warning before they are sent there, from the official-domain data (data/official-domains.yaml,
// `secrets`) and the genuine-site verdict; and which genuine site last asked for a one-time code,
// so that a code typed on any other site is questioned. Pure; the page never learns more than this.
import { judgeSite, siteKey, type OfficialDomains } from '../risk';
import { SECRET_KINDS, type SecretKind } from './detect';

const isGouv = (host: string) => host === 'gouv.fr' || host.endsWith('.gouv.fr');

/** How long a one-time code asked by a genuine site stays « expected » there: the CAF's code is
 * valid 15 minutes (caf.fr Yvelines, 2024-12; the replica's 2FA page says so too). */
export const CODE_EXPECTED_MS = 15 * 60 * 1000;

/** A genuine site that asked for a one-time code (no code, only where and when). */
export interface CodeRequest {
  site: string;
  service: string;
  at: number;
}

/** What the page watches: the kinds of secret, and whether the site imitates a public service. */
export interface SecretWatch {
  kinds: SecretKind[];
  imitation: boolean;
  /** A genuine service's page: it reports when it asks for a one-time code. */
  codeAsk?: boolean;
  /** The genuine service (its id in data/official-domains.yaml) that asked for a code minutes ago, on another site. */
  codeFor?: string;
}

/** The request to record when the page at `url` asks for a one-time code: genuine sites only
 * (an imitation must not make the genuine site look like « another site »). */
export function codeRequest(url: string, data: OfficialDomains, now: number): CodeRequest | undefined {
  const verdict = judgeSite(url, data);
  const site = siteKey(url);
  return verdict.kind === 'official' && site ? { site, service: verdict.service, at: now } : undefined;
}

function baseWatch(url: string, data: OfficialDomains): SecretWatch {
  const verdict = judgeSite(url, data);
  switch (verdict.kind) {
    case 'ignored':
      return { kinds: [], imitation: false };
    case 'official': {
      const kinds = SECRET_KINDS.filter((kind) => {
        const rule = data.secrets[kind];
        return rule.warn === 'outside' && !rule.services.includes(verdict.service);
      });
      return { kinds, imitation: false, codeAsk: true };
    }
    case 'unknown': {
      const host = new URL(url).hostname.toLowerCase();
      const kinds = SECRET_KINDS.filter((kind) => {
        const rule = data.secrets[kind];
        return rule.warn === 'outside' && !(rule.gouv && isGouv(host));
      });
      return { kinds, imitation: false };
    }
    case 'lookalike':
      return { kinds: [...SECRET_KINDS], imitation: true };
  }
}

/** The kinds of secret to watch on `url`; none for our own pages, non-web addresses and IPs.
 * With `asked` (a recent code request by another genuine site), codes are watched here too. */
export function watchedSecrets(
  url: string,
  data: OfficialDomains,
  asked?: CodeRequest,
  now: number = Date.now(),
): SecretWatch {
  const watch = baseWatch(url, data);
  const fresh = asked !== undefined && now - asked.at >= 0 && now - asked.at < CODE_EXPECTED_MS;
  const site = siteKey(url);
  if (!fresh || !site || site === asked.site) return watch;
  const service = data.services.find((s) => s.id === asked.service);
  if (!service) return watch;
  const kinds = watch.kinds.includes('code') ? watch.kinds : [...watch.kinds, 'code' as const];
  return { ...watch, kinds, codeFor: service.id };
}
