// A one-time code typed on another site than the genuine one that asked for it (issue 5 D2): the
// background notes which genuine site asked and when (never the code), other sites then watch
// codes (any 6 digits) for 15 minutes, with a warning that names the site that asked.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asksForCode, secretIn, secretRisk, type FieldInfo } from '../../src/secrets';
import { CODE_EXPECTED_MS, codeRequest, watchedSecrets } from '../../src/secrets/policy';
import { loadOfficialDomains } from '../../src/risk/build';
import { repairCodeExpected } from '../../src/storage';

const loaded = loadOfficialDomains(join(import.meta.dirname, '..', '..'));
if (!loaded.ok) throw new Error('official domains do not load');
const data = loaded.data;
const NOW = 1_800_000_000_000;
const CAF_2FA = 'https://wwwd.caf.fr/redirect/s/Redirect?page=monCompte';
const SHOP = 'https://www.boutique-exemple-fictive.fr/formulaire';
const field = (value: string, more: Partial<FieldInfo> = {}): FieldInfo => ({
  type: 'text',
  autocomplete: '',
  hints: '',
  value,
  ...more,
});

describe('codeRequest: only a genuine site is noted as asking', () => {
  it('the Caf’s page: its registrable domain and service, and the time', () => {
    expect(codeRequest(CAF_2FA, data, NOW)).toEqual({ site: 'caf.fr', service: 'caf', at: NOW });
  });
  it('an imitation or an ordinary site is not noted', () => {
    expect(codeRequest('https://caf-allocataire-fr.com/', data, NOW)).toBeUndefined();
    expect(codeRequest(SHOP, data, NOW)).toBeUndefined();
    expect(codeRequest('chrome-extension://abc/popup.html', data, NOW)).toBeUndefined();
  });
});

describe('watchedSecrets with a code asked by the Caf', () => {
  const asked = { site: 'caf.fr', service: 'caf', at: NOW };
  it('another site watches codes, and is told which site asked', () => {
    const watch = watchedSecrets(SHOP, data, asked, NOW + 60_000);
    expect(watch.kinds).toContain('code');
    expect(watch.codeFor).toBe('le vrai site de la Caf');
    // Another genuine service too (a code is for the site that asked, not for any official site).
    expect(watchedSecrets('https://assure.ameli.fr/', data, asked, NOW).codeFor).toBe('le vrai site de la Caf');
  });
  it('the Caf’s own hosts do not; nor does anyone once the code has expired', () => {
    expect(watchedSecrets('https://www.caf.fr/', data, asked, NOW).codeFor).toBeUndefined();
    expect(watchedSecrets(CAF_2FA, data, asked, NOW).kinds).toEqual([]);
    const late = watchedSecrets(SHOP, data, asked, NOW + CODE_EXPECTED_MS);
    expect(late.kinds).not.toContain('code');
    expect(late.codeFor).toBeUndefined();
  });
  it('without a request, an ordinary site does not watch codes', () => {
    expect(watchedSecrets(SHOP, data, undefined, NOW).kinds).not.toContain('code');
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
    const risk = secretRisk(['code'], false, 'le vrai site de la Caf');
    expect(risk.level).toBe('danger');
    expect(risk.why).toContain('Ce code a été demandé par le vrai site de la Caf.');
    expect(risk.check).toContain('Tapez ce code seulement sur le site qui l’a demandé.');
    expect(secretRisk(['nir'], false, 'le vrai site de la Caf').why).not.toContain('demandé par');
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
