// The counsellor's sentences about a guide's evidence (how many steps were checked on the real
// site, when, and where the others come from), from the words of locales/*.yml. No JSX: the
// browser tests compute the same sentences to read them on the page.
import { frenchDate, type EvidenceTally } from '../guide';
import type { Translate } from './text';

/** The sentences for a guide's tally, in the page's language. */
export function evidenceSentences(tally: EvidenceTally, t: Translate): string[] {
  const { total, confirmed, partial, inferred, first, last } = tally;
  const sentences: string[] = [];
  if (confirmed === 0) sentences.push(t('evidence.none'));
  else if (confirmed === total) sentences.push(t('evidence.all', { total }));
  else if (confirmed === 1) sentences.push(t('evidence.checkedOne', { total }));
  else sentences.push(t('evidence.checked', { confirmed, total }));
  if (confirmed > 0 && first && last)
    sentences.push(
      first === last
        ? t('evidence.on', { date: frenchDate(last) })
        : t('evidence.between', { first: frenchDate(first), last: frenchDate(last) }),
    );
  if (partial === 1) sentences.push(t('evidence.partialOne'));
  else if (partial > 1) sentences.push(t('evidence.partial', { partial }));
  if (inferred > 0) sentences.push(t(confirmed + partial > 0 ? 'evidence.rest' : 'evidence.restAll'));
  return sentences;
}
