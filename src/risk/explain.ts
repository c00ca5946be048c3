// What the warning page says about why an address looks like an imitation: one short plain-French
// sentence per reason (vous, no jargon), naming the real owner of the address when it helps.
import type { Reason } from './types';

/** One sentence for one reason; `domain` is the address's real registrable name ("secure-x.com"). */
export function explainReason(reason: Reason, domain: string): string {
  const word = `« ${reason.word} »`;
  switch (reason.kind) {
    case 'wrong-suffix':
      return `L'adresse reprend le nom ${word}, mais elle ne finit pas comme celle du vrai site.`;
    case 'homoglyph':
      return `L'adresse imite le nom ${word} avec des lettres ou des chiffres qui se ressemblent.`;
    case 'typo':
      return `L'adresse ressemble au nom ${word}, à une ou deux lettres près.`;
    case 'fake-gouv-suffix':
      return "L'adresse imite la fin « .gouv.fr » des sites de l'État, mais ce n'est pas la vraie.";
    case 'glued-gouv':
      return "L'adresse contient « gouv », mais elle ne finit pas par « .gouv.fr » comme les sites de l'État.";
    case 'brand-in-name':
      return `L'adresse contient le nom ${word}, mais ce n'est pas l'adresse du vrai site.`;
    case 'brand-in-subdomain':
      return `Le nom ${word} est au début de l'adresse. Mais le site appartient à « ${domain} ».`;
    case 'brand-in-path':
      return `L'adresse ${word} est cachée dans la suite de l'adresse. Mais le site appartient à « ${domain} ».`;
    case 'paid-intermediary':
      return `Ce site peut vous faire payer une démarche (${word}) qui est gratuite sur le site officiel.`;
  }
}

/** The one or two sentences the page shows, most telling first. */
export function explainReasons(reasons: readonly Reason[], domain: string): string[] {
  return reasons.slice(0, 2).map((reason) => explainReason(reason, domain));
}
