// The popup's « Affichage »: the language (each named in itself, so a learner finds their own), the
// text size, high contrast and reading each step aloud. Each choice is stored at once; the page
// that mounted this (src/page) follows the stored choices, here and in every open page.
import { For, Show, type JSX } from 'solid-js';
import { direction, LANGUAGE_NAMES, LANGUAGES, type TextKey } from '../i18n';
import type { DisplayPrefs, TextSize } from '../storage';
import { CheckChoice } from './CheckChoice';
import { RadioChoice } from './RadioChoice';
import { useText } from './text';

export interface DisplaySettingsProps {
  display: DisplayPrefs;
  /** Stores the new choices (the page then follows them). */
  change: (prefs: DisplayPrefs) => Promise<void>;
}

const SIZES: { id: TextSize; name: TextKey }[] = [
  { id: 'normal', name: 'display.sizeNormal' },
  { id: 'large', name: 'display.sizeLarge' },
  { id: 'larger', name: 'display.sizeLarger' },
];

/** The yes-or-no choices, each a field of DisplayPrefs. */
const SWITCHES: { field: 'highContrast' | 'autoRead'; testId: string; name: TextKey }[] = [
  { field: 'highContrast', testId: 'high-contrast', name: 'display.contrast' },
  { field: 'autoRead', testId: 'auto-read', name: 'display.autoRead' },
];

export function DisplaySettings(props: DisplaySettingsProps): JSX.Element {
  const text = useText();
  const t = text.t;
  const change = (prefs: Partial<DisplayPrefs>) => void props.change({ ...props.display, ...prefs });
  return (
    <section class="display" aria-labelledby="display-title">
      <h2 id="display-title">{t('display.title')}</h2>
      <div class="languages" role="group" aria-labelledby="languages-label">
        <p id="languages-label">{t('display.language')}</p>
        <For each={LANGUAGES}>
          {(language) => (
            <button
              type="button"
              lang={language}
              dir={direction(language)}
              aria-pressed={text.language === language}
              onClick={() => change({ language })}
            >
              <Show when={text.language === language}>
                <span aria-hidden="true">✓ </span>
              </Show>
              {LANGUAGE_NAMES[language]}
            </button>
          )}
        </For>
      </div>
      <RadioChoice
        class="sizes"
        name="text-size"
        legend={t('display.size')}
        options={SIZES.map((size) => ({ id: size.id, label: () => t(size.name) }))}
        value={props.display.size}
        onChange={(size) => change({ size })}
      />
      <For each={SWITCHES}>
        {(choice) => (
          <CheckChoice
            class="display-switch"
            testId={choice.testId}
            checked={props.display[choice.field]}
            set={(on) => change({ [choice.field]: on })}
          >
            {t(choice.name)}
          </CheckChoice>
        )}
      </For>
    </section>
  );
}
