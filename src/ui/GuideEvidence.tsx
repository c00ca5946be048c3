// On the counsellor's page only: how much of a guide was checked against the real site and when,
// in plain French (« Vérifié sur le vrai site : 9 étapes sur 17. Vérification faite le 30/11/2026. »).
// The learner never sees it: neither the popup nor the overlay shows it, and the guide a page
// receives has no evidence (src/guide/localize.ts leaves it out).
import type { JSX } from 'solid-js';
import { evidenceTally, frenchDate, type EvidenceTally, type Guide } from '../guide';
import { useText, type Translate } from './text';

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

export function GuideEvidence(props: { guide: Guide; id: string }): JSX.Element {
  const { t } = useText();
  return (
    <p id={props.id} class="evidence" data-testid="guide-evidence">
      {evidenceSentences(evidenceTally(props.guide), t).join(' ')}
    </p>
  );
}
