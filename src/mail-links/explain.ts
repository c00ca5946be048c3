// What the learner reads next to a dangerous link in a message: short plain sentences in the
// learner's language (locales/*.yml, `links.*`), saying where the link really goes and how to
// reach the genuine site instead.
import type { OfficialDomains } from '../risk';
import type { Say } from '../secrets/explain';
import type { LinkVerdict } from './judge';

/** The address to type for a service: its first registrable domain ("caf.fr"). */
function addressToType(service: string, data: OfficialDomains): string | undefined {
  const found = data.services.find((s) => s.id === service);
  return found?.domains[0] ?? found?.hosts[0];
}

/** How the learner reads a genuine service: the data's French words (« le vrai site de la Caf »),
 * or in another language « the real site » and its address (the data speaks French only). */
export function genuineName(service: string, data: OfficialDomains, say: Say, french: boolean): string {
  const found = data.services.find((s) => s.id === service);
  if (french && found) return found.site;
  const address = addressToType(service, data);
  return address ? `${say('links.genuine')} ${address}` : say('links.genuine');
}

/** The warning for one link, or undefined when the link is not marked. */
export function explainLink(verdict: LinkVerdict, data: OfficialDomains, say: Say, french = true): string | undefined {
  if (verdict.kind === 'ok') return undefined;
  const genuine = genuineName(verdict.service, data, say, french);
  const address = addressToType(verdict.service, data);
  const instead = address ? ` ${say('links.instead', { address })}` : '';
  switch (verdict.kind) {
    case 'mismatch':
      return say('links.mismatch', { genuine, site: verdict.site }) + instead;
    case 'lookalike':
      return say('links.lookalike', { genuine, site: verdict.site }) + instead;
  }
}
