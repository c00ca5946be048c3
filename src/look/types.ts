// The shape of a Look: everything the overlay needs to speak the learner's language and show
// their display choices, built by the background and sent with the session, so that strings,
// stylesheet and pictograms never weigh on the content script.
import type { ActionKind } from '../guide';
import type { Language, TextKey } from '../i18n';

/** The overlay's string keys: those of locales/*.yml under `overlay.`, without the prefix. */
export type OverlayKey = TextKey extends infer K ? (K extends `overlay.${infer Rest}` ? Rest : never) : never;

export interface Look {
  lang: Language;
  dir: 'ltr' | 'rtl';
  /** The overlay's whole stylesheet, for this text size and contrast. */
  css: string;
  text: Record<OverlayKey, string>;
  /** Each kind of action: its word (« Cliquer ») and its pictogram (SVG path, 24×24, stroked). */
  acts: Record<ActionKind, [label: string, path: string]>;
  /** The loudspeaker of « Écouter » (SVG path, 24×24, stroked). */
  speaker: string;
  /** Read each new step aloud as it appears. */
  autoRead: boolean;
}
