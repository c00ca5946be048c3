// The FALC rules on one learner text (docs/sources.md, FALC): short sentences, one action per step, and
// vouvoiement throughout. Pure functions over a string; findings carry their offset in the text.
import { sentences, type Token } from './sentences';
import { ACTION_VERBS, MAX_WORDS, RETURN_LEADS, RETURN_VERBS, SENTENCE_LEADS, TU_IMPERATIVES, TU_WORDS } from './words';

export interface TextFinding {
  rule: 'sentence-length' | 'one-action' | 'vouvoiement';
  /** Where in the text (0-based). */
  offset: number;
  what: string;
  expected: string;
}

const quote = (text: string) => `« ${text.length > 60 ? `${text.slice(0, 60)}…` : text} »`;

/** A word as the verb lists spell it: lower-case, without « n' » and without « -vous », « -le »… */
export function verbForm(word: string): string {
  return word
    .toLowerCase()
    .replace(/^n'/, '')
    .replace(/-(?:vous|le|la|les|y|en|moi|lui|leur|toi|nous)$/, '');
}

export function checkSentenceLength(text: string): TextFinding[] {
  return sentences(text)
    .filter((sentence) => sentence.tokens.length > MAX_WORDS)
    .map((sentence) => ({
      rule: 'sentence-length',
      offset: sentence.start,
      what: `a sentence of ${sentence.tokens.length} words: ${quote(sentence.text)}`,
      expected: `at most ${MAX_WORDS} words per sentence (a « label » counts as one word): cut it in two`,
    }));
}

export interface ActionVerb {
  verb: string;
  offset: number;
}

/** The imperative action verbs a text asks for, in order, leaving out « ne … pas », « vous
 * cliquez » (a statement) and the allowed « Puis revenez ». */
export function actionVerbs(text: string): ActionVerb[] {
  const found: ActionVerb[] = [];
  for (const sentence of sentences(text)) {
    let previous: Token | undefined;
    for (const token of sentence.tokens) {
      const before = previous?.label ? '' : (previous?.text.toLowerCase() ?? '');
      previous = token;
      if (token.label) continue;
      const lower = token.text.toLowerCase();
      if (!ACTION_VERBS.has(verbForm(lower))) continue;
      if (lower.startsWith("n'") || before === 'ne' || before === 'vous') continue;
      if (RETURN_VERBS.has(verbForm(lower)) && RETURN_LEADS.has(before)) continue;
      found.push({ verb: token.text, offset: token.start });
    }
  }
  return found;
}

export function checkOneAction(text: string): TextFinding[] {
  const verbs = actionVerbs(text);
  const second = verbs[1];
  if (!second) return [];
  return [
    {
      rule: 'one-action',
      offset: second.offset,
      what: `${verbs.length} actions in one step (${verbs.map((v) => quote(v.verb)).join(', ')})`,
      expected: 'one action per step: make a step for each (only « Puis revenez … » may follow the action)',
    },
  ];
}

export function checkVouvoiement(text: string): TextFinding[] {
  const findings: TextFinding[] = [];
  const flag = (token: Token) =>
    findings.push({
      rule: 'vouvoiement',
      offset: token.start,
      what: `${quote(token.text)} speaks to the learner as « tu »`,
      expected: 'vouvoiement throughout: « vous », « votre », « Cliquez », « Écrivez »',
    });
  for (const sentence of sentences(text)) {
    const words = sentence.tokens.filter((token) => !token.label);
    for (const token of words) {
      const lower = token.text.toLowerCase();
      if (TU_WORDS.has(lower) || /^t'\p{L}/u.test(lower) || /-(?:toi|tu|te)$/.test(lower)) flag(token);
    }
    // Only the head of the sentence: elsewhere « vérifie », « ouvre » are the il/elle form.
    const first = sentence.tokens.find((token) => !SENTENCE_LEADS.has(token.text.toLowerCase()));
    if (
      first &&
      !first.label &&
      TU_IMPERATIVES.has(verbForm(first.text)) &&
      !findings.some((f) => f.offset === first.start)
    )
      flag(first);
  }
  return findings.sort((a, b) => a.offset - b.offset);
}

/** Every FALC finding of a text; `isStep` adds the one-action rule (a step's `say`). */
export function checkText(text: string, isStep: boolean): TextFinding[] {
  return [...checkSentenceLength(text), ...(isStep ? checkOneAction(text) : []), ...checkVouvoiement(text)];
}
