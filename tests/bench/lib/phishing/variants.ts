// Seeded generator of look-alike addresses for `npm run bench:phishing`, built from the official
// list (data/official-domains.yaml): typos, look-alike letters, « gouv » glued or faked, other
// endings, brand in a subdomain or in a folder, hyphen and glued additions, paid-intermediary
// names. The same seed gives the same list; nothing is picked by hand or by the detector.
import type { OfficialDomains } from '../../../../src/risk';
import { hashString, mulberry32, pick, randomInt, token, type Rng } from '../drift/prng';

export const SEED = 20261130;

export const VARIANT_CATEGORIES = [
  'typo',
  'homoglyph',
  'wrong-tld',
  'glued-gouv',
  'fake-gouv-suffix',
  'brand-in-subdomain',
  'brand-in-path',
  'hyphen',
  'glued-brand',
  'paid-intermediary',
] as const;
export type VariantCategory = (typeof VARIANT_CATEGORIES)[number];

export interface Variant {
  category: VariantCategory;
  /** A URL (https://…); hosts may hold Unicode letters, as a link in a message would. */
  url: string;
  /** The brand or words it was generated from. */
  from: string;
}

/** How many variants of each kind per brand (per pattern for paid intermediaries). */
const PER_BRAND: Record<Exclude<VariantCategory, 'paid-intermediary'>, number> = {
  typo: 4,
  homoglyph: 3,
  'wrong-tld': 2,
  'glued-gouv': 2,
  'fake-gouv-suffix': 2,
  'brand-in-subdomain': 3,
  'brand-in-path': 2,
  hyphen: 4,
  'glued-brand': 2,
};
const PER_PATTERN = 4;
/** One-letter edits of 3–4 letter names are mostly other words (caf → car, cab, cap): the
 * generator makes typos only of names of 5+ letters, and glues words only to names of 6+
 * (shorter names hide in ordinary words: cafe, ameliorer). See DESIGN in src/risk/judge.ts. */
const TYPO_MIN = 5;
const GLUED_MIN = 6;

const TLDS = ['fr', 'com', 'net', 'org', 'info', 'eu', 'online', 'site', 'app', 'xyz', 'top', 'live', 'pro', 'me'];
/** Words phishing messages put next to a service name (from docs/sources.md, Known risks: remboursement,
 * mise à jour, carte Vitale, nouvelle aide…). */
const PHISHING_WORDS = [
  'remboursement',
  'allocataire',
  'moncompte',
  'mon-compte',
  'espace',
  'assure',
  'info',
  'securite',
  'service',
  'aide',
  'aides',
  'dossier',
  'paiement',
  'fr',
  'france',
  'en-ligne',
  'connexion',
  'client',
  'portail',
  'officiel',
  'verification',
  'maj',
  'mise-a-jour',
  'prime',
  'versement',
  'regularisation',
  'suivi',
  'particulier',
  'contact',
  'gouv-info',
  '2025',
  'web',
  'acces',
  'support',
];
const PREFIXES = ['mon', 'mes', 'espace', 'acces', 'portail', 'info', 'accueil', 'service'];
const SUFFIXES = ['fr', 'enligne', 'connexion', 'compte', 'remboursement', 'aide', 'info', 'france'];
/** Neutral words for the attacker's own registrable name in subdomain and path tricks. */
const NEUTRAL = [
  'secure',
  'verif',
  'portal',
  'online',
  'client',
  'web',
  'host',
  'cloud',
  'net',
  'data',
  'login',
  'auth',
  'node',
  'app',
  'page',
  'site',
  'zone',
  'center',
  'hub',
  'link',
  'mobile',
  'pay',
  'check',
  'update',
];
const PATH_TAILS = [
  '',
  'login',
  'connexion',
  'index.php',
  'moncompte/',
  'espace/connexion.html',
  'verification',
  'remboursement/index.html',
  'auth/',
  'particulier/identification.php',
];
/** Letters that look alike in an address bar (Cyrillic, Greek, digits, letter pairs). */
const LOOKALIKE_LETTERS: Record<string, string[]> = {
  a: ['а', 'α'],
  c: ['с'],
  d: ['ԁ'],
  e: ['е', 'ε'],
  h: ['һ'],
  i: ['і', '1'],
  j: ['ј'],
  k: ['к'],
  l: ['1', 'ӏ'],
  m: ['rn'],
  o: ['о', 'ο', '0'],
  p: ['р'],
  s: ['5', 'ѕ'],
  w: ['vv'],
  x: ['х'],
  y: ['у'],
};
const AZERTY = ['azertyuiop', 'qsdfghjklm', 'wxcvbn'];

function neighbours(letter: string): string[] {
  const out: string[] = [];
  AZERTY.forEach((row, r) => {
    const c = row.indexOf(letter);
    if (c < 0) return;
    for (const [dr, dc] of [
      [0, -1],
      [0, 1],
      [-1, 0],
      [1, 0],
    ] as const) {
      const near = AZERTY[r + dr]?.[c + dc];
      if (near) out.push(near);
    }
  });
  return out;
}

function typo(rng: Rng, word: string): string {
  const i = randomInt(rng, 0, word.length - 1);
  const letter = word[i]!;
  switch (randomInt(rng, 0, 4)) {
    case 0: // a letter left out
      return word.slice(0, i) + word.slice(i + 1);
    case 1: // a letter added
      return word.slice(0, i) + String.fromCharCode(97 + randomInt(rng, 0, 25)) + word.slice(i);
    case 2: // a neighbouring key
      return word.slice(0, i) + pick(rng, neighbours(letter).length ? neighbours(letter) : ['e']) + word.slice(i + 1);
    case 3: // two letters swapped
      return i < word.length - 1 ? word.slice(0, i) + word[i + 1]! + letter + word.slice(i + 2) : word.slice(0, -1);
    default: // a letter doubled
      return word.slice(0, i) + letter + word.slice(i);
  }
}

function homoglyph(rng: Rng, word: string): string {
  const positions = [...word].map((ch, i) => (LOOKALIKE_LETTERS[ch] ? i : -1)).filter((i) => i >= 0);
  if (positions.length === 0) return word;
  const i = pick(rng, positions);
  return word.slice(0, i) + pick(rng, LOOKALIKE_LETTERS[word[i]!]!) + word.slice(i + 1);
}

function attackerName(rng: Rng): string {
  return rng() < 0.5 ? `${pick(rng, NEUTRAL)}-${pick(rng, NEUTRAL)}` : token(rng, randomInt(rng, 5, 9));
}

interface Brand {
  service: string;
  /** As in the data (no hyphen) and, when an official name writes it with hyphens, that form too. */
  forms: string[];
  /** Official registrable names and their endings, e.g. { label: 'impots', suffix: 'gouv.fr' }. */
  officials: { label: string; suffix: string }[];
  addresses: string[];
}

function brandsOf(data: OfficialDomains, suffixOf: (domain: string) => string): Brand[] {
  const brands: Brand[] = [];
  for (const service of data.services) {
    const officials = service.domains.map((domain) => {
      const suffix = suffixOf(domain);
      return { label: domain.slice(0, -suffix.length - 1), suffix };
    });
    for (const brand of service.brands) {
      const hyphenated = officials
        .map((o) => o.label)
        .filter((l) => l.includes('-') && l.replaceAll('-', '') === brand);
      const mine = officials.filter((o) => o.label.replaceAll('-', '') === brand);
      brands.push({
        service: service.id,
        forms: [brand, ...hyphenated],
        officials: mine.length ? mine : [{ label: brand, suffix: 'fr' }],
        addresses: [...service.domains, ...service.hosts],
      });
    }
  }
  return brands;
}

function forBrand(rng: Rng, category: Exclude<VariantCategory, 'paid-intermediary'>, brand: Brand): string | undefined {
  const form = pick(rng, brand.forms);
  const bare = brand.forms[0]!;
  const official = pick(rng, brand.officials);
  const tld = () => pick(rng, TLDS);
  switch (category) {
    case 'typo': {
      if (bare.length < TYPO_MIN) return undefined;
      let out = typo(rng, form);
      if (bare.length >= 8 && rng() < 0.5) out = typo(rng, out);
      out = out.replace(/^-+|-+$/g, '').replace(/--+/g, '-');
      return out.replaceAll('-', '') === bare ? undefined : `https://${out}.${tld()}/`;
    }
    case 'homoglyph': {
      const out = homoglyph(rng, form);
      const suffix = official.suffix === 'gouv.fr' ? pick(rng, ['fr', 'com', 'net']) : official.suffix;
      return out === form ? undefined : `https://${out}.${suffix}/`;
    }
    case 'wrong-tld': {
      const other = TLDS.filter((t) => t !== official.suffix);
      return `https://${official.label}.${pick(rng, other)}/`;
    }
    case 'glued-gouv':
      return pick(rng, [
        () => `https://${form}gouv.fr/`,
        () => `https://${form}-gouv.${pick(rng, ['fr', 'com', 'net'])}/`,
        () => `https://${pick(rng, PREFIXES)}${bare}gouv.fr/`,
        () => `https://${form}-gouv-fr.${tld()}/`,
        () => `https://gouv-${form}.${tld()}/`,
        () => `https://${bare}${pick(rng, SUFFIXES)}gouv.fr/`,
      ])();
    case 'fake-gouv-suffix':
      return pick(rng, [
        () => `https://${official.label}.gouv.${pick(rng, ['com', 'org', 'net', 'info', 'app', 'eu', 'online'])}/`,
        () => `https://${official.label}.qouv.fr/`,
        () => `https://www.${official.label}.gouv-fr.${pick(rng, ['com', 'net', 'org'])}/`,
        () => `https://${official.label}.gouvfr.${pick(rng, ['com', 'net', 'info'])}/`,
        () => `https://${official.label}.gouv.fr.${attackerName(rng)}.${tld()}/`,
      ])();
    case 'brand-in-subdomain': {
      const host = pick(rng, [
        () => pick(rng, brand.addresses),
        () => form,
        () => `www-${form}-fr`,
        () => `${form}-${pick(rng, PHISHING_WORDS)}`,
        () => `${pick(rng, ['espace', 'mon-compte', 'secure', 'www'])}.${form}`,
      ])();
      return `https://${host}.${attackerName(rng)}.${pick(rng, ['com', 'net', 'xyz', 'top', 'online', 'info'])}/`;
    }
    case 'brand-in-path': {
      const folder = rng() < 0.3 ? `${pick(rng, ['wp-content', 'includes', 'files', '~user'])}/${token(rng, 4)}/` : '';
      return `https://${attackerName(rng)}.${tld()}/${folder}${pick(rng, brand.addresses)}/${pick(rng, PATH_TAILS)}`;
    }
    case 'hyphen': {
      const word = () => pick(rng, PHISHING_WORDS);
      return pick(rng, [
        () => `https://${form}-${word()}.${tld()}/`,
        () => `https://${word()}-${form}.${tld()}/`,
        () => `https://${word()}-${form}-${word()}.${tld()}/`,
        () => `https://${form}-${word()}-${word()}.${tld()}/`,
      ])();
    }
    case 'glued-brand':
      if (bare.length < GLUED_MIN) return undefined;
      return rng() < 0.5
        ? `https://${pick(rng, PREFIXES)}${bare}.${tld()}/`
        : `https://${bare}${pick(rng, SUFFIXES)}.${tld()}/`;
  }
}

function forPattern(rng: Rng, words: readonly string[]): string {
  // « acte de naissance » is written with its « de » as often as without.
  const name = words.join(words.at(-1) === 'naissance' ? pick(rng, ['-de-', '-', '']) : pick(rng, ['-', '']));
  const affix = pick(rng, [
    'en-ligne',
    'express',
    'rapide',
    'officiel',
    'service',
    'demarche',
    'france',
    '24',
    'direct',
    'web',
  ]);
  const host = rng() < 0.5 ? `${name}-${affix}` : `${affix}-${name}`;
  return `https://www.${host}.${pick(rng, ['fr', 'com', 'org', 'net', 'info'])}/`;
}

/**
 * Every generated variant, deduplicated. `suffixOf` gives a registrable domain's public suffix
 * (the bench passes tldts). Variants that are an official address are dropped, and so are those
 * equal to an entry of the legitimate list (`exclude`): a real site is not a look-alike.
 */
export function generateVariants(
  data: OfficialDomains,
  suffixOf: (domain: string) => string,
  exclude: ReadonlySet<string>,
  seed = SEED,
): Variant[] {
  const official = new Set(data.services.flatMap((s) => [...s.domains, ...s.hosts]));
  const out = new Map<string, Variant>();
  const add = (category: VariantCategory, url: string | undefined, from: string) => {
    if (!url) return;
    const host = url.replace(/^https:\/\//, '').split('/')[0]!;
    if (official.has(host) || exclude.has(host) || out.has(url)) return;
    out.set(url, { category, url, from });
  };
  for (const brand of brandsOf(data, suffixOf)) {
    for (const [category, count] of Object.entries(PER_BRAND) as [keyof typeof PER_BRAND, number][]) {
      const rng = mulberry32(hashString(`${seed}:${category}:${brand.forms[0]}`));
      // A few extra attempts, so that a draw that repeats or is dropped still yields `count`.
      let made = 0;
      for (let attempt = 0; attempt < count * 4 && made < count; attempt++) {
        const before = out.size;
        add(category, forBrand(rng, category, brand), brand.forms[0]!);
        if (out.size > before) made++;
      }
    }
  }
  for (const pattern of data.intermediaries) {
    const rng = mulberry32(hashString(`${seed}:paid:${pattern.words.join(' ')}`));
    let made = 0;
    for (let attempt = 0; attempt < PER_PATTERN * 4 && made < PER_PATTERN; attempt++) {
      const before = out.size;
      add('paid-intermediary', forPattern(rng, pattern.words), pattern.words.join(' '));
      if (out.size > before) made++;
    }
  }
  return [...out.values()];
}
