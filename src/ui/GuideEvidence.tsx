// On the counsellor's page only: how much of a guide was checked against the real site and when,
// in plain French (« Vérifié sur le vrai site : 9 étapes sur 17. Vérification faite le 30/11/2026. »).
// The learner never sees it: neither the popup nor the overlay shows it, and the guide a page
// receives has no evidence (src/guide/localize.ts leaves it out).
import type { JSX } from 'solid-js';
import { evidenceTally, type Guide } from '../guide';
import { evidenceSentences } from './evidence-words';
import { useText } from './text';

export function GuideEvidence(props: { guide: Guide; id: string }): JSX.Element {
  const { t } = useText();
  return (
    <p id={props.id} class="evidence" data-testid="guide-evidence">
      {evidenceSentences(evidenceTally(props.guide), t).join(' ')}
    </p>
  );
}
