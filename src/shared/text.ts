// Text normalisation shared by the locator and the guide compiler: two strings that a reader
// would call "the same words" compare equal (case, accents, spaces, non-breaking spaces, quotes).

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u202f\u2007]+/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u00b4`]/g;
const QUOTES = /[\u00ab\u00bb\u201c\u201d]/g;

/** Lower-case, accent-free, single-spaced, trimmed form of a text, for comparisons only. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase();
}
