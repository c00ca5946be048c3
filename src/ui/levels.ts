// The three levels in plain French, for every page that names one (popup, counsellor, report).

export type Level = 'decouvre' | 'entraine' | 'debrouille';

/** What the coach does at each level. */
export const LEVELS: { id: Level; title: string; help: string }[] = [
  { id: 'decouvre', title: 'Je découvre.', help: 'Le coach montre chaque étape.' },
  { id: 'entraine', title: "Je m'entraîne.", help: "Le coach aide si j'hésite." },
  { id: 'debrouille', title: 'Je me débrouille.', help: 'Le coach prévient des dangers et aide si je bloque.' },
];

/** « Je découvre » without the final full stop, for a line of a report or a link sheet. */
export function levelName(level: Level): string {
  return (LEVELS.find((l) => l.id === level)?.title ?? level).replace(/\.$/, '');
}
