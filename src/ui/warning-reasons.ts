// Why the warning page thinks an address imitates a service: one short sentence per reason, in the
// learner's language (locales/*.yml, warning.reasons.*), naming the address's real owner when it helps.
import type { TextKey } from '../i18n';
import type { Reason, ReasonKind } from '../risk';
import type { Translate } from './text';

function reasonKey(kind: ReasonKind): TextKey {
  switch (kind) {
    case 'wrong-suffix':
      return 'warning.reasons.wrongSuffix';
    case 'homoglyph':
      return 'warning.reasons.homoglyph';
    case 'typo':
      return 'warning.reasons.typo';
    case 'fake-gouv-suffix':
      return 'warning.reasons.fakeGouvSuffix';
    case 'glued-gouv':
      return 'warning.reasons.gluedGouv';
    case 'brand-in-name':
      return 'warning.reasons.brandInName';
    case 'brand-in-subdomain':
      return 'warning.reasons.brandInSubdomain';
    case 'brand-in-path':
      return 'warning.reasons.brandInPath';
    case 'name-in-path':
      return 'warning.reasons.nameInPath';
    case 'paid-intermediary':
      return 'warning.reasons.paidIntermediary';
  }
}

/** One sentence for one reason; `domain` is the address's real registrable name ("secure-x.com"). */
export function reasonSentence(t: Translate, reason: Reason, domain: string): string {
  return t(reasonKey(reason.kind), { word: reason.word, domain });
}

/** The one or two sentences the page shows, most telling first. */
export function reasonSentences(t: Translate, reasons: readonly Reason[], domain: string): string[] {
  return reasons.slice(0, 2).map((reason) => reasonSentence(t, reason, domain));
}
