// The pictograms of the kinds of action (cliquer, écrire, choisir, attendre) and the loudspeaker,
// drawn here as 24×24 stroked SVG paths: plain shapes that read at a glance, no font needed.
import type { ActionKind } from '../guide';

export const ACTION_ICONS: Record<ActionKind, string> = {
  // A mouse pointer.
  click: 'M6 3l12 9-5.5 1 3 6.5-2.5 1.2-3-6.5L6 18z',
  // A pencil writing on a line.
  write: 'M4 20h16M6 16l10-10 3 3-10 10H6z',
  // A ticked box.
  choose: 'M4 4h16v16H4zM8 12l3 3 5-6',
  // An hourglass.
  wait: 'M6 3h12M6 21h12M7 3c0 6 10 6 10 9s-10 3-10 9M17 3c0 6-10 6-10 9s10 3 10 9',
};

/** A loudspeaker with sound waves. */
export const SPEAKER_ICON = 'M4 9h4l5-4v14l-5-4H4zM16 9c1.5 1.5 1.5 4.5 0 6M18.5 6.5c3 3 3 8 0 11';
