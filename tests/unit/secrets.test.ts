// The secrets check: what counts as a NIR, an IBAN, a card number, a one-time code or a password
// (on the value alone, in memory), which kinds each site gets watched for, the dialog's wording,
// and keeping the registered content script in step with the optional permission; a one-time
// code typed on another site than the genuine one that asked for it (issue 5 D2).
// All numbers are fictitious (documentation examples or computed for these tests).
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatGuideError } from '../../src/guide/build';
import { parseOfficialDomains, loadOfficialDomains } from '../../src/risk/build';
import {
  asksForCode,
  createSecretsSync,
  isCardNumber,
  isIban,
  nirShape,
  secretIn,
  secretRisk,
  ALL_SITES,
  SECRETS_SCRIPT,
  SECRETS_SCRIPT_ID,
  type FieldInfo,
  type RegisteredScript,
} from '../../src/secrets';
import { CODE_EXPECTED_MS, codeRequest, watchedSecrets } from '../../src/secrets/policy';
import { readCodeExpected, repairCodeExpected, wipe, writeCodeExpected } from '../../src/storage';
import { translate, type TextKey } from '../../src/i18n';
import { pickSecretRisk, secretRisks } from '../../src/secrets/explain';
import { localeTable } from '../support/locales';

const FR = localeTable('fr');
const say = (key: TextKey, values?: Readonly<Record<string, string>>) => translate(FR, key, values);
const ROOT = join(import.meta.dirname, '..', '..');

const field = (value: string, more: Partial<FieldInfo> = {}): FieldInfo => ({
  type: 'text',
  autocomplete: '',
  hints: '',
  value,
  ...more,
});

describe('detectors', () => {
  it('a NIR with its key, spaced or not; Corsica (2A, 2B) counts its key with 19 and 18', () => {
    expect(nirShape('1 85 05 78 006 084 91')).toBe('with-key');
    expect(nirShape('185057800608491')).toBe('with-key');
    expect(nirShape('2 69 05 2A 123 456 88')).toBe('with-key');
    expect(nirShape('1 85 05 78 006 084 92')).toBeUndefined(); // wrong key
    expect(nirShape('1 85 13 78 006 084 91')).toBeUndefined(); // month 13
    expect(nirShape('1850578006084')).toBe('without-key');
    expect(nirShape('06 12 34 56 78')).toBeUndefined(); // a phone number
  });

  it('an IBAN whose check digits hold (ISO 13616), any spacing or case', () => {
    expect(isIban('FR76 3000 6000 0112 3456 7890 189')).toBe(true);
    expect(isIban('fr7630006000011234567890189')).toBe(true);
    expect(isIban('FR76 3000 6000 0112 3456 7890 188')).toBe(false);
    expect(isIban('FR76')).toBe(false);
  });

  it('a card number: known first digits and the Luhn check', () => {
    expect(isCardNumber('4111 1111 1111 1111')).toBe(true);
    expect(isCardNumber('5555-5555-5555-4444')).toBe(true);
    expect(isCardNumber('4111 1111 1111 1112')).toBe(false);
    expect(isCardNumber('0000 0000 0000 0000')).toBe(false);
  });

  it('classifies one field, most specific kind first; nothing for ordinary values', () => {
    expect(secretIn(field('secret-fictif', { type: 'password' }))).toBe('password');
    expect(secretIn(field('1 85 05 78 006 084 91'))).toBe('nir');
    expect(secretIn(field('1850578006084'))).toBeUndefined(); // 13 digits without a hint
    expect(secretIn(field('1850578006084', { hints: 'numéro de sécurité sociale' }))).toBe('nir');
    expect(secretIn(field('FR7630006000011234567890189'))).toBe('iban');
    expect(secretIn(field('4111111111111111'))).toBe('card');
    expect(secretIn(field('123456', { autocomplete: 'one-time-code' }))).toBe('code');
    expect(secretIn(field('123456', { hints: 'codeMfa Code reçu par e-mail' }))).toBe('code');
    expect(secretIn(field('75011', { hints: 'code postal' }))).toBe('code'); // a hint is only a hint…
    expect(secretIn(field('75011', { hints: 'ville' }))).toBeUndefined(); // …and no hint, no code
    expect(secretIn(field('Camille Exemple'))).toBeUndefined();
    expect(secretIn(field('', { type: 'password' }))).toBeUndefined();
    expect(secretIn(field('1 85 05 78 006 084 91', { type: 'email' }))).toBeUndefined();
  });
});

describe('which secrets a site is watched for (data/official-domains.yaml, secrets)', () => {
  const loaded = loadOfficialDomains(ROOT);
  if (!loaded.ok) throw new Error('official domains do not load');
  const data = loaded.data;
  const watch = (url: string) => watchedSecrets(url, data);

  it('official sites of a service that asks for them: nothing for NIR and IBAN', () => {
    expect(watch('https://wwwd.caf.fr/redirect/s/Redirect?page=monCompte')).toEqual({
      kinds: [],
      imitation: false,
      codeAsk: true, // a genuine service's page reports when it asks for a one-time code
    });
    expect(watch('https://assure.ameli.fr/').kinds).toEqual([]);
    expect(watch('https://www.info.gouv.fr/').kinds).toEqual([]); // any *.gouv.fr
  });

  it('an official site of another kind (the mailbox) or an ordinary site: NIR and IBAN only', () => {
    expect(watch('https://mail.google.com/mail/u/0/')).toEqual({
      kinds: ['nir', 'iban'],
      imitation: false,
      codeAsk: true,
    });
    expect(watch('https://www.boutique-exemple-fictive.fr/commande')).toEqual({
      kinds: ['nir', 'iban'],
      imitation: false,
    });
  });

  it('an imitation of a public service: every kind, as an imitation', () => {
    expect(watch('https://caf-allocataire-remboursement.com/')).toEqual({
      kinds: ['nir', 'iban', 'card', 'code', 'password'],
      imitation: true,
    });
  });

  it('our own pages, IPs, localhost, file: and garbage: nothing, never an exception', () => {
    for (const url of [
      'chrome-extension://abc/popup.html',
      'http://192.168.1.1/',
      'http://localhost:3000/',
      'file:///tmp/x.html',
      'about:blank',
      'pas une adresse',
      '',
    ])
      expect(watch(url)).toEqual({ kinds: [], imitation: false });
  });

  it('a secrets rule naming an unknown service is a located build error', () => {
    const text = `version: 1
fallback: caf
services:
  - id: caf
    site: le vrai site de la Caf
    start: https://www.caf.fr/
    domains: [caf.fr]
    hosts: []
    brands: [caf]
    words: []
    sources: [test]
intermediaries: []
governments: []
platforms: []
secrets:
  nir: { warn: outside, services: [caf, inconnu], gouv: true, source: test }
  iban: { warn: outside, services: [], gouv: true, source: test }
  card: { warn: imitations, services: [], gouv: false, source: test }
  code: { warn: imitations, services: [], gouv: false, source: test }
  password: { warn: sometimes, services: [], gouv: false, source: test }
`;
    const errorsOf = (yaml: string) => {
      const result = parseOfficialDomains('data/official-domains.yaml', yaml);
      return result.ok ? [] : result.errors.map(formatGuideError);
    };
    expect(errorsOf(text)).toEqual([
      'data/official-domains.yaml:20:21 — "secrets.password.warn" is the text "sometimes" — one of: outside, imitations',
    ]);
    expect(errorsOf(text.replace('warn: sometimes', 'warn: imitations'))).toEqual([
      'data/official-domains.yaml:16:41 — unknown service "inconnu" — one of: caf',
    ]);
  });
});

describe('what the learner reads', () => {
  it('names the most serious kind; an imitation is a danger, an ordinary site a caution', () => {
    const danger = secretRisk(['iban', 'password'], true, say);
    expect(danger.level).toBe('danger');
    expect(danger.why).toContain('mot de passe');
    expect(danger.why).toContain('imite un site officiel');
    const caution = secretRisk(['nir'], false, say);
    expect(caution.level).toBe('caution');
    expect(caution.why).toContain('numéro de sécurité sociale');
    expect(caution.why).toContain('n’est pas un site officiel');
    for (const risk of [danger, caution])
      for (const sentence of [risk.why, ...(risk.check ?? [])].join(' ').split(/[.!?]\s/))
        expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(15);
  });
});

describe('the registered script follows the permission', () => {
  function port(granted: boolean, registered: RegisteredScript[]) {
    const state = { granted, registered: [...registered] };
    return {
      state,
      port: {
        granted: vi.fn(async () => state.granted),
        registered: vi.fn(async () => [...state.registered]),
        register: vi.fn(async () => {
          if (state.registered.some((s) => s.id === SECRETS_SCRIPT_ID)) throw new Error('duplicate id');
          state.registered.push({ id: SECRETS_SCRIPT_ID, allFrames: SECRETS_SCRIPT.allFrames });
        }),
        unregister: vi.fn(async () => {
          state.registered = state.registered.filter((s) => s.id !== SECRETS_SCRIPT_ID);
        }),
      },
    };
  }

  it('runs in every frame, about:blank, about:srcdoc and blob: frames included', () => {
    expect(SECRETS_SCRIPT).toMatchObject({ allFrames: true, matchOriginAsFallback: true, matches: ALL_SITES });
  });

  it('a script registered by an older version for top frames only is registered again for all frames', async () => {
    const { state, port: p } = port(true, [{ id: SECRETS_SCRIPT_ID, allFrames: false }]);
    await expect(createSecretsSync(p)()).resolves.toBe(true);
    expect(p.unregister).toHaveBeenCalledTimes(1);
    expect(state.registered).toEqual([{ id: SECRETS_SCRIPT_ID, allFrames: true }]);
    await createSecretsSync(p)();
    expect(p.register).toHaveBeenCalledTimes(1);
  });

  it('registers once when granted, even when asked twice at once; unregisters when taken back', async () => {
    const { state, port: p } = port(true, []);
    const sync = createSecretsSync(p);
    await Promise.all([sync(), sync()]);
    expect(p.register).toHaveBeenCalledTimes(1);
    expect(state.registered.map((s) => s.id)).toEqual([SECRETS_SCRIPT_ID]);
    state.granted = false;
    await expect(sync()).resolves.toBe(false);
    expect(state.registered).toEqual([]);
  });

  it('does nothing without the permission, and a failing browser call is retried next time', async () => {
    const { port: p } = port(false, []);
    const sync = createSecretsSync(p);
    await sync();
    expect(p.register).not.toHaveBeenCalled();
    p.granted.mockRejectedValueOnce(new Error('browser busy'));
    await expect(sync()).resolves.toBe(false);
    await expect(sync()).resolves.toBe(false);
  });
});

// A one-time code asked by a genuine site: the background notes which site asked and when (never
// the code); other sites then watch codes (any 6 digits) for 15 minutes, naming the site that asked.
const codeData = (() => {
  const loaded = loadOfficialDomains(ROOT);
  if (!loaded.ok) throw new Error('official domains do not load');
  return loaded.data;
})();
const NOW = 1_800_000_000_000;
const CAF_2FA = 'https://wwwd.caf.fr/redirect/s/Redirect?page=monCompte';
const SHOP = 'https://www.boutique-exemple-fictive.fr/formulaire';

describe('one-time codes: codeRequest, only a genuine site is noted as asking', () => {
  it('the Caf’s page: its registrable domain and service, and the time', () => {
    expect(codeRequest(CAF_2FA, codeData, NOW)).toEqual({ site: 'caf.fr', service: 'caf', at: NOW });
  });
  it('an imitation or an ordinary site is not noted', () => {
    expect(codeRequest('https://caf-allocataire-fr.com/', codeData, NOW)).toBeUndefined();
    expect(codeRequest(SHOP, codeData, NOW)).toBeUndefined();
    expect(codeRequest('chrome-extension://abc/popup.html', codeData, NOW)).toBeUndefined();
  });
});

describe('watchedSecrets with a code asked by the Caf', () => {
  const asked = { site: 'caf.fr', service: 'caf', at: NOW };
  it('another site watches codes, and is told which site asked', () => {
    const watch = watchedSecrets(SHOP, codeData, asked, NOW + 60_000);
    expect(watch.kinds).toContain('code');
    expect(watch.codeFor).toBe('caf');
    // Another genuine service too (a code is for the site that asked, not for any official site).
    expect(watchedSecrets('https://assure.ameli.fr/', codeData, asked, NOW).codeFor).toBe('caf');
  });
  it('the Caf’s own hosts do not; nor does anyone once the code has expired', () => {
    expect(watchedSecrets('https://www.caf.fr/', codeData, asked, NOW).codeFor).toBeUndefined();
    expect(watchedSecrets(CAF_2FA, codeData, asked, NOW).kinds).toEqual([]);
    const late = watchedSecrets(SHOP, codeData, asked, NOW + CODE_EXPECTED_MS);
    expect(late.kinds).not.toContain('code');
    expect(late.codeFor).toBeUndefined();
  });
  it('without a request, an ordinary site does not watch codes', () => {
    expect(watchedSecrets(SHOP, codeData, undefined, NOW).kinds).not.toContain('code');
  });
});

describe('the page side', () => {
  it('a field asks for a code by its autocomplete or its words', () => {
    expect(asksForCode({ autocomplete: 'one-time-code', hints: '' })).toBe(true);
    expect(asksForCode({ autocomplete: 'off', hints: 'codeMfa Code reçu par e-mail' })).toBe(true);
    expect(asksForCode({ autocomplete: 'off', hints: 'prenom Prénom' })).toBe(false);
  });
  it('with looseCode, any 6 digits are a code; without, only a field that says so', () => {
    expect(secretIn(field('123456', { hints: 'reference Numéro reçu' }))).toBeUndefined();
    expect(secretIn(field('123 456', { hints: 'reference Numéro reçu' }), true)).toBe('code');
    expect(secretIn(field('12345'), true)).toBeUndefined(); // a postcode is 5 digits
    expect(secretIn(field('1234567'), true)).toBeUndefined();
  });
  it('the warning names the site that asked, as a danger', () => {
    const risk = secretRisk(['code'], false, say, 'le vrai site de la Caf');
    expect(risk.level).toBe('danger');
    expect(risk.why).toContain('Ce code a été demandé par le vrai site de la Caf.');
    expect(risk.check).toContain('Tapez ce code seulement sur le site qui l’a demandé.');
    expect(secretRisk(['nir'], false, say, 'le vrai site de la Caf').why).not.toContain('demandé par');
  });
  it('the background gives a dialog per watched kind; the page picks the code’s when asked, else the most serious', () => {
    const risks = secretRisks(['nir', 'code', 'password'], false, say, 'le vrai site de la Caf');
    expect(pickSecretRisk(['nir', 'code'], risks, true)?.why).toContain('demandé par le vrai site de la Caf');
    expect(pickSecretRisk(['nir', 'password'], risks, true)?.why).toContain('mot de passe');
    expect(pickSecretRisk(['nir'], risks, false)?.why).toContain('numéro de sécurité sociale');
    expect(pickSecretRisk(['iban'], risks, false)).toBeUndefined();
    // In Arabic, every sentence comes from the Arabic table.
    const AR = localeTable('ar');
    const ar = secretRisk(['card'], true, (key, values) => translate(AR, key, values));
    expect(ar.why).toBe(`${AR['secrets.card']} ${AR['secrets.imitation']}`);
    expect(ar.check).toEqual([
      AR['secrets.imitationCheck1'],
      AR['secrets.imitationCheck2'],
      AR['secrets.imitationCheck3'],
    ]);
  });
});

describe('the stored request', () => {
  it('keeps exactly a site, a service and a time', () => {
    expect(repairCodeExpected({ site: 'caf.fr', service: 'caf', at: NOW })).toEqual({
      site: 'caf.fr',
      service: 'caf',
      at: NOW,
    });
    expect(repairCodeExpected({ site: 'caf.fr', service: 'caf', at: NOW, code: '123456' })).toEqual({
      site: 'caf.fr',
      service: 'caf',
      at: NOW,
    });
    for (const bad of [null, 'caf.fr', { site: 'CAF FR', service: 'caf', at: NOW }, { site: 'caf.fr', service: 'caf' }])
      expect(repairCodeExpected(bad)).toBeUndefined();
  });
});

describe('the stored code request, in the browser session only', () => {
  it('lives in storage.session, is read back repaired, and is removed by wipe()', async () => {
    fakeBrowser.reset();
    await writeCodeExpected({ site: 'caf.fr', service: 'caf', at: NOW });
    expect(await readCodeExpected()).toEqual({ site: 'caf.fr', service: 'caf', at: NOW });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await wipe();
    expect(await readCodeExpected()).toBeUndefined();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
