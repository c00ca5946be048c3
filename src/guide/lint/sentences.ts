// Reads learner text the way the FALC rules count it: sentences, words, and the page's own labels
// quoted « like this », which count as one word and are never checked as the guide's own words.

/** One word (or one quoted label) of a sentence, with its offset in the whole text. */
export interface Token {
  /** As written, without surrounding punctuation; a label keeps its « ». */
  text: string;
  start: number;
  /** A « quoted » label: the page's words, one word for the count, skipped by the word rules. */
  label: boolean;
}

export interface Sentence {
  text: string;
  start: number;
  tokens: Token[];
}

const OPEN = '«“';
const CLOSE: Record<string, string> = { '«': '»', '“': '”' };
const ENDS = '.!?…';
const WORD = /[\p{L}\p{N}]/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}@]+|[^\p{L}\p{N}@]+$/gu;

/** The same text with typographic apostrophes made straight and every kind of space a plain one. */
export function plain(text: string): string {
  return text.replace(/[\u2019\u2018\u02bc]/g, "'").replace(/[\u00a0\u202f\u2007]/g, ' ');
}

/**
 * Splits a text into sentences: a sentence ends at . ! ? or … followed by a space or the end of the
 * text, never inside a « label ». Words are runs of non-spaces holding a letter or a digit, so
 * « l'onglet », « e-mail », « Êtes-vous » and « 6 » are one word each; a « label » is one word.
 */
export function sentences(raw: string): Sentence[] {
  const text = plain(raw);
  const result: Sentence[] = [];
  let tokens: Token[] = [];
  let sentenceStart = -1;
  let i = 0;
  const finish = (end: number) => {
    if (sentenceStart >= 0 && tokens.length)
      result.push({ text: text.slice(sentenceStart, end).trim(), start: sentenceStart, tokens });
    tokens = [];
    sentenceStart = -1;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (sentenceStart < 0) sentenceStart = i;
    if (OPEN.includes(ch)) {
      const close = text.indexOf(CLOSE[ch]!, i + 1);
      const end = close < 0 ? text.length : close + 1;
      tokens.push({ text: text.slice(i, end), start: i, label: true });
      i = end;
      continue;
    }
    let end = i;
    while (end < text.length && !/\s/.test(text[end]!) && !OPEN.includes(text[end]!)) end++;
    const chunk = text.slice(i, end);
    if (WORD.test(chunk)) {
      const lead = /^[^\p{L}\p{N}@]*/u.exec(chunk)?.[0].length ?? 0;
      tokens.push({ text: chunk.replace(EDGE_PUNCTUATION, ''), start: i + lead, label: false });
    }
    i = end;
    // The chunk ends a sentence when its last character is an end mark: « 15 minutes. », or the
    // « . » right after a label (« Mon Compte ». ).
    const last = chunk.replace(/[)\]"'»”]+$/, '').at(-1);
    if (last && ENDS.includes(last) && (end >= text.length || /\s/.test(text[end]!))) finish(end);
  }
  finish(text.length);
  return result;
}

/** The text with every « label » blanked (same length, so offsets still hold). */
export function withoutLabels(raw: string): string {
  return plain(raw).replace(/«[^»]*»?|“[^”]*”?/g, (label) => ' '.repeat(label.length));
}
