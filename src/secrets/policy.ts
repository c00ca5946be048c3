// Background side of the secrets check: for one page address, which kinds of secret deserve a
// warning before they are sent there, from the official-domain data (data/official-domains.yaml,
// `secrets`) and the genuine-site verdict. Pure; the page never learns more than this list.
import { judgeSite, type OfficialDomains } from '../risk';
import { SECRET_KINDS, type SecretKind } from './detect';

const isGouv = (host: string) => host === 'gouv.fr' || host.endsWith('.gouv.fr');

/** What the page watches: the kinds of secret, and whether the site imitates a public service. */
export interface SecretWatch {
  kinds: SecretKind[];
  imitation: boolean;
}

/** The kinds of secret to watch on `url`; none for our own pages, non-web addresses and IPs. */
export function watchedSecrets(url: string, data: OfficialDomains): SecretWatch {
  const verdict = judgeSite(url, data);
  switch (verdict.kind) {
    case 'ignored':
      return { kinds: [], imitation: false };
    case 'official': {
      const kinds = SECRET_KINDS.filter((kind) => {
        const rule = data.secrets[kind];
        return rule.warn === 'outside' && !rule.services.includes(verdict.service);
      });
      return { kinds, imitation: false };
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
