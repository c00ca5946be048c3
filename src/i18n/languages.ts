// The languages of the interface and of guide texts: French is the source, English and Arabic
// are translations; Arabic is laid out right to left. Which one a learner gets is decided here.

export const LANGUAGES = ['fr', 'en', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, for the language choice (a learner looks for their own). */
export const LANGUAGE_NAMES: Record<Language, string> = { fr: 'Français', en: 'English', ar: 'العربية' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function direction(language: Language): 'ltr' | 'rtl' {
  switch (language) {
    case 'ar':
      return 'rtl';
    case 'fr':
    case 'en':
      return 'ltr';
  }
}

/** The learner's own choice first, then the administrator's default, then the browser's
 * language when it is one of ours (« ar-MA » → ar), else French. */
export function chooseLanguage(
  choice: Language | undefined,
  policyDefault: Language | undefined,
  browserLanguage: string | undefined,
): Language {
  const fromBrowser = browserLanguage?.toLowerCase().split(/[-_]/)[0];
  return choice ?? policyDefault ?? (isLanguage(fromBrowser) ? fromBrowser : 'fr');
}
