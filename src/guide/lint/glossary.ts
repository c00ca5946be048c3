// The glossary (data/glossary.yaml): words a learner may not know, how a guide recognises them, and
// which words count as their explanation. A guide must explain each one in the first step using it.
import { z } from 'zod';
import { readYamlFile } from '../compile';
import type { GuideError } from '../errors';
import { checkSentenceLength } from './falc';
import { plain, withoutLabels } from './sentences';

export const GLOSSARY_FILE = 'data/glossary.yaml';

const pattern = z.string().trim().min(1).max(200);

export const GlossarySchema = z
  .strictObject({
    terms: z
      .array(
        z.strictObject({
          word: z.string().trim().min(1).max(60).describe('The word as a reader would name it.'),
          forms: z
            .array(pattern)
            .min(1)
            .max(10)
            .describe('Regular expressions (case-insensitive) for the ways it is written, plurals included.'),
          explanation: z
            .string()
            .trim()
            .min(1)
            .max(300)
            .describe('A short plain-French explanation a guide can use as it is.'),
          accepted: z
            .array(pattern)
            .min(1)
            .max(10)
            .describe('Regular expressions (case-insensitive): a step text matching one of them explains the word.'),
        }),
      )
      .min(1)
      .max(100),
  })
  .describe('The glossary of words a guide must explain on first use.');

export interface Term {
  word: string;
  forms: RegExp[];
  explanation: string;
  accepted: RegExp[];
}

/** A form matches as whole words only: « lien » is not in « client ». */
const wholeWords = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu');

function compilePattern(source: string, whole: boolean): RegExp | string {
  try {
    return whole ? wholeWords(source) : new RegExp(source, 'iu');
  } catch (error) {
    return (error as Error).message;
  }
}

export type GlossaryResult = { ok: true; terms: Term[] } | { ok: false; errors: GuideError[] };

/** Reads and checks the glossary: valid patterns, and each explanation is accepted by its own patterns. */
export function readGlossary(file: string, text: string): GlossaryResult {
  const read = readYamlFile(file, text, GlossarySchema, 'terms');
  if (!read.ok) return read;
  const { located } = read;
  const terms = read.data.terms.map((entry, i): Term => {
    const compile = (list: string[], field: 'forms' | 'accepted', whole: boolean) =>
      list.flatMap((source, j) => {
        const regex = compilePattern(source, whole);
        if (typeof regex === 'string') {
          located.add(
            ['terms', i, field, j],
            `invalid regular expression: ${regex}`,
            'a JavaScript regular expression',
          );
          return [];
        }
        return [regex];
      });
    const term = {
      word: entry.word,
      forms: compile(entry.forms, 'forms', true),
      explanation: entry.explanation,
      accepted: compile(entry.accepted, 'accepted', false),
    };
    if (!term.forms.some((form) => form.test(entry.word)))
      located.add(['terms', i, 'word'], `no form matches « ${entry.word} »`, 'a form that matches the word itself');
    if (term.accepted.length && !term.accepted.some((regex) => regex.test(plain(entry.explanation))))
      located.add(
        ['terms', i, 'explanation'],
        `the explanation of « ${entry.word} » matches none of its accepted patterns`,
        'an explanation that a guide could copy and pass the lint with',
      );
    for (const finding of checkSentenceLength(entry.explanation))
      located.add(['terms', i, 'explanation'], finding.what, finding.expected);
    return term;
  });
  return located.errors.length ? { ok: false, errors: located.errors } : { ok: true, terms };
}

/** One learner text of a step, for the glossary check. */
export interface StepText {
  text: string;
  /** Where it is in the guide file, for the error. */
  path: (string | number)[];
}

export interface GlossaryFinding {
  term: Term;
  stepId: string;
  text: StepText;
  offset: number;
  /** The words as the guide wrote them (« code à 6 chiffres » for « code de vérification »). */
  found: string;
}

/**
 * For each term, the first step (in file order) whose texts use it outside « labels »: if none of
 * that step's texts (say, risk.why, risk.check) matches an accepted explanation, it is a finding.
 */
export function unexplained(
  terms: readonly Term[],
  steps: readonly { id: string; texts: StepText[] }[],
): GlossaryFinding[] {
  const findings: GlossaryFinding[] = [];
  for (const term of terms) {
    for (const step of steps) {
      const use = step.texts
        .map((text) => ({ text, match: term.forms.map((form) => form.exec(withoutLabels(text.text))).find(Boolean) }))
        .find((found) => found.match);
      if (!use?.match) continue;
      const explained = step.texts.some((text) => term.accepted.some((regex) => regex.test(plain(text.text))));
      if (!explained)
        findings.push({ term, stepId: step.id, text: use.text, offset: use.match.index, found: use.match[0] });
      break;
    }
  }
  return findings;
}
