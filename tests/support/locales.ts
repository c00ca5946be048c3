// The interface's strings as the source files hold them (locales/<lang>.yml), flattened to the
// dotted keys the code uses: for the locale checks, and so that component tests read real French.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Language } from '../../src/i18n';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A leaf that is not a string is kept as it is, so that the locale checks can report it. */
export type FlatLocale = Record<string, unknown>;

export function readLocale(language: Language): FlatLocale {
  const flat: FlatLocale = {};
  const walk = (value: unknown, prefix: string) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) walk(inner, prefix ? `${prefix}.${key}` : key);
    } else flat[prefix] = value;
  };
  walk(parse(readFileSync(join(ROOT, 'locales', `${language}.yml`), 'utf8')), '');
  return flat;
}

/** The table a page would load for `language` (string messages only). */
export function localeTable(language: Language): Record<string, string> {
  return Object.fromEntries(
    Object.entries(readLocale(language)).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
