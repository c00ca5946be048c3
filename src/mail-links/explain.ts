// What the learner reads next to a dangerous link in a message: short plain-French sentences
// (vous), saying where the link really goes and how to reach the genuine site instead.
import type { OfficialDomains } from '../risk';
import type { LinkVerdict } from './judge';

/** The address to type for a service: its first registrable domain ("caf.fr"). */
function addressToType(service: string, data: OfficialDomains): string | undefined {
  const found = data.services.find((s) => s.id === service);
  return found?.domains[0] ?? found?.hosts[0];
}

/** The warning for one link, or undefined when the link is not marked. */
export function explainLink(verdict: LinkVerdict, data: OfficialDomains): string | undefined {
  if (verdict.kind === 'ok') return undefined;
  const service = data.services.find((s) => s.id === verdict.service);
  const genuine = service?.site ?? 'le vrai site';
  const address = addressToType(verdict.service, data);
  const instead = address ? ` Pour aller sur le vrai site, tapez vous-même ${address} en haut de l’écran.` : '';
  switch (verdict.kind) {
    case 'mismatch':
      return `Attention : ce lien ne va pas sur ${genuine}. Il va sur ${verdict.site}. Ne cliquez pas.${instead}`;
    case 'lookalike':
      return `Attention : ce lien va sur ${verdict.site}. Ce site imite ${genuine}. Ne cliquez pas.${instead}`;
  }
}
