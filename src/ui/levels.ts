// The three levels, for every page that names one (popup, counsellor, report): their words are in
// locales/*.yml under levels.<id> (a title and what the coach does at that level).
import type { TextKey } from '../i18n';
import type { Translate } from './text';

export type Level = 'decouvre' | 'entraine' | 'debrouille';

/** What the coach does at each level. */
export const LEVELS: { id: Level; title: TextKey; help: TextKey }[] = [
  { id: 'decouvre', title: 'levels.decouvre.title', help: 'levels.decouvre.help' },
  { id: 'entraine', title: 'levels.entraine.title', help: 'levels.entraine.help' },
  { id: 'debrouille', title: 'levels.debrouille.title', help: 'levels.debrouille.help' },
];

/** « Je découvre » without the final full stop, for a line of a report or a link sheet. */
export function levelName(level: Level, t: Translate): string {
  const found = LEVELS.find((l) => l.id === level);
  return (found ? t(found.title) : level).replace(/\.$/, '');
}
