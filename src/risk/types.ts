// The shapes of the genuine-site check: the official-domain data (validated at build time from
// data/official-domains.yaml) and the verdict judgeSite() gives for one address.

/** One public service (or a non-public site the guides visit) and its genuine addresses. */
export interface OfficialService {
  /** kebab-case id, also used in the warning page's address. */
  id: string;
  /** How the learner reads it after « ce site n'est peut-être pas » and « Aller sur », e.g. "le vrai site de la Caf". */
  site: string;
  /** Where the button « Aller sur … » leads: an https page of this service. */
  start: string;
  /** Registrable domains (as the Public Suffix List cuts them): every host under them is genuine. */
  domains: string[];
  /** Hosts seen in the sources; genuine one by one (also the ones outside `domains`). */
  hosts: string[];
  /** Distinctive names, compared with typos, look-alike letters and other endings. */
  brands: string[];
  /** Words that only count as a whole word (or joined words) in an address, never with typos;
   * those of 8 letters or more also count glued to other letters ("amelieassurancemaladie"). */
  words: string[];
  /** Ordinary words naming the service's subject ("amende", "vitale"): they count only when the
   * rest of the name is made of affixes (`OfficialDomains.affixes`), as in "payer-amende". */
  topics: string[];
  /** Names that are never a piece of an ordinary word ("dgfip"): found glued to anything. */
  glued: string[];
  /** Registrable domains of the same owner that are not the guided site (googleusercontent.com):
   * neither official nor ever warned about. */
  owned: string[];
  /** The owner holds its first brand under every ending (google.fr, google.co.uk): never warned. */
  everyEnding: boolean;
  sources: string[];
}

/** Words that together, in an address that is not official, point at a paid intermediary (docs/sources.md R6). */
export interface PaidPattern {
  words: string[];
  /** The service where the procedure is free. */
  service: string;
  source: string;
}

/** Where one kind of secret may be sent without a warning (src/secrets). */
export interface SecretRule {
  /** `outside`: warn on every site not listed; `imitations`: only on imitations of a service. */
  warn: 'outside' | 'imitations';
  services: string[];
  /** Any *.gouv.fr address may receive it too. */
  gouv: boolean;
  source: string;
}

export interface OfficialDomains {
  version: 1;
  /** The service to send the learner to when an address imitates the State without naming a service. */
  fallback: string;
  services: OfficialService[];
  intermediaries: PaidPattern[];
  /** Registrable domains of other governments ("gouv.nc"): genuine, never warned, not ours. */
  governments: string[];
  /** Sites whose paths are account or article names (facebook.com/caf.fr/…): the path is not checked. */
  platforms: string[];
  /** Words glued to a service's name in imitations ("mon", "espace", "suivi"): a short name only
   * counts next to them, so that "cafe" or "groups" are not the Caf or UPS. */
  affixes: string[];
  /** Registrable domains where anyone gets a subdomain (000webhostapp.com, beget.tech) that the
   * Public Suffix List does not list as private endings: the label under them is judged as a
   * registrable name, and « Continuer quand même » allows that one subdomain. */
  freeHosts: string[];
  /** For each kind of secret, where it may be sent (keys: src/secrets SECRET_KINDS). */
  secrets: Record<'nir' | 'iban' | 'card' | 'code' | 'password', SecretRule>;
}

export const REASON_KINDS = [
  'wrong-suffix',
  'homoglyph',
  'typo',
  'fake-gouv-suffix',
  'glued-gouv',
  'brand-in-name',
  'brand-in-subdomain',
  'brand-in-path',
  'name-in-path',
  'paid-intermediary',
] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

/** Why an address looks like an imitation; `word` is the name it imitates ("caf", "gouv", "carte grise"). */
export interface Reason {
  kind: ReasonKind;
  word: string;
}

export type IgnoredWhy = 'not-web' | 'ip' | 'localhost' | 'unparsable' | 'extension';

export type SiteVerdict =
  | { kind: 'official'; service: string }
  | { kind: 'unknown' }
  | { kind: 'lookalike'; service: string; reasons: Reason[] }
  | { kind: 'ignored'; why: IgnoredWhy };
