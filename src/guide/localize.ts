// Runtime: a guide (or the risk rules) as a page receives it, in the learner's language. Each
// step's text comes from the translation when there is one, else it stays French and is marked,
// so the overlay can say so; every step also gets the kind of action it asks for (its pictogram).
// A step's evidence stays behind: it is for counsellors and maintainers, never for the learner's page.
import type { ActionKind, Done, Guide, Risk, RiskRule, Step, StepText, Translation } from './types';

/** What the learner does to complete a step: click, write, choose, or wait for the page. */
export function actionOf(done: Done): ActionKind {
  switch (done.kind) {
    case 'click':
    case 'submit':
      return 'click';
    case 'input':
      return 'write';
    case 'choose':
      return 'choose';
    case 'url':
    case 'visible':
    case 'gone':
    case 'text':
      return 'wait';
    case 'any':
    case 'all': {
      // The learner's own action when one is among the conditions, else waiting.
      const kinds = done.of.map(actionOf);
      return kinds.find((kind) => kind !== 'wait') ?? 'wait';
    }
  }
}

function withRisk(risk: Risk, text: StepText['risk'] | undefined, translated: boolean): Risk {
  if (!translated) return risk;
  if (!text) return { ...risk, french: true };
  const { check: _, ...rest } = risk;
  return { ...rest, why: text.why, ...(text.check ? { check: text.check } : {}) };
}

function localizeStep(source: Step, text: StepText | undefined, translated: boolean): Step {
  const { evidence: _, ...step } = source;
  const act = actionOf(step.done);
  if (!translated) return { ...step, act };
  if (!text)
    return { ...step, act, ...(step.risk ? { risk: withRisk(step.risk, undefined, true) } : {}), french: true };
  return { ...step, act, say: text.say, ...(step.risk ? { risk: withRisk(step.risk, text.risk, true) } : {}) };
}

/** The guide in `language` ('fr': the source), without the other languages' texts. */
export function localizeGuide(guide: Guide, language: Translation | 'fr'): Guide {
  const { text: texts, ...rest } = guide;
  const translated = language !== 'fr';
  const text = translated ? texts?.[language] : undefined;
  return {
    ...rest,
    ...(text?.title ? { title: text.title } : translated ? { frenchTitle: true } : {}),
    ...(text?.summary ? { summary: text.summary } : {}),
    steps: guide.steps.map((step) => localizeStep(step, text?.steps[step.id], translated)),
    ...(guide.interruptions
      ? { interruptions: guide.interruptions.map((step) => localizeStep(step, text?.steps[step.id], translated)) }
      : {}),
  };
}

/** A guide's title and summary in `language` when translated, else in French; `lang` says which. */
export function guideWords(
  guide: Pick<Guide, 'title' | 'summary' | 'text' | 'frenchTitle'>,
  language: Translation | 'fr',
): { title: string; summary: string; lang: Translation | 'fr' } {
  const text = language === 'fr' ? undefined : guide.text?.[language];
  if (text?.title) return { title: text.title, summary: text.summary ?? guide.summary, lang: language };
  // A guide already given in a language (a session's snapshot) says whether its title is French.
  if (!guide.text && language !== 'fr' && !guide.frenchTitle)
    return { title: guide.title, summary: guide.summary, lang: language };
  return { title: guide.title, summary: guide.summary, lang: 'fr' };
}

/** The risk rules in `language`, without the other languages' texts. */
export function localizeRules(rules: readonly RiskRule[], language: Translation | 'fr'): RiskRule[] {
  return rules.map(({ text, ...rule }) => {
    const risk = language === 'fr' ? rule.risk : withRisk(rule.risk, text?.[language], true);
    return { ...rule, risk: { ...risk, rule: rule.id } };
  });
}
