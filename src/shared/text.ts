// Text normalisation shared by the locator and the guide compiler: two strings that a reader
// would call "the same words" compare equal (case, accents, spaces, non-breaking spaces, quotes,
// invisible and bidi control characters).

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u202f\u2007]+/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u00b4`]/g;
const QUOTES = /[\u00ab\u00bb\u201c\u201d]/g;
/** Zero-width, bidi embedding/isolate marks and soft hyphens: real pages wrap names in them
 * (Gmail writes « Send \u202a(Ctrl-Enter)\u202c »); a reader sees nothing there. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

const cache = new Map<string, string>();

/**
 * normalizeText with a bounded cache: pages repeat the same short names thousands of times
 * (« Archiver » on every row of a webmail), and the Unicode normalisation is the costly part.
 */
export function normalizeCached(text: string): string {
  if (text.length > 200) return normalizeText(text);
  let norm = cache.get(text);
  if (norm === undefined) {
    if (cache.size > 4000) cache.clear();
    norm = normalizeText(text);
    cache.set(text, norm);
  }
  return norm;
}

const SKIPPED_FIRST = /[\s\u00a0\u202f\u2007\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/**
 * The first character `normalizeText(text)` would start with, found without normalising the
 * whole text: a cheap test that rules out most names before the costly comparison.
 */
export function firstNormalized(text: string): string {
  for (const char of text) {
    const code = char.charCodeAt(0);
    // Plain ASCII (most names): a space is skipped, a letter lower-cased, the back-tick is an apostrophe.
    if (code < 128) {
      if (code === 32 || (code >= 9 && code <= 13)) continue;
      return code === 96 ? "'" : code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
    }
    if (SKIPPED_FIRST.test(char)) continue;
    const norm = normalizeText(char);
    if (norm) return norm.charAt(0);
  }
  return '';
}

/** Lower-case, accent-free, single-spaced, trimmed form of a text, for comparisons only. */
export function normalizeText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase();
}
