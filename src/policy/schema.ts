// The administrator's policy (storage.managed): one schema per field, parsed field by field, so a
// malformed field never breaks the extension: it gets its safe setting (kiosk mode on, the
// counsellor space locked, the secrets check on) or its default, with a notice for the admin. Pure.
import * as z from 'zod/mini';
import { LANGUAGES, type Language } from '../i18n/languages';

export { LANGUAGES, type Language };
export type PolicyLevel = 'decouvre' | 'entraine' | 'debrouille';

/** Default minutes without activity before a kiosk session is wiped. */
export const DEFAULT_INACTIVITY_MINUTES = 15;

export interface Policy {
  /** Shared public PC: wipe after inactivity and at browser start. */
  kioskMode: boolean;
  /** The counsellor PIN (docs/deployment.md: PBKDF2-SHA256); both parts or neither. `broken`: the
   * policy names a PIN that cannot be used (malformed, or one part only): the space stays locked. */
  counsellorPin?: { hash: string; salt: string } | 'broken';
  /** Guide ids shown in the popup; undefined: all guides. */
  guidesEnabled?: string[];
  inactivityMinutes: number;
  defaultLevel?: PolicyLevel;
  defaultLanguage?: Language;
  /** Secrets-on-wrong-site check: true on (if the permission is granted), false off, undefined: the learner's switch. */
  secretsCheck?: boolean;
}

export interface ParsedPolicy {
  policy: Policy;
  /** One sentence per ignored field, for the administrator (shown small in the popup). */
  notices: string[];
}

export const DEFAULT_POLICY: Policy = { kioskMode: false, inactivityMinutes: DEFAULT_INACTIVITY_MINUTES };

function buildFieldSchemas() {
  z.config({ jitless: true });
  const base64 = (min: number, max: number) =>
    z.string().check(z.minLength(min), z.maxLength(max), z.regex(/^[A-Za-z0-9+/]+={0,2}$/));
  return {
    kioskMode: z.boolean(),
    // 32 bytes of PBKDF2 output: 44 base64 characters.
    counsellorPinHash: base64(44, 44),
    // At least 16 bytes of salt: 24 base64 characters.
    counsellorPinSalt: base64(24, 88),
    guidesEnabled: z
      .array(z.string().check(z.minLength(1), z.maxLength(120), z.regex(/^[a-z0-9/-]+$/)))
      .check(z.maxLength(500)),
    inactivityMinutes: z.number().check(z.int(), z.minimum(1), z.maximum(720)),
    defaultLevel: z.enum(['decouvre', 'entraine', 'debrouille']),
    defaultLanguage: z.enum(LANGUAGES),
    secretsCheck: z.boolean(),
  };
}
type FieldSchemas = ReturnType<typeof buildFieldSchemas>;
export type PolicyField = keyof FieldSchemas;
let schemas: FieldSchemas | undefined;

/** What each field expects, in the admin notice. */
const EXPECTED: Record<PolicyField, string> = {
  kioskMode: 'true ou false',
  counsellorPinHash: 'empreinte PBKDF2 en base64 (44 caractères)',
  counsellorPinSalt: 'sel en base64 (au moins 16 octets)',
  guidesEnabled: 'liste d’identifiants de démarches',
  inactivityMinutes: 'nombre entier de minutes, de 1 à 720',
  defaultLevel: 'decouvre, entraine ou debrouille',
  defaultLanguage: 'fr, en ou ar',
  secretsCheck: 'true ou false',
};

const ignored = (field: string, why: string) => `Réglage « ${field} » ignoré : ${why}.`;
/** A malformed field whose default would be the unsafe side: the safe setting applies instead. */
const safe = (field: string, why: string, applied: string) =>
  `Réglage « ${field} » mal écrit : ${why}. Le réglage le plus sûr s’applique : ${applied}.`;

/**
 * Parses the raw managed storage value. Each known field is checked alone; a bad one is left at
 * its default with a notice. `knownGuides`: ids of the catalogue, to drop unknown guide ids.
 */
export function parsePolicy(raw: unknown, knownGuides?: ReadonlySet<string>): ParsedPolicy {
  schemas ??= buildFieldSchemas();
  const policy: Policy = { ...DEFAULT_POLICY };
  const notices: string[] = [];
  if (raw === undefined || raw === null) return { policy, notices };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { policy, notices: ['Réglages de l’administrateur ignorés : un objet était attendu.'] };
  }
  const fields = new Map(Object.entries(raw as Record<string, unknown>));
  // `applied`: the safe setting a malformed value gets (its notice says so); else it is ignored.
  const malformed = new Set<PolicyField>();
  const value = <K extends PolicyField>(field: K, applied?: string): z.infer<FieldSchemas[K]> | undefined => {
    if (!fields.has(field)) return undefined;
    const parsed = schemas![field].safeParse(fields.get(field));
    if (parsed.success) return parsed.data as z.infer<FieldSchemas[K]>;
    malformed.add(field);
    const why = `${EXPECTED[field]} attendu`;
    notices.push(applied ? safe(field, why, applied) : ignored(field, why));
    return undefined;
  };
  for (const key of fields.keys()) if (!(key in EXPECTED)) notices.push(ignored(key.slice(0, 60), 'inconnu'));

  const kiosk = value('kioskMode', 'mode kiosque (effacement après inactivité et au démarrage)');
  policy.kioskMode = kiosk ?? malformed.has('kioskMode');
  const locked = 'l’espace médiateur reste fermé';
  const hash = value('counsellorPinHash', locked);
  const salt = value('counsellorPinSalt', locked);
  if (hash !== undefined && salt !== undefined) policy.counsellorPin = { hash, salt };
  else if (malformed.has('counsellorPinHash') || malformed.has('counsellorPinSalt')) policy.counsellorPin = 'broken';
  else if (hash !== undefined || salt !== undefined) {
    policy.counsellorPin = 'broken';
    notices.push(safe('counsellorPin', 'counsellorPinHash et counsellorPinSalt vont ensemble', locked));
  }
  const guides = value('guidesEnabled');
  if (guides !== undefined) {
    const unknown = knownGuides ? guides.filter((id) => !knownGuides.has(id)) : [];
    const known = [...new Set(guides.filter((id) => !unknown.includes(id)))];
    for (const id of unknown) notices.push(ignored(`guidesEnabled: ${id}`, 'démarche inconnue'));
    if (known.length > 0) policy.guidesEnabled = known;
    else notices.push(ignored('guidesEnabled', 'aucune démarche connue dans la liste'));
  }
  const minutes = value('inactivityMinutes');
  if (minutes !== undefined) policy.inactivityMinutes = minutes;
  const level = value('defaultLevel');
  if (level !== undefined) policy.defaultLevel = level;
  const language = value('defaultLanguage');
  if (language !== undefined) policy.defaultLanguage = language;
  const secrets = value('secretsCheck', 'protection des informations secrètes activée');
  if (secrets !== undefined) policy.secretsCheck = secrets;
  else if (malformed.has('secretsCheck')) policy.secretsCheck = true;
  return { policy, notices };
}
