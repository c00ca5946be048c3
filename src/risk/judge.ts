// judgeSite(): is this address a genuine public-service site, an imitation of one, or neither?
// Pure and total: any string gives a verdict, never an exception. Precision first: an address
// that imitates no service is `unknown`, and only imitations are `lookalike`.
// tldts's minified build: see ./tldts-min.d.ts for why not the package entry.
import { parse } from 'tldts/dist/index.esm.min.js';
import { fold, foldLetters, hasForeignLetters, plain } from './confusables';
import { editDistance } from './distance';
import { labelToUnicode } from './punycode';
import type { IgnoredWhy, OfficialDomains, Reason, ReasonKind, SiteVerdict } from './types';

/** How many edits still count as a typo of a name of this length: none for short names
 * ("car", "cap" and "cab" are words, not typos of "caf"), one up to 7 letters, two beyond. */
export function maxTypoDistance(length: number): number {
  return length <= 4 ? 0 : length <= 7 ? 1 : 2;
}
/** Names this long are also found glued to other words ("monfrancetravail"); shorter ones are
 * inside ordinary words too often ("cafe", "ameliorer"). */
const GLUED_MIN_LENGTH = 6;

interface Name {
  service: string;
  /** As written in the data: lower case, no hyphen. */
  raw: string;
  folded: string;
  /** Brands are compared with typos and other endings; words only as whole words. */
  brand: boolean;
}

interface Prepared {
  byDomain: Map<string, string>;
  byHost: Map<string, string>;
  names: Name[];
  /** Every official domain and host, longest first, for addresses hidden in a path. */
  addresses: { text: string; service: string }[];
  governments: Set<string>;
  platforms: Set<string>;
}

const prepared = new WeakMap<OfficialDomains, Prepared>();

function prepare(data: OfficialDomains): Prepared {
  const cached = prepared.get(data);
  if (cached) return cached;
  const byDomain = new Map<string, string>();
  const byHost = new Map<string, string>();
  const names: Name[] = [];
  const addresses: { text: string; service: string }[] = [];
  for (const service of data.services) {
    for (const domain of service.domains) byDomain.set(domain, service.id);
    for (const host of service.hosts) byHost.set(host, service.id);
    for (const raw of service.brands) names.push({ service: service.id, raw, folded: fold(raw), brand: true });
    for (const raw of service.words) names.push({ service: service.id, raw, folded: fold(raw), brand: false });
    for (const text of new Set([...service.domains, ...service.hosts])) addresses.push({ text, service: service.id });
  }
  addresses.sort((a, b) => b.text.length - a.text.length);
  const result: Prepared = {
    byDomain,
    byHost,
    names,
    addresses,
    governments: new Set(data.governments),
    platforms: new Set(data.platforms),
  };
  prepared.set(data, result);
  return result;
}

interface Finding {
  reason: Reason;
  service?: string;
}

/** Every run of consecutive hyphen-separated words, joined: "caf-mon-compte" → caf, cafmon, … */
function joins(tokens: readonly string[]): string[] {
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

/** Does one host label imitate a name? `fuzzy` allows typos (only in the registrable name). */
function nameFindings(label: string, names: readonly Name[], fuzzy: boolean): Finding[] {
  const folded = fold(label);
  const rawBare = plain(label).replaceAll('-', '');
  const foldedBare = folded.replaceAll('-', '');
  const pieces = joins(folded.split('-').filter(Boolean));
  const foreign = hasForeignLetters(plain(label));
  const findings: Finding[] = [];
  for (const name of names) {
    const limit = fuzzy && name.brand ? maxTypoDistance(name.folded.length) : 0;
    let kind: ReasonKind | undefined;
    if (name.brand && rawBare === name.raw) kind = 'wrong-suffix';
    else if (name.brand && foldedBare === name.folded) kind = 'homoglyph';
    else if (limit > 0 && editDistance(foldedBare, name.folded, limit) <= limit) kind = foreign ? 'homoglyph' : 'typo';
    else if (pieces.includes(name.folded)) kind = 'brand-in-name';
    else if (limit > 0 && pieces.some((p) => p.length >= 4 && editDistance(p, name.folded, limit) <= limit)) {
      kind = 'brand-in-name';
    } else if (name.folded.length >= GLUED_MIN_LENGTH && foldedBare.includes(name.folded)) kind = 'brand-in-name';
    if (kind) findings.push({ reason: { kind, word: name.raw }, service: name.service });
  }
  return findings;
}

/** « gouv » where it does not belong: "gouv.com", "qouv.fr", "gouv-fr.com" (a fake ending) or
 * "accueilimpotsgouv.fr", "agriculture-gouv.fr" (glued to another name). "gouvernement" is a word. */
function gouvFinding(label: string): Finding | undefined {
  const letters = foldLetters(label).replaceAll('q', 'g');
  const bare = letters.replaceAll('-', '');
  if (bare === 'gouv' || bare === 'gouvfr') return { reason: { kind: 'fake-gouv-suffix', word: 'gouv' } };
  const glued = letters
    .split('-')
    .some(
      (t) =>
        t === 'gouv' ||
        t.endsWith('gouv') ||
        t.endsWith('gouvfr') ||
        (t.startsWith('gouv') && !t.startsWith('gouvern')),
    );
  return glued ? { reason: { kind: 'glued-gouv', word: 'gouv' } } : undefined;
}

/** Is `needle` in `text` as a whole address ("caf.fr" in "www.caf.fr", not in "xcaf.fr")? */
function containsAddress(text: string, needle: string): boolean {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1];
    const after = text[at + needle.length];
    if ((before === undefined || !/[a-z0-9]/.test(before)) && (after === undefined || !/[a-z0-9]/.test(after))) {
      return true;
    }
  }
  return false;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A genuine address hidden in a folder of the path ("/caf.fr/login") or before an "@". */
function pathFindings(url: URL, p: Prepared): Finding[] {
  const folders = plain(safeDecode(url.pathname)).split('/').slice(1, -1);
  const user = plain(safeDecode(url.username));
  const findings: Finding[] = [];
  const services = new Set<string>();
  // Longest first, so "www.caf.fr" is named rather than the "caf.fr" inside it.
  for (const { text, service } of p.addresses) {
    if (services.has(service)) continue;
    if (folders.some((folder) => containsAddress(folder, text)) || containsAddress(user, text)) {
      findings.push({ reason: { kind: 'brand-in-path', word: text }, service });
      services.add(service);
    }
  }
  return findings;
}

function intermediaryFindings(labels: readonly string[], data: OfficialDomains): Finding[] {
  const letters = plain(labels.join('')).replace(/[^a-z0-9]/g, '');
  return data.intermediaries
    .filter((pattern) => pattern.words.every((word) => letters.includes(word)))
    .map((pattern) => ({
      reason: { kind: 'paid-intermediary', word: pattern.words.join(' ') },
      service: pattern.service,
    }));
}

const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'safari-web-extension:', 'extension:']);

function ignored(why: IgnoredWhy): SiteVerdict {
  return { kind: 'ignored', why };
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The host of an http(s) address, lower case, without a final dot; or why there is none. */
function webHost(url: string): { url: URL; host: string } | IgnoredWhy {
  const parsed = typeof url === 'string' ? parseUrl(url) : undefined;
  if (!parsed) return 'unparsable';
  if (EXTENSION_SCHEMES.has(parsed.protocol)) return 'extension';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'not-web';
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return 'unparsable';
  if (host.startsWith('[') || /^\d+\.\d+\.\d+\.\d+$/.test(host)) return 'ip';
  if (host === 'localhost' || host.endsWith('.localhost')) return 'localhost';
  return { url: parsed, host };
}

/** The part of an address that « Continuer quand même » allows: its registrable domain (or host). */
export function siteKey(url: string): string | undefined {
  const web = webHost(url);
  if (typeof web === 'string') return undefined;
  return parse(web.host).domain ?? web.host;
}

export function judgeSite(url: string, data: OfficialDomains): SiteVerdict {
  const web = webHost(url);
  if (typeof web === 'string') return ignored(web);
  const { host } = web;
  const info = parse(host);
  if (info.isIp) return ignored('ip');
  const p = prepare(data);
  const domain = info.domain;
  const official = p.byHost.get(host) ?? (domain ? p.byDomain.get(domain) : undefined);
  if (official) return { kind: 'official', service: official };
  if (!domain || !info.publicSuffix) return { kind: 'unknown' };
  // Names under a government's own ending (gouv.fr, gouv.sn…) cannot be registered by others.
  if (info.publicSuffix.split('.').includes('gouv') || p.governments.has(domain)) return { kind: 'unknown' };

  const registrable = labelToUnicode(info.domainWithoutSuffix ?? '');
  const subdomains = (info.subdomain ?? '').split('.').filter(Boolean).map(labelToUnicode);
  const findings: Finding[] = [...nameFindings(registrable, p.names, true)];
  for (const label of subdomains) {
    for (const found of nameFindings(label, p.names, false)) {
      findings.push({ ...found, reason: { kind: 'brand-in-subdomain', word: found.reason.word } });
    }
  }
  for (const label of [...subdomains, registrable]) {
    const found = gouvFinding(label);
    if (found) findings.push(found);
  }
  if (!p.platforms.has(domain)) findings.push(...pathFindings(web.url, p));
  findings.push(...intermediaryFindings([...subdomains, registrable], data));
  if (findings.length === 0) return { kind: 'unknown' };

  const seen = new Set<string>();
  const reasons: Reason[] = [];
  for (const { reason } of findings) {
    const key = `${reason.kind} ${reason.word}`;
    if (!seen.has(key)) reasons.push(reason);
    seen.add(key);
  }
  const service = findings.find((f) => f.service !== undefined)?.service ?? data.fallback;
  return { kind: 'lookalike', service, reasons };
}
