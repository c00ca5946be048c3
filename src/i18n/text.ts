// The interface's strings at run time. The source files are locales/*.yml (WXT's i18n format,
// compiled by @wxt-dev/i18n into _locales/<lang>/messages.json and typed from fr.yml). The
// browser's own i18n API only speaks the browser's language; a learner chooses theirs, so the
// chosen language's messages.json is read from the package, with French under any missing key.
import type { GeneratedI18nStructure } from '#i18n';
import type { Language } from './languages';

/** A key of locales/fr.yml, dotted (« overlay.back »). */
export type TextKey = keyof GeneratedI18nStructure;

/** Messages by key, dotted as in the .yml files. */
export type TextTable = Readonly<Record<string, string>>;

/** Reads a messages.json (`{ overlay_back: { message } }`) into a table keyed as in the .yml
 * files (keys are camelCase, so `_` only ever stands for a dot); anything malformed is skipped
 * (the French table under it fills the gap). */
export function parseMessages(json: unknown): Record<string, string> {
  const table: Record<string, string> = {};
  if (typeof json !== 'object' || json === null) return table;
  for (const [key, entry] of Object.entries(json as Record<string, unknown>)) {
    const message = typeof entry === 'object' && entry !== null ? (entry as { message?: unknown }).message : undefined;
    if (typeof message === 'string' && message.trim() !== '') table[key.replaceAll('_', '.')] = message;
  }
  return table;
}

/** Fills `{name}` placeholders; an unknown placeholder stays as written. */
export function fill(message: string, values: Readonly<Record<string, string | number>> = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** A key's message in the table, filled; the key itself if missing (a bug the unit tests catch). */
export function translate(table: TextTable, key: TextKey, values?: Readonly<Record<string, string | number>>): string {
  return fill(table[key] ?? key, values);
}

const cache = new Map<Language, Promise<TextTable>>();

/** The table of a language, French under it; `read` fetches one messages.json (injected for tests). */
export function loadTable(language: Language, read: (language: Language) => Promise<unknown>): Promise<TextTable> {
  let table = cache.get(language);
  if (!table) {
    const load = async (lang: Language) => parseMessages(await read(lang).catch(() => undefined));
    const none: Record<string, string> = {};
    table = Promise.all([load('fr'), language === 'fr' ? none : load(language)]).then(([fr, own]) => {
      // Only the keys French has: a stray key in a translation is ignored.
      const merged: Record<string, string> = { ...fr };
      for (const key of Object.keys(fr)) if (own[key] !== undefined) merged[key] = own[key];
      return merged;
    });
    cache.set(language, table);
  }
  return table;
}
