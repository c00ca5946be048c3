// The interface's strings for extension pages, in the learner's language: a Solid context holding
// the table read by the entrypoint (src/i18n), so components call `t('popup.start')`.
import { createContext, useContext, type JSX } from 'solid-js';
import { direction, translate, type Language, type TextKey, type TextTable } from '../i18n';

export type Translate = (key: TextKey, values?: Readonly<Record<string, string | number>>) => string;

interface PageText {
  language: Language;
  t: Translate;
}

// Without a provider (unit tests of a component), the key itself shows: a missing table is visible.
const TextContext = createContext<PageText>({ language: 'fr', t: (key) => key });

export function TextProvider(props: { language: Language; table: TextTable; children: JSX.Element }): JSX.Element {
  // eslint-disable-next-line solid/reactivity -- the table is read once per page load
  const value: PageText = { language: props.language, t: (key, values) => translate(props.table, key, values) };
  return <TextContext.Provider value={value}>{props.children}</TextContext.Provider>;
}

/** `t(key, values)` and the page's language, from the nearest TextProvider. */
export function useText(): PageText {
  return useContext(TextContext);
}

/** Sets the page's `lang` and `dir` (Arabic right to left). */
export function applyLanguage(doc: Document, language: Language): void {
  doc.documentElement.lang = language;
  doc.documentElement.dir = direction(language);
}
