// The interface's strings for extension pages, in the learner's language: a Solid context holding
// the table read by the entrypoint (src/i18n), so components call `t('popup.start')`. The table may
// change while the page is open (the learner picks another language): text read in JSX follows.
import { createContext, Index, useContext, type JSX } from 'solid-js';
import { direction, translate, type Language, type TextKey, type TextTable } from '../i18n';

export type Translate = (key: TextKey, values?: Readonly<Record<string, string | number>>) => string;

interface PageText {
  /** Read it where it is used (`text.language`), so that it follows a change of language. */
  readonly language: Language;
  t: Translate;
}

// Without a provider (unit tests of a component), the key itself shows: a missing table is visible.
const TextContext = createContext<PageText>({ language: 'fr', t: (key) => key });

export function TextProvider(props: { language: Language; table: TextTable; children: JSX.Element }): JSX.Element {
  const value: PageText = {
    get language() {
      return props.language;
    },
    t: (key, values) => translate(props.table, key, values),
  };
  return <TextContext.Provider value={value}>{props.children}</TextContext.Provider>;
}

/** `t(key, values)` and the page's language, from the nearest TextProvider. */
export function useText(): PageText {
  return useContext(TextContext);
}

/** A message whose `{name}` placeholders are elements (a link, a word in bold), not text: the
 * message stays one sentence for the translator, wherever its language puts the link. */
export function Rich(props: { text: string; parts: Record<string, () => JSX.Element> }): JSX.Element {
  // split() with a capturing group: even indexes are text, odd ones placeholder names.
  return (
    <Index each={props.text.split(/\{(\w+)\}/)}>
      {(piece, index) => <>{index % 2 === 0 ? piece() : (props.parts[piece()]?.() ?? `{${piece()}}`)}</>}
    </Index>
  );
}

/** Sets the page's `lang` and `dir` (Arabic right to left). */
export function applyLanguage(doc: Document, language: Language): void {
  doc.documentElement.lang = language;
  doc.documentElement.dir = direction(language);
}
