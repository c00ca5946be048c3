// Which language the learner gets (their choice, the policy's default, the browser's, French),
// the string table (French under any missing key, stray keys ignored, an unreadable file
// survived), and the look source: a slow managed policy does not hold a page's first answer, and
// its default language is taken up when it arrives.
import { describe, expect, it, vi } from 'vitest';
import { chooseLanguage, fill, loadTable, parseMessages, type Language } from '../../src/i18n';
import { createLookSource, overlayCss } from '../../src/look';
import { DEFAULT_DISPLAY, repairDisplay } from '../../src/storage';

const MESSAGES: Record<Language, unknown> = {
  fr: {
    overlay_back: { message: 'Précédent' },
    overlay_quit: { message: 'Quitter' },
    extName: { message: 'Coup de pouce' },
  },
  en: { overlay_back: { message: 'Back' }, overlay_stray: { message: 'Stray' } },
  ar: 'not json at all',
};

describe('languages and strings', () => {
  it('the learner’s choice, then the policy, then the browser’s language if ours, else French', () => {
    expect(chooseLanguage('ar', 'en', 'fr-FR')).toBe('ar');
    expect(chooseLanguage(undefined, 'en', 'ar-MA')).toBe('en');
    expect(chooseLanguage(undefined, undefined, 'ar-MA')).toBe('ar');
    expect(chooseLanguage(undefined, undefined, 'de-DE')).toBe('fr');
    expect(chooseLanguage(undefined, undefined, undefined)).toBe('fr');
  });

  it('reads messages.json keys back to dotted keys; French fills the gaps; junk is survived', async () => {
    expect(parseMessages(MESSAGES.fr)).toEqual({
      'overlay.back': 'Précédent',
      'overlay.quit': 'Quitter',
      extName: 'Coup de pouce',
    });
    const read = (language: Language) => Promise.resolve(MESSAGES[language]);
    const en = await loadTable('en', read);
    expect(en).toEqual({ 'overlay.back': 'Back', 'overlay.quit': 'Quitter', extName: 'Coup de pouce' });
    expect(await loadTable('ar', read)).toEqual(parseMessages(MESSAGES.fr));
    expect(fill('Étape {n} sur {total} {other}', { n: 2, total: 5 })).toBe('Étape 2 sur 5 {other}');
  });

  it('repairs stored display choices field by field', () => {
    expect(repairDisplay({ language: 'ar', size: 'huge', highContrast: 'yes', autoRead: true })).toEqual({
      language: 'ar',
      size: 'normal',
      highContrast: false,
      autoRead: true,
    });
    expect(repairDisplay('garbage')).toEqual(DEFAULT_DISPLAY);
  });

  it('three text sizes scale the stylesheet; high contrast is black and yellow', () => {
    expect(overlayCss('normal', false)).toContain('.cdp-say{margin:0 0 10px;font-size:20px}');
    expect(overlayCss('large', false)).toContain('font-size:25px}');
    expect(overlayCss('larger', false)).toContain('font-size:30px}');
    expect(overlayCss('normal', true)).toContain('.cdp-card,.cdp-arrow{background:#000;color:#fff;border-color:#ff0}');
    expect(overlayCss('normal', false)).not.toContain('#ff0}');
  });
});

describe('the look source', () => {
  it('answers without waiting for a slow policy, then takes up its default language', async () => {
    let release: (language: Language) => void = () => undefined;
    const policy = new Promise<Language>((resolve) => (release = resolve));
    const changed = vi.fn();
    const source = createLookSource({
      readDisplay: () => Promise.resolve(DEFAULT_DISPLAY),
      policyLanguage: () => policy,
      browserLanguage: () => 'fr-FR',
      readMessages: (language) => Promise.resolve(MESSAGES[language]),
      changed,
    });
    // The policy has not answered yet: the first look is built without it.
    const first = await source.current();
    expect(first.language).toBe('fr');
    expect(changed).not.toHaveBeenCalled();
    release('en');
    await vi.waitFor(() => expect(changed).toHaveBeenCalledOnce());
    const second = await source.current();
    expect(second.language).toBe('en');
    expect(second.look.text.back).toBe('Back');
    expect(second.look.dir).toBe('ltr');
  });
});
