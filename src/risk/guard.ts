// The built-in risk rules in the page: a click or a form sent that a rule names is held in the
// capture phase until the learner confirms in our dialog, with or without a guide. Idle cost: two
// capture listeners on the document; the rule's target is located only when the address matches.
import type { Risk, RiskRule } from '../guide';
import { locate } from '../locate';
import { completesStep, conditionHolds } from '../session';
import { hold, isReplaying, replay } from '../shared/hold';
import { matchAnyUrlPattern } from '../shared/url-pattern';

export interface GuardOptions {
  doc: Document;
  signal: AbortSignal;
  /** The rules of this page, as the background last sent them. */
  rules: () => readonly RiskRule[];
  confirm: (risk: Risk) => Promise<boolean>;
}

/** Listens on the document, after a guide step's own hold on the window: one dialog per action. */
export function guardPage(options: GuardOptions): void {
  const { doc, signal } = options;
  const onEvent = (event: Event) => {
    if (!event.isTrusted || isReplaying()) return;
    const type = event.type === 'submit' ? 'submit' : 'click';
    const path = event.composedPath();
    for (const rule of options.rules()) {
      // A choice is read on the click that makes it (the box is already ticked; holding undoes it).
      const as = rule.on.kind === 'choose' ? 'change' : rule.on.kind;
      if ((as === 'change' ? 'click' : as) !== type) continue;
      if (!matchAnyUrlPattern(rule.page, doc.location.href)) continue;
      const found = locate(rule.target, doc);
      if (found.status !== 'found' || !completesStep(rule.on, as, path, found.element)) continue;
      if (rule.when && !conditionHolds(rule.when, doc)) continue;
      hold(event);
      const submitter = (event as SubmitEvent).submitter;
      void options.confirm(rule.risk).then((yes) => yes && replay(type, path[0], submitter));
      return;
    }
  };
  doc.addEventListener('click', onEvent, { capture: true, signal });
  doc.addEventListener('submit', onEvent, { capture: true, signal });
}
