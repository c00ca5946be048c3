// Does one host label (or path segment) imitate a service's name? Names glued to other words are
// found by what surrounds them: a long name anywhere, a short one only next to affixes from the
// data ("mes" + "caf", "caf" + "gouv"), so that "cafe", "groups" or "upside" imitate nothing.
import { fold, foldAll, hasForeignLetters, plain } from './confusables';
import { editDistance } from './distance';
import type { ReasonKind } from './types';

/** How many edits still count as a typo of a name of this length: none for short names
 * ("car", "cap" and "cab" are words, not typos of "caf"), one up to 7 letters, two beyond. */
export function maxTypoDistance(length: number): number {
  return length <= 4 ? 0 : length <= 7 ? 1 : 2;
}
/** Brands this long are found glued to anything ("monfrancetravail", "lapostexyz"). */
const GLUED_MIN_LENGTH = 6;
/** Brands this short ("caf", "ups", "ants") need affixes on every side they touch. */
const SHORT_MAX_LENGTH = 4;
/** Words this long ("cartevitale", "assurancemaladie") are found glued to anything. */
const GLUED_WORD_MIN_LENGTH = 8;
/** Brands this long are also found glued with one typo ("linkdinrequests"). */
const GLUED_TYPO_MIN_LENGTH = 7;
/** Brands this long are found across the labels of a host ("mondial.relay-fr.com"). */
const ACROSS_MIN_LENGTH = 8;

export type NameClass = 'brand' | 'word' | 'topic' | 'glued';

export interface Name {
  service: string;
  /** As written in the data: lower case, no hyphen. */
  raw: string;
  folded: string;
  class: NameClass;
}

export interface NameFinding {
  kind: ReasonKind;
  word: string;
  service: string;
  /** An ordinary word of the service's subject ("colis"): another service's name says more. */
  weak?: boolean;
}

/** Where a label is judged: the registrable name (typos count), a subdomain, or a free host's label. */
export type LabelPlace = 'registrable' | 'subdomain' | 'free-host';

export interface Affixes {
  words: ReadonlySet<string>;
  longest: number;
}

export function prepareAffixes(words: readonly string[]): Affixes {
  const folded = new Set(words.map(fold));
  return { words: folded, longest: Math.max(0, ...[...folded].map((w) => w.length)) };
}

/** Can `text` be cut entirely into affixes (each maybe plural) and digit runs? Empty is true. */
export function isAffixes(text: string, affixes: Affixes): boolean {
  const ok: boolean[] = new Array<boolean>(text.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < text.length; i++) {
    if (!ok[i]) continue;
    if (/[0-9]/.test(text[i]!)) {
      let j = i;
      while (j < text.length && /[0-9]/.test(text[j]!)) j++;
      ok[j] = true;
    }
    for (let len = 2; len <= affixes.longest && i + len <= text.length; len++) {
      if (!affixes.words.has(text.slice(i, i + len))) continue;
      // French agreement: "francaise", "publiques", "impayees".
      ok[i + len] = true;
      if (text[i + len] === 's') ok[i + len + 1] = true;
      if (text[i + len] === 'e') ok[i + len + 1] = true;
      if (text.startsWith('es', i + len)) ok[i + len + 2] = true;
    }
  }
  return ok[text.length]!;
}

/** Does `text` begin with an affix or a digit (after at most one glue letter "e" or "s")? */
export function startsWithAffix(text: string, affixes: Affixes): boolean {
  if (text === '' || /^[0-9]/.test(text)) return true;
  const starts = (t: string) => {
    for (let len = 2; len <= Math.min(affixes.longest, t.length); len++)
      if (affixes.words.has(t.slice(0, len))) return true;
    return false;
  };
  return starts(text) || (/^[es]/.test(text) && text.length > 1 && starts(text.slice(1)));
}

/** Does `text` end with an affix or a digit? */
function endsWithAffix(text: string, affixes: Affixes): boolean {
  if (text === '' || /[0-9]$/.test(text)) return true;
  for (let len = 2; len <= Math.min(affixes.longest, text.length); len++) {
    if (affixes.words.has(text.slice(text.length - len))) return true;
  }
  return false;
}

/** Every place `needle` is in `text`. */
function positions(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push(at);
  return out;
}

interface Cut {
  /** The label's hyphen-separated tokens, folded. */
  tokens: string[];
  /** The tokens joined without hyphens. */
  bare: string;
}

function cut(label: string): Cut {
  const tokens = fold(label).split(/[-_]+/).filter(Boolean);
  return { tokens, bare: tokens.join('') };
}

/** Is `name` in the token run `tokens[i..j]` joined, with only affixes around it inside the token
 * run and (`others`) only affixes in the label's other tokens? */
function framed(
  c: Cut,
  name: string,
  affixes: Affixes,
  others: 'affixes' | 'one-affix' | 'any',
  needAffix: boolean,
): boolean {
  for (let i = 0; i < c.tokens.length; i++) {
    let joined = '';
    for (let j = i; j < c.tokens.length; j++) {
      joined += c.tokens[j];
      for (const at of positions(joined, name)) {
        const left = joined.slice(0, at);
        const after = joined.slice(at + name.length);
        // A plural is the same name: "amendes", "cafs".
        const right = after.startsWith('s') && !isAffixes(after, affixes) ? after.slice(1) : after;
        // A long name in words may end glued to another word ("mondial-relayeur"), within its last token.
        const tail =
          others === 'one-affix' &&
          name.length >= GLUED_MIN_LENGTH &&
          left === '' &&
          after.length < c.tokens[j]!.length;
        if (!isAffixes(left, affixes) || !(tail || isAffixes(right, affixes))) continue;
        const rest = [...c.tokens.slice(0, i), ...c.tokens.slice(j + 1)];
        if (others === 'affixes' && !rest.every((t) => isAffixes(t, affixes))) continue;
        // At the start or the end of the label, or beside at least one affix word.
        const edge = i === 0 || j === c.tokens.length - 1;
        if (others === 'one-affix' && !edge && !rest.some((t) => isAffixes(t, affixes))) continue;
        if (needAffix && left === '' && right === '' && rest.length === 0) continue;
        if (needAffix && left === '' && right === '' && others === 'any' && !rest.some((t) => isAffixes(t, affixes)))
          continue;
        return true;
      }
    }
  }
  return false;
}

/** A 5-letter brand ("ameli", "antai") glued: each side it touches starts or ends with an affix;
 * a lone glue letter ("amelie", "amelis") counts only when the other side is an affix. */
function touchesAffixes(c: Cut, name: string, affixes: Affixes): boolean {
  return c.tokens.some((token) =>
    positions(token, name).some((at) => {
      const left = token.slice(0, at);
      const right = token.slice(at + name.length);
      if (endsWithAffix(left, affixes) && startsWithAffix(right, affixes)) return true;
      return left !== '' && endsWithAffix(left, affixes) && /^[es]$/.test(right);
    }),
  );
}

/** A brand at the start or end of a token, whatever is glued on the other side (free hosts). */
function atTokenEdge(c: Cut, name: string): boolean {
  return c.tokens.some((token) => token.startsWith(name) || token.endsWith(name));
}

/** A long brand glued with one typo: some window of the bare label is one edit away. */
function gluedTypo(bare: string, name: string): boolean {
  for (let len = name.length - 1; len <= name.length + 1; len++) {
    for (let at = 0; at + len <= bare.length; at++) {
      if (editDistance(bare.slice(at, at + len), name, 1) <= 1) return true;
    }
  }
  return false;
}

/** A typo is not the name's end alone ("mail" is not "gmail") nor the name with more letters
 * ("amelie", a first name, is not "ameli"; glued words are judged by their affixes). */
function isTypo(text: string, name: string, limit: number): boolean {
  // A doubled letter is a typo all the same ("ggmail", "arrcoo").
  const doubled =
    text.length === name.length + 1 &&
    [...text].some((ch, i) => ch === text[i + 1] && text.slice(0, i) + text.slice(i + 1) === name);
  // The name with other words glued, or with a feminine or plural ending ("amelie", a first
  // name), is judged by its affixes, not as a typo.
  const longer = text.includes(name) && (text.length > name.length + 1 || /^.*[es]$/.test(text.slice(name.length)));
  // The name itself is no typo: where it stands decides (see framed()).
  if (text === name || (longer && !doubled) || (text.length < name.length && name.endsWith(text))) return false;
  return editDistance(text, name, limit) <= limit;
}

/** Every run of consecutive tokens, joined: "caf-mon-compte" → caf, cafmon, cafmoncompte, mon… */
function runs(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let joined = '';
    for (let j = i; j < tokens.length; j++) {
      joined += tokens[j];
      out.push(joined);
    }
  }
  return out;
}

function brandKind(label: string, c: Cut, name: Name, affixes: Affixes, place: LabelPlace): ReasonKind | undefined {
  const rawBare = plain(label).replace(/[-_]/g, '');
  const fuzzy = place === 'registrable' || place === 'free-host';
  const limit = fuzzy ? maxTypoDistance(name.folded.length) : 0;
  const foreign = hasForeignLetters(plain(label).replace(/_/g, ''));
  const short = name.folded.length <= SHORT_MAX_LENGTH;
  if (rawBare === name.raw) return 'wrong-suffix';
  if (c.bare === name.folded || foldAll(label).replace(/[-_]/g, '') === name.folded) return 'homoglyph';
  if (limit > 0 && isTypo(c.bare, name.folded, limit)) return foreign ? 'homoglyph' : 'typo';
  if (short) return framed(c, name.folded, affixes, 'any', true) ? 'brand-in-name' : undefined;
  if (c.tokens.includes(name.folded)) return 'brand-in-name';
  if (name.folded.length >= GLUED_MIN_LENGTH && c.tokens.some((t) => t.includes(name.folded))) return 'brand-in-name';
  // A name written in several words ("service-public", "france-travail") is an imitation beside
  // affixes only: "amis-du-service-public-local" is an association's name.
  if (framed(c, name.folded, affixes, 'one-affix', false)) return 'brand-in-name';
  if (touchesAffixes(c, name.folded, affixes)) return 'brand-in-name';
  // "amelie-assures", "aide-amelis": the name with a glue letter, beside an affix word; alone
  // ("amelie-dupont") it is a first name.
  const glued = c.tokens.findIndex(
    (t) => t.length === name.folded.length + 1 && t.startsWith(name.folded) && /[es]$/.test(t),
  );
  if (glued >= 0 && c.tokens.some((t, i) => i !== glued && isAffixes(t, affixes))) return 'brand-in-name';
  // A label someone picked on a free host, or put before another site's name: a brand at its edge.
  if (place !== 'registrable' && atTokenEdge(c, name.folded)) return 'brand-in-name';
  if (limit > 0 && runs(c.tokens).some((p) => p.length >= 4 && isTypo(p, name.folded, limit))) return 'typo';
  // Before another site's name, a long brand with one typo ("linkdin.tilda.ws").
  if (place === 'subdomain' && name.folded.length >= GLUED_TYPO_MIN_LENGTH) {
    if (c.tokens.some((p) => editDistance(p, name.folded, 1) <= 1)) return 'typo';
  }
  if (fuzzy && name.folded.length >= GLUED_TYPO_MIN_LENGTH && c.tokens.some((t) => gluedTypo(t, name.folded)))
    return 'typo';
  return undefined;
}

function wordKind(c: Cut, name: Name, affixes: Affixes, place: LabelPlace): ReasonKind | undefined {
  if (name.class === 'glued') return c.bare.includes(name.folded) ? 'brand-in-name' : undefined;
  if (name.class === 'topic') return framed(c, name.folded, affixes, 'any', true) ? 'brand-in-name' : undefined;
  for (let i = 0; i < c.tokens.length; i++) {
    let joined = '';
    for (let j = i; j < c.tokens.length; j++) {
      joined += c.tokens[j];
      if (joined === name.folded) return 'brand-in-name';
    }
  }
  if (name.folded.length >= GLUED_WORD_MIN_LENGTH && c.bare.includes(name.folded)) return 'brand-in-name';
  if (place !== 'registrable' && name.folded.length >= 5 && atTokenEdge(c, name.folded)) return 'brand-in-name';
  return framed(c, name.folded, affixes, 'any', false) ? 'brand-in-name' : undefined;
}

/** The names one label imitates, with the reason kind for each (before the caller's place kind). */
export function labelFindings(
  label: string,
  names: readonly Name[],
  affixes: Affixes,
  place: LabelPlace,
): NameFinding[] {
  const c = cut(label);
  if (c.bare === '') return [];
  const findings: NameFinding[] = [];
  for (const name of names) {
    const kind = name.class === 'brand' ? brandKind(label, c, name, affixes, place) : wordKind(c, name, affixes, place);
    if (kind) findings.push({ kind, word: name.raw, service: name.service, weak: name.class === 'topic' });
  }
  return findings;
}

/** File endings and separators a path segment may carry around a name ("ameli.fr.html"). */
const FILE_ENDINGS = new Set(['html', 'htm', 'php', 'asp', 'aspx', 'jsp']);

/** The names a path segment is made of: a brand or word of 4 letters or more, with only affixes
 * and digits around it ("/Ameli-Assurance/", "/impots-gouv/"); a sentence-like article name
 * ("/la-caf-verse-les-aides") has other words and imitates nothing. */
/** An article's name: four words or more ("france-travail-ce-qui-change"); its folders are sections. */
export function isArticleName(segment: string): boolean {
  return segment.split(/[-_.~+ ]+/).filter((t) => /^[a-z]{2,}$/.test(t)).length >= 4;
}

export function segmentFindings(segment: string, names: readonly Name[], affixes: Affixes): NameFinding[] {
  const tokens = fold(segment)
    .split(/[-_.~+ ]+/)
    .filter((t) => t && !FILE_ENDINGS.has(t));
  const c: Cut = { tokens, bare: tokens.join('') };
  if (c.bare === '') return [];
  return names
    .filter((name) => name.class !== 'topic' && name.folded.length >= 4)
    .filter((name) => framed(c, name.folded, affixes, 'affixes', false))
    .map((name) => ({ kind: 'name-in-path' as const, word: name.raw, service: name.service }));
}

/** Long names written across labels, with more after them ("mondial.relay-suivi.com"): the
 * host's letters joined ("service.public.fr" alone is two words). */
export function acrossLabels(labels: readonly string[], names: readonly Name[]): NameFinding[] {
  const bare = fold(labels.join('')).replace(/[^a-z0-9]/g, '');
  return names
    .filter((name) => name.class !== 'topic' && name.folded.length >= ACROSS_MIN_LENGTH)
    .filter((name) => positions(bare, name.folded).some((at) => at + name.folded.length < bare.length))
    .map((name) => ({ kind: 'brand-in-name' as const, word: name.raw, service: name.service }));
}
