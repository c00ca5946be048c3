// Build-time zod schema of data/official-domains.yaml (never bundled): field shapes and their
// descriptions, which become the "expected" part of a located error.
import { z } from 'zod';

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(40)
  .describe('a kebab-case id, e.g. caf or france-travail');
const Host = z.string().regex(HOST).describe('a lower-case host name in ASCII, e.g. www.caf.fr');
const Word = z
  .string()
  .regex(/^[a-z0-9]{3,40}$/)
  .describe('lower-case letters and digits, no hyphen or accent, 3 to 40 characters, e.g. francetravail');
const Source = z.string().min(3).max(300).describe('where this comes from (docs/sources.md section, page, repository)');

export const ServiceSchema = z.strictObject({
  id: Id,
  site: z.string().min(5).max(80).describe('how the learner reads the genuine site, e.g. « le vrai site de la Caf »'),
  start: z.string().max(300).describe('an https:// page of this service, where « Aller sur … » leads'),
  domains: z.array(Host).max(50).describe('registrable domains, e.g. caf.fr or impots.gouv.fr'),
  hosts: z.array(Host).max(100).describe('hosts seen in the sources, e.g. wwwd.caf.fr'),
  brands: z.array(Word).max(20).describe('distinctive names, e.g. caf, ameli, francetravail'),
  words: z.array(Word).max(20).describe('words matched only whole, e.g. cartevitale'),
  topics: z.array(Word).max(20).default([]).describe('ordinary words matched only with affixes, e.g. amende'),
  glued: z.array(Word).max(20).default([]).describe('names found glued to anything, e.g. dgfip'),
  owned: z.array(Host).max(60).default([]).describe('registrable domains of the same owner, never warned'),
  everyEnding: z.boolean().default(false).describe('true when the owner holds its first brand under every ending'),
  sources: z.array(Source).min(1).max(10).describe('at least one source'),
});

export const PaidPatternSchema = z.strictObject({
  words: z
    .array(
      z
        .string()
        .regex(/^[a-z0-9]{4,40}$/)
        .describe('a lower-case word of 4+ letters, no hyphen or accent'),
    )
    .min(1)
    .max(4)
    .describe('1 to 4 words that must all be in the address'),
  service: Id.describe('the id of the service where the procedure is free'),
  source: Source,
});

const SecretRuleSchema = z.strictObject({
  warn: z
    .enum(['outside', 'imitations'])
    .describe('outside: warn on every site not listed; imitations: only on imitations of a service'),
  services: z.array(Id).max(50).describe('ids of the services where this kind may be sent'),
  gouv: z.boolean().describe('true when any *.gouv.fr address may receive it too'),
  source: Source,
});

/** Without a `secrets` section, every kind warns only on imitations of a service. */
const imitationsOnly = { warn: 'imitations', services: [], gouv: false, source: 'default' } as const;
const IMITATIONS_ONLY = {
  nir: { ...imitationsOnly, services: [] },
  iban: { ...imitationsOnly, services: [] },
  card: { ...imitationsOnly, services: [] },
  code: { ...imitationsOnly, services: [] },
  password: { ...imitationsOnly, services: [] },
};

export const OfficialDomainsSchema = z.strictObject({
  version: z.literal(1).describe('1'),
  fallback: Id.describe('the id of the service for imitations of the State that name no service'),
  services: z.array(ServiceSchema).min(1).max(200).describe('the services and their genuine addresses'),
  intermediaries: z.array(PaidPatternSchema).max(100).describe('paid-intermediary word patterns'),
  governments: z.array(Host).max(100).describe('registrable domains of other governments, e.g. gouv.nc'),
  platforms: z.array(Host).max(100).describe('registrable domains whose paths are account names, e.g. facebook.com'),
  affixes: z
    .array(
      z
        .string()
        .regex(/^[a-z0-9]{2,30}$/)
        .describe('a lower-case word, no hyphen or accent'),
    )
    .max(400)
    .default([])
    .describe('words glued to service names in imitations, e.g. mon, espace, suivi'),
  freeHosts: z.array(Host).max(200).default([]).describe('registrable domains handing out subdomains, e.g. beget.tech'),
  secrets: z
    .strictObject({
      nir: SecretRuleSchema,
      iban: SecretRuleSchema,
      card: SecretRuleSchema,
      code: SecretRuleSchema,
      password: SecretRuleSchema,
    })
    .default(IMITATIONS_ONLY)
    .describe('for each kind of secret (nir, iban, card, code, password), where it may be sent'),
});
