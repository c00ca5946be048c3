// judgeSite(): is this address a genuine public-service site, an imitation of one, or neither?
// Pure and total: any string gives a verdict, never an exception. Precision first: an address
// that imitates no service is `unknown`, and only imitations are `lookalike`.
// tldts's minified build: see ./tldts-min.d.ts for why not the package entry.
import { parse } from 'tldts/dist/index.esm.min.js';
import { fold, foldLetters, plain } from './confusables';
import {
  acrossLabels,
  isArticleName,
  labelFindings,
  prepareAffixes,
  segmentFindings,
  startsWithAffix,
  type Affixes,
  type LabelPlace,
  type Name,
} from './names';
import { labelToUnicode } from './punycode';
import type { IgnoredWhy, OfficialDomains, Reason, SiteVerdict } from './types';

export { maxTypoDistance } from './names';

interface Prepared {
  byDomain: Map<string, string>;
  byHost: Map<string, string>;
  names: Name[];
  affixes: Affixes;
  /** Every official domain and host (and the registrable domain of each host, "google.com"),
   * longest first, for addresses hidden in another host or in a path. */
  addresses: { text: string; service: string }[];
  /** The same, with the registrable domain of each host ("google.com"), for hosts inside hosts. */
  hostAddresses: { text: string; service: string }[];
  governments: Set<string>;
  platforms: Set<string>;
  owned: Set<string>;
  /** Brands that are also a top-level domain of their owner (".dhl", ".google"). */
  brandEndings: Set<string>;
  /** Brands whose owner holds them under every ending ("google" in google.fr). */
  everyEnding: Set<string>;
  freeHosts: Set<string>;
}

const prepared = new WeakMap<OfficialDomains, Prepared>();

function prepare(data: OfficialDomains): Prepared {
  const cached = prepared.get(data);
  if (cached) return cached;
  const byDomain = new Map<string, string>();
  const byHost = new Map<string, string>();
  const names: Name[] = [];
  const addresses = new Map<string, string>();
  const hostAddresses = new Map<string, string>();
  const owned = new Set<string>();
  const brandEndings = new Set<string>();
  const everyEnding = new Set<string>();
  for (const service of data.services) {
    for (const domain of service.domains) byDomain.set(domain, service.id);
    for (const host of service.hosts) byHost.set(host, service.id);
    for (const domain of service.owned) owned.add(domain);
    if (service.everyEnding && service.brands[0]) everyEnding.add(service.brands[0]);
    for (const raw of service.brands) {
      names.push({ service: service.id, raw, folded: fold(raw), class: 'brand' });
      brandEndings.add(raw);
    }
    for (const raw of service.words) names.push({ service: service.id, raw, folded: fold(raw), class: 'word' });
    for (const raw of service.topics) names.push({ service: service.id, raw, folded: fold(raw), class: 'topic' });
    for (const raw of service.glued) names.push({ service: service.id, raw, folded: fold(raw), class: 'glued' });
    for (const text of [...service.domains, ...service.hosts]) {
      if (!addresses.has(text)) addresses.set(text, service.id);
      const domain = parse(text).domain;
      for (const address of [text, domain ?? text])
        if (!hostAddresses.has(address)) hostAddresses.set(address, service.id);
    }
  }
  const result: Prepared = {
    byDomain,
    byHost,
    names,
    affixes: prepareAffixes(data.affixes),
    addresses: longestFirst(addresses),
    hostAddresses: longestFirst(hostAddresses),
    governments: new Set(data.governments),
    platforms: new Set(data.platforms),
    owned,
    brandEndings,
    everyEnding,
    freeHosts: new Set(data.freeHosts),
  };
  prepared.set(data, result);
  return result;
}

function longestFirst(addresses: Map<string, string>): { text: string; service: string }[] {
  return [...addresses].map(([text, service]) => ({ text, service })).sort((a, b) => b.text.length - a.text.length);
}

interface Finding {
  reason: Reason;
  service?: string;
  weak?: boolean;
}

/** « gouv » where it does not belong: "gouv.com", "qouv.fr", "gouv-fr.com" (a fake ending) or
 * "accueilimpotsgouv.fr", "agriculture-gouv.fr" (glued to another name). "gouvernement" is a word. */
function gouvFinding(label: string, affixes: Affixes): Finding | undefined {
  const letters = foldLetters(label).replaceAll('q', 'g');
  const bare = letters.replaceAll('-', '');
  if (bare === 'gouv' || bare === 'gouvfr') return { reason: { kind: 'fake-gouv-suffix', word: 'gouv' } };
  // What follows « gouv » in a token: nothing, a typo's "e", digits or an affix ("gouvrappel");
  // "gouvernement" and "Gouvieux" are words.
  const glued = letters.split('-').some((t) =>
    positions(t, 'gouv').some((at) => {
      const after = t.slice(at + 4);
      return (
        after === '' || after === 'e' || after === 's' || (!after.startsWith('ern') && startsWithAffix(after, affixes))
      );
    }),
  );
  return glued ? { reason: { kind: 'glued-gouv', word: 'gouv' } } : undefined;
}

function positions(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push(at);
  return out;
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

/** Query keys that hold what a person searched for: an address there is not a disguise. */
const SEARCH_KEYS = new Set([
  'q',
  'query',
  'search',
  's',
  'text',
  'p',
  'k',
  'keyword',
  'keywords',
  'recherche',
  'term',
  'wd',
]);

/** A query value that is itself an address of a genuine site (a sign-in's way back). */
function isGenuineUrl(value: string, p: Prepared): boolean {
  const parsed = parseUrl(value);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return false;
  const host = parsed.hostname.toLowerCase();
  const domain = parse(host).domain;
  return p.byHost.has(host) || (domain !== null && p.byDomain.has(domain));
}

/** The parts after the host where a fake hides a genuine address or a service's name: every
 * path segment, the user name before an "@", the query's values (not search terms, not a
 * genuine address to return to) and the fragment. */
function pathFindings(url: URL, p: Prepared): Finding[] {
  const segments = plain(safeDecode(url.pathname)).split('/').filter(Boolean);
  const texts = [...segments, plain(safeDecode(url.username))];
  for (const [key, value] of url.searchParams) {
    if (!SEARCH_KEYS.has(key.toLowerCase()) && !isGenuineUrl(value, p)) texts.push(plain(value));
  }
  const fragment = plain(safeDecode(url.hash.slice(1)));
  if (!isGenuineUrl(fragment, p)) texts.push(fragment);
  const findings: Finding[] = [];
  const services = new Set<string>();
  // Longest first, so "www.caf.fr" is named rather than the "caf.fr" inside it.
  for (const { text, service } of p.addresses) {
    if (services.has(service)) continue;
    if (texts.some((part) => containsAddress(part, text))) {
      findings.push({ reason: { kind: 'brand-in-path', word: text }, service });
      services.add(service);
    }
  }
  // A news article's path names sections ("/pole-emploi/france-travail-ce-qui-change.html").
  const article = segments.some(isArticleName);
  for (const segment of article ? [] : segments) {
    for (const found of segmentFindings(segment, p.names, p.affixes)) {
      if (services.has(found.service)) continue;
      findings.push({ reason: { kind: 'name-in-path', word: found.word }, service: found.service });
      services.add(found.service);
    }
  }
  return findings;
}

/** An official address (or its registrable domain) written inside another host:
 * "accounts.google.com.evil.io", "www-ameli-fr.secure-x.net". */
function hostFindings(subdomain: string, p: Prepared): Finding[] {
  const text = subdomain.replaceAll('-', '.');
  const found = p.hostAddresses.find(({ text: address }) => containsAddress(text, address));
  return found ? [{ reason: { kind: 'brand-in-subdomain', word: found.text }, service: found.service }] : [];
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

/** Addresses no one outside this network or machine can reach (RFC 1918, 6598, loopback,
 * link-local, « this network », multicast and reserved). */
function isPrivateIpv4(host: string): boolean {
  const [a = 0, b = 0] = host.split('.').map(Number);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    a >= 224 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168)
  );
}

interface WebHost {
  url: URL;
  host: string;
  /** A public IPv4 address: only what follows the host can imitate a service. */
  ip: boolean;
}

/** The host of an http(s) address, lower case, without a final dot; or why there is none. */
function webHost(url: string): WebHost | IgnoredWhy {
  const parsed = typeof url === 'string' ? parseUrl(url) : undefined;
  if (!parsed) return 'unparsable';
  if (EXTENSION_SCHEMES.has(parsed.protocol)) return 'extension';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'not-web';
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return 'unparsable';
  // IPv6 addresses are left alone: too rare in links people receive to judge.
  if (host.startsWith('[')) return 'ip';
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return isPrivateIpv4(host) ? 'ip' : { url: parsed, host, ip: true };
  if (host === 'localhost' || host.endsWith('.localhost')) return 'localhost';
  return { url: parsed, host, ip: false };
}

/** A host cut where its owner's name is: the registrable label, the labels before it, the site
 * (what « Continuer quand même » allows), and whether anyone may have picked the label. */
interface Cut {
  label: string;
  subdomains: string[];
  site: string;
  place: LabelPlace;
}

function cutHost(host: string, freeHosts: ReadonlySet<string>): Cut | undefined {
  const icann = parse(host);
  if (!icann.domain || !icann.publicSuffix) return undefined;
  const labels = (icann.subdomain ?? '').split('.').filter(Boolean);
  const own = parse(host, { allowPrivateDomains: true });
  // A private ending of the Public Suffix List (x.web.app, x.github.io): the label under it.
  if (own.domain && own.domain !== icann.domain && own.domainWithoutSuffix) {
    const under = (own.subdomain ?? '').split('.').filter(Boolean);
    return { label: own.domainWithoutSuffix, subdomains: under, site: own.domain, place: 'free-host' };
  }
  // A free host the list does not name (000webhostapp.com, beget.tech, blogspot.* abroad).
  const name = icann.domainWithoutSuffix ?? '';
  const free = freeHosts.has(icann.domain) || [...freeHosts].some((h) => h.split('.')[0] === name && name !== '');
  if (free && labels.length > 0) {
    const label = labels[labels.length - 1]!;
    return { label, subdomains: labels.slice(0, -1), site: `${label}.${icann.domain}`, place: 'free-host' };
  }
  return { label: name, subdomains: labels, site: icann.domain, place: 'registrable' };
}

/** The part of an address that « Continuer quand même » allows: its site (the registrable domain,
 * or one subdomain of a free host) or its host. `data` names the free hosts the Public Suffix
 * List does not. */
export function siteKey(url: string, data?: OfficialDomains): string | undefined {
  const web = webHost(url);
  if (typeof web === 'string') return undefined;
  if (web.ip) return web.host;
  return cutHost(web.host, data ? prepare(data).freeHosts : new Set())?.site ?? web.host;
}

function verdictOf(findings: readonly Finding[], data: OfficialDomains): SiteVerdict {
  if (findings.length === 0) return { kind: 'unknown' };
  const seen = new Set<string>();
  const reasons: Reason[] = [];
  for (const { reason } of findings) {
    const key = `${reason.kind} ${reason.word}`;
    if (!seen.has(key)) reasons.push(reason);
    seen.add(key);
  }
  const named = findings.filter((f) => f.service !== undefined);
  const service = (named.find((f) => !f.weak) ?? named[0])?.service ?? data.fallback;
  return { kind: 'lookalike', service, reasons };
}

export function judgeSite(url: string, data: OfficialDomains): SiteVerdict {
  const web = webHost(url);
  if (typeof web === 'string') return ignored(web);
  const p = prepare(data);
  if (web.ip) return verdictOf(pathFindings(web.url, p), data);
  const { host } = web;
  const info = parse(host);
  if (info.isIp) return ignored('ip');
  const domain = info.domain;
  const official = p.byHost.get(host) ?? (domain ? p.byDomain.get(domain) : undefined);
  if (official) return { kind: 'official', service: official };
  if (!domain || !info.publicSuffix) return { kind: 'unknown' };
  // Names under a government's own ending (gouv.fr, gouv.sn…) cannot be registered by others;
  // nor can names under a brand's own ending (.dhl, .google), nor the owner's other domains.
  if (info.publicSuffix.split('.').includes('gouv') || p.governments.has(domain)) return { kind: 'unknown' };
  if (p.brandEndings.has(info.publicSuffix) || p.owned.has(domain)) return { kind: 'unknown' };
  // google.fr, google.co.uk, google.com.ar: a country ending, not a region's (sn.cn, web.za).
  if (p.everyEnding.has(info.domainWithoutSuffix ?? '') && /^(?:(?:co|com)\.)?[a-z]{2}$|^com$/.test(info.publicSuffix))
    return { kind: 'unknown' };
  const cut = cutHost(host, p.freeHosts);
  if (!cut) return { kind: 'unknown' };

  const registrable = labelToUnicode(cut.label);
  const subdomains = cut.subdomains.map(labelToUnicode);
  const findings: Finding[] = labelFindings(registrable, p.names, p.affixes, cut.place).map(
    ({ kind, word, service, weak }) => ({ reason: { kind, word }, service, weak }),
  );
  for (const label of subdomains) {
    for (const { word, service, weak } of labelFindings(label, p.names, p.affixes, 'subdomain')) {
      findings.push({ reason: { kind: 'brand-in-subdomain', word }, service, weak });
    }
  }
  // An official host inside this one, unless its service's name was already found there.
  for (const found of info.subdomain ? hostFindings(info.subdomain, p) : []) {
    if (!findings.some((f) => f.service === found.service)) findings.push(found);
  }
  if (findings.every((f) => f.weak) && subdomains.length > 0) {
    for (const found of acrossLabels([...subdomains, registrable], p.names))
      findings.push({ reason: { kind: 'brand-in-name', word: found.word }, service: found.service });
  }
  for (const label of [...subdomains, registrable]) {
    const found = gouvFinding(label, p.affixes);
    if (found) findings.push(found);
  }
  if (!p.platforms.has(domain)) findings.push(...pathFindings(web.url, p));
  findings.push(...intermediaryFindings([...subdomains, registrable], data));
  return verdictOf(findings, data);
}
