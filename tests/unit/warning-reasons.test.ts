// What the warning page says about why an address looks like an imitation: one sentence per reason
// in every language (locales/*.yml), the word and the real owner filled in, two reasons at most.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, translate, type TextKey } from '../../src/i18n';
import { judgeSite, REASON_KINDS, type OfficialDomains } from '../../src/risk';
import { loadOfficialDomains } from '../../src/risk/build';
import { formatGuideError } from '../../src/guide/build';
import { reasonSentence, reasonSentences } from '../../src/ui/warning-reasons';
import { localeTable, readLocale } from '../support/locales';

const loaded = loadOfficialDomains(join(import.meta.dirname, '..', '..'));
if (!loaded.ok) throw new Error(loaded.errors.map(formatGuideError).join('\n'));
const DATA: OfficialDomains = loaded.data;

const translator = (table: Record<string, string>) => (key: TextKey, values?: Record<string, string | number>) =>
  translate(table, key, values);
const french = translator(localeTable('fr'));

describe('reasonSentence', () => {
  it.each(LANGUAGES)('says every reason in one sentence in %s, with nothing left to fill', (language) => {
    const t = translator(localeTable(language));
    for (const kind of REASON_KINDS) {
      const sentence = reasonSentence(t, { kind, word: 'caf' }, 'secure-x.com');
      expect(sentence, kind).not.toMatch(/warning\.reasons|\{\w+\}/);
      expect(sentence.length, kind).toBeGreaterThan(20);
      expect(sentence.length, kind).toBeLessThan(140);
    }
  });

  it('says it in plain French, naming the real owner of the address', () => {
    for (const kind of REASON_KINDS) {
      expect(reasonSentence(french, { kind, word: 'caf' }, 'secure-x.com'), kind).toMatch(/^[A-ZÀ-Ü].{20,140}\.$/);
    }
    const verdict = judgeSite('https://caf.fr.secure-x.com/', DATA);
    expect(verdict.kind === 'lookalike' && reasonSentences(french, verdict.reasons, 'secure-x.com')).toEqual([
      "Le nom « caf » est au début de l'adresse. Mais le site appartient à « secure-x.com ».",
    ]);
  });

  it('gives two reasons at most, most telling first', () => {
    const reasons = [
      { kind: 'typo', word: 'caf' },
      { kind: 'brand-in-name', word: 'caf' },
      { kind: 'glued-gouv', word: 'gouv' },
    ] as const;
    expect(reasonSentences(french, reasons, 'x.com')).toEqual([
      reasonSentence(french, reasons[0], 'x.com'),
      reasonSentence(french, reasons[1], 'x.com'),
    ]);
    expect(Object.keys(readLocale('fr')).filter((key) => key.startsWith('warning.reasons.'))).toHaveLength(
      REASON_KINDS.length,
    );
  });
});
