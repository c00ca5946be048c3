// The administrator's policy parser: good, partial and malformed policies; each malformed field gets
// its safe setting (kiosk on, counsellor space locked, secrets check on) or its default, with one
// notice, and never breaks the others; which guides are enabled; the Chrome managed_schema names exactly the
// fields the parser reads; the PIN hash matches the node command of docs/deployment.md.
import { pbkdf2Sync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  hashPin,
  isGuideEnabled,
  parsePolicy,
  PIN_ITERATIONS,
  policyPinRecord,
} from '../../src/policy';

const SALT = Buffer.from('fictitious-salt!').toString('base64'); // 16 bytes
const HASH = Buffer.alloc(32, 7).toString('base64');
const KNOWN = new Set(['caf/attestation-paiement', 'gmail/envoyer-cv']);

const GOOD = {
  kioskMode: true,
  counsellorPinHash: HASH,
  counsellorPinSalt: SALT,
  guidesEnabled: ['caf/attestation-paiement'],
  inactivityMinutes: 10,
  defaultLevel: 'entraine',
  defaultLanguage: 'ar',
  secretsCheck: false,
};

describe('parsePolicy', () => {
  it('reads a complete, valid policy without notices', () => {
    expect(parsePolicy(GOOD, KNOWN)).toEqual({
      policy: {
        kioskMode: true,
        counsellorPin: { hash: HASH, salt: SALT },
        guidesEnabled: ['caf/attestation-paiement'],
        inactivityMinutes: 10,
        defaultLevel: 'entraine',
        defaultLanguage: 'ar',
        secretsCheck: false,
      },
      notices: [],
    });
  });

  it.each([
    ['no policy (Chrome answers {})', {}],
    ['undefined (Firefox without policy)', undefined],
    ['null', null],
  ])('gives the defaults for %s', (_, raw) => {
    expect(parsePolicy(raw)).toEqual({ policy: DEFAULT_POLICY, notices: [] });
  });

  it('keeps the defaults of the fields a partial policy leaves out', () => {
    const { policy, notices } = parsePolicy({ kioskMode: true });
    expect(notices).toEqual([]);
    expect(policy).toEqual({ kioskMode: true, inactivityMinutes: 15 });
  });

  it.each([
    ['kioskMode', 'yes'],
    ['kioskMode', 1],
    ['counsellorPinHash', 'not base64!'],
    ['counsellorPinHash', 'c2hvcnQ='],
    ['counsellorPinSalt', 'c2hvcnQ='],
    ['guidesEnabled', 'caf/attestation-paiement'],
    ['guidesEnabled', [42]],
    ['guidesEnabled', ['CAF Attestation']],
    ['inactivityMinutes', 0],
    ['inactivityMinutes', 2.5],
    ['inactivityMinutes', '15'],
    ['inactivityMinutes', 100_000],
    ['defaultLevel', 'expert'],
    ['defaultLanguage', 'de'],
    ['secretsCheck', 'false'],
  ])('gives a malformed %s (%j) its safe setting or default with one notice, the other fields kept', (field, bad) => {
    const { policy, notices } = parsePolicy({ ...GOOD, [field]: bad }, KNOWN);
    const name = field.startsWith('counsellorPin') ? 'counsellorPin' : field;
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`« ${field} »`);
    // Every other field is as in the good policy.
    const expected = parsePolicy(GOOD, KNOWN).policy as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(policy)) if (!key.startsWith(name)) expect(value).toEqual(expected[key]);
    // The malformed field is at its safe setting where the default is the unsafe side, else at its default.
    if (field === 'kioskMode') expect(policy.kioskMode).toBe(true);
    if (field === 'inactivityMinutes') expect(policy.inactivityMinutes).toBe(15);
    if (field.startsWith('counsellorPin')) expect(policy.counsellorPin).toBe('broken');
    if (field === 'secretsCheck') expect(policy.secretsCheck).toBe(true);
    if (field === 'guidesEnabled') expect(policy.guidesEnabled).toBeUndefined();
  });

  it('turns kiosk mode on, keeps the counsellor space locked and the secrets check on when those fields are malformed', () => {
    const { policy, notices } = parsePolicy({ kioskMode: 'oui', counsellorPinHash: 42, secretsCheck: 'false' });
    expect(policy).toEqual({ kioskMode: true, counsellorPin: 'broken', secretsCheck: true, inactivityMinutes: 15 });
    expect(notices).toEqual([
      'Réglage « kioskMode » mal écrit : true ou false attendu. Le réglage le plus sûr s’applique : mode kiosque (effacement après inactivité et au démarrage).',
      'Réglage « counsellorPinHash » mal écrit : empreinte PBKDF2 en base64 (44 caractères) attendu. Le réglage le plus sûr s’applique : l’espace médiateur reste fermé.',
      'Réglage « secretsCheck » mal écrit : true ou false attendu. Le réglage le plus sûr s’applique : protection des informations secrètes activée.',
    ]);
    // Fields left out keep their defaults: no kiosk, no PIN named, the learner's switch.
    expect(parsePolicy({ defaultLevel: 'entraine' }).policy).toEqual({
      kioskMode: false,
      inactivityMinutes: 15,
      defaultLevel: 'entraine',
    });
  });

  it('keeps the counsellor space locked with a PIN hash without its salt', () => {
    const { policy, notices } = parsePolicy({ counsellorPinHash: HASH });
    expect(policy.counsellorPin).toBe('broken');
    expect(policyPinRecord(policy.counsellorPin)).toBe('broken');
    expect(notices).toEqual([
      'Réglage « counsellorPin » mal écrit : counsellorPinHash et counsellorPinSalt vont ensemble. Le réglage le plus sûr s’applique : l’espace médiateur reste fermé.',
    ]);
  });

  it('gives the gate the PIN record of the documented algorithm', () => {
    expect(policyPinRecord(parsePolicy(GOOD, KNOWN).policy.counsellorPin)).toEqual({
      hash: HASH,
      salt: SALT,
      iterations: PIN_ITERATIONS,
    });
    expect(policyPinRecord(undefined)).toBeUndefined();
  });

  it('enables every guide without a list, only the listed ones with it', () => {
    expect(isGuideEnabled(DEFAULT_POLICY, 'gmail/envoyer-cv')).toBe(true);
    const { policy } = parsePolicy(GOOD, KNOWN);
    expect(isGuideEnabled(policy, 'caf/attestation-paiement')).toBe(true);
    expect(isGuideEnabled(policy, 'gmail/envoyer-cv')).toBe(false);
  });

  it('drops unknown guide ids with a notice each, and the whole list when none is known', () => {
    const some = parsePolicy({ guidesEnabled: ['caf/attestation-paiement', 'caf/nope'] }, KNOWN);
    expect(some.policy.guidesEnabled).toEqual(['caf/attestation-paiement']);
    expect(some.notices).toEqual(['Réglage « guidesEnabled: caf/nope » ignoré : démarche inconnue.']);
    const none = parsePolicy({ guidesEnabled: ['caf/nope'] }, KNOWN);
    expect(none.policy.guidesEnabled).toBeUndefined();
    expect(none.notices).toHaveLength(2);
  });

  it('names unknown settings and refuses a policy that is not an object', () => {
    expect(parsePolicy({ kioskMod: true }).notices).toEqual(['Réglage « kioskMod » ignoré : inconnu.']);
    expect(parsePolicy(['kioskMode']).notices).toHaveLength(1);
    expect(parsePolicy('kioskMode').policy).toEqual(DEFAULT_POLICY);
  });

  it('never throws and always gives a usable policy, whatever the administrator wrote', () => {
    const field = fc.constantFrom(...Object.keys(GOOD), '__proto__', 'constructor', 'other');
    fc.assert(
      fc.property(fc.dictionary(field, fc.jsonValue()), (raw) => {
        const { policy, notices } = parsePolicy(raw, KNOWN);
        expect(typeof policy.kioskMode).toBe('boolean');
        expect(Number.isInteger(policy.inactivityMinutes)).toBe(true);
        expect(policy.inactivityMinutes).toBeGreaterThanOrEqual(1);
        for (const id of policy.guidesEnabled ?? []) expect(KNOWN.has(id)).toBe(true);
        expect(Array.isArray(notices)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('managed_schema.json', () => {
  it('is an object schema naming exactly the fields the parser reads', () => {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/managed_schema.json'), 'utf8')) as {
      type: string;
      properties: Record<string, unknown>;
    };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema).sort()).toEqual(['properties', 'type']); // Chrome: no additionalProperties
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(GOOD).sort());
    // A policy using every field of the schema parses without a notice.
    expect(parsePolicy(GOOD, KNOWN).notices).toEqual([]);
  });
});

describe('hashPin', () => {
  it('gives what the node command of docs/deployment.md gives', async () => {
    const expected = pbkdf2Sync('4821', Buffer.from(SALT, 'base64'), PIN_ITERATIONS, 32, 'sha256').toString('base64');
    expect(await hashPin('4821', SALT)).toBe(expected);
    expect(parsePolicy({ counsellorPinHash: expected, counsellorPinSalt: SALT }).notices).toEqual([]);
  });
});
