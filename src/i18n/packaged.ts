// Reads a language's messages.json from the extension's own package (written by @wxt-dev/i18n).
// Apart from text.ts so that the content script, which only fills placeholders, does not pull in
// the browser API wrapper.
import type { Language } from './languages';

/** Reads one language's messages.json from the extension's own package. */
export async function readPackagedMessages(language: Language): Promise<unknown> {
  // Not among WXT's typed public paths: the i18n module writes _locales/ itself.
  const url = (browser.runtime.getURL as (path: string) => string)(`/_locales/${language}/messages.json`);
  const response = await fetch(url);
  return response.json();
}

/** The browser's first preferred language for pages (what the learner set up to read), else the
 * language of the browser's own interface. */
export function browserLanguage(): string {
  return globalThis.navigator?.language || browser.i18n.getUILanguage();
}
