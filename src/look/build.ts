// Builds the Look a page receives: the overlay's strings in the learner's language, its
// stylesheet for their text size and contrast, the pictograms, and whether to read aloud.
import type { ActionKind } from '../guide';
import { direction, translate, type Language, type TextKey, type TextTable } from '../i18n';
import type { DisplayPrefs } from '../storage';
import { overlayCss } from './css';
import { ACTION_ICONS, SPEAKER_ICON } from './icons';
import type { Look } from './types';

const ACT_KEYS: Record<ActionKind, TextKey> = {
  click: 'overlay.actClick',
  write: 'overlay.actWrite',
  choose: 'overlay.actChoose',
  wait: 'overlay.actWait',
};

export function buildLook(prefs: DisplayPrefs, language: Language, table: TextTable): Look {
  // Placeholders stay for the overlay to fill ({n}, {title}, {name}).
  const text: Record<string, string> = {};
  for (const [key, message] of Object.entries(table))
    if (key.startsWith('overlay.')) text[key.slice('overlay.'.length)] = message;
  const acts = {} as Look['acts'];
  for (const kind of Object.keys(ACT_KEYS) as ActionKind[])
    acts[kind] = [translate(table, ACT_KEYS[kind]), ACTION_ICONS[kind]];
  return {
    lang: language,
    dir: direction(language),
    css: overlayCss(prefs.size, prefs.highContrast),
    text: text,
    acts,
    speaker: SPEAKER_ICON,
    autoRead: prefs.autoRead,
  };
}
