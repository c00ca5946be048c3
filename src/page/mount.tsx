// How an extension page starts. A learner page (popup, warning page) reads the learner's display
// choices, picks its language (the learner's, else the policy's, else the browser's), loads that
// table and follows every later change, from any page or from the wipe. Counsellor pages stay French.
import { createEffect, createResource, createSignal, onCleanup, type Accessor, type JSX } from 'solid-js';
import { render } from 'solid-js/web';
import {
  browserLanguage,
  chooseLanguage,
  loadTable,
  readPackagedMessages,
  type Language,
  type TextTable,
} from '../i18n';
import { readDisplay, watchDisplay, writeDisplay, type DisplayPrefs } from '../storage';
import { applyDisplay, applyLanguage, DISPLAY_CSS, TextProvider } from '../ui';

export interface LearnerPage {
  display: Accessor<DisplayPrefs>;
  /** Stores the learner's new choices; this page follows them at once, other open pages on the
   * storage change. */
  setDisplay: (prefs: DisplayPrefs) => Promise<void>;
}

interface PageText {
  language: Language;
  table: TextTable;
}

async function textIn(language: Language): Promise<PageText> {
  return { language, table: await loadTable(language, readPackagedMessages) };
}

/** Renders `view` into `app` in the learner's language and display; returns the disposer (which
 * also stops watching the stored choices). */
export async function mountLearnerPage(
  app: HTMLElement,
  policyLanguage: Language | undefined,
  view: (page: LearnerPage) => JSX.Element,
): Promise<() => void> {
  const languageOf = (prefs: DisplayPrefs) => chooseLanguage(prefs.language, policyLanguage, browserLanguage());
  const first = await readDisplay();
  const firstText = await textIn(languageOf(first));
  applyDisplay(document, first);
  applyLanguage(document, firstText.language);
  return render(() => {
    const [display, setPrefs] = createSignal(first);
    // Loads the table of the language the choices give; while it loads, the previous one stays,
    // and only the latest choice's table ever shows.
    const [text] = createResource(() => languageOf(display()), textIn, { initialValue: firstText });
    createEffect(() => applyDisplay(document, display()));
    createEffect(() => applyLanguage(document, text().language));
    onCleanup(watchDisplay(setPrefs));
    const setDisplay = async (prefs: DisplayPrefs) => {
      setPrefs(prefs);
      await writeDisplay(prefs);
    };
    return (
      <TextProvider language={text().language} table={text().table}>
        <style>{DISPLAY_CSS}</style>
        {view({ display, setDisplay })}
      </TextProvider>
    );
  }, app);
}

/** Renders a counsellor page (counsellor space, session report): in French, whatever the learner chose. */
export async function mountCounsellorPage(app: HTMLElement, view: () => JSX.Element): Promise<() => void> {
  const { language, table } = await textIn('fr');
  return render(
    () => (
      <TextProvider language={language} table={table}>
        {view()}
      </TextProvider>
    ),
    app,
  );
}
