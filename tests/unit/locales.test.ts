// locales/fr.yml is the source of the interface's strings; en.yml and ar.yml must say the same
// things: exactly the same keys, the same {placeholders} in each message, no empty message, and no
// `_` in a key (messages.json joins the levels of a key with `_`, src/i18n splits them back).
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n';
import { readLocale } from '../support/locales';

const placeholders = (message: unknown) =>
  typeof message === 'string' ? [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort() : [];

const french = readLocale('fr');

const TRANSLATIONS = LANGUAGES.filter((language) => language !== 'fr');

describe.each(TRANSLATIONS)('locales/%s.yml', (language) => {
  const locale = readLocale(language);

  it('has exactly the keys of fr.yml', () => {
    expect(Object.keys(locale).sort()).toEqual(Object.keys(french).sort());
  });

  it('keeps the placeholders of fr.yml in every message', () => {
    for (const [key, message] of Object.entries(french)) {
      expect(placeholders(locale[key]), key).toEqual(placeholders(message));
    }
  });
});

describe.each(LANGUAGES)('locales/%s.yml', (language) => {
  const locale = readLocale(language);

  it('has no `_` in a key and no empty message', () => {
    for (const [key, message] of Object.entries(locale)) {
      expect(key, key).not.toContain('_');
      expect(typeof message, key).toBe('string');
      expect(String(message).trim(), key).not.toBe('');
    }
  });
});

describe('the locale checks', () => {
  it('see placeholders and nested keys', () => {
    expect(placeholders('Étape {n} sur {total}, {n}')).toEqual(['n', 'total']);
    expect(french['popup.end.logout']).toContain('{sites}');
  });
});
