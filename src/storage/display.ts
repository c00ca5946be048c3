// The learner's display choices: language, text size, contrast, reading aloud. Repaired field by
// field on read: a corrupted or unknown value falls back to its default, never an error.
import { isLanguage, type Language } from '../i18n/languages';

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface DisplayPrefs {
  /** The learner's own choice; undefined: the policy's default or the browser's language. */
  language?: Language;
  size: TextSize;
  /** Black background, white and yellow text, thick borders. */
  highContrast: boolean;
  /** Each step is read aloud as it appears (the « Écouter » button is always there). */
  autoRead: boolean;
}

export const DEFAULT_DISPLAY: DisplayPrefs = { size: 'normal', highContrast: false, autoRead: false };

export function repairDisplay(raw: unknown): DisplayPrefs {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const size = (TEXT_SIZES as readonly unknown[]).includes(value.size) ? (value.size as TextSize) : 'normal';
  return {
    ...(isLanguage(value.language) ? { language: value.language } : {}),
    size,
    highContrast: value.highContrast === true,
    autoRead: value.autoRead === true,
  };
}
