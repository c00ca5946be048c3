// What the overlay can show is decided by the session room (CoachView); the overlay only renders
// it and reports the learner's choices.
export type { CoachView as OverlayView, StepInfo } from '../session';

/** The learner's choices: `help` opened « Je ne trouve pas », `ask` asked a person for help; and
 * `hidden`, not a choice: the page removed, moved or covered the coach (told to trusted UI). */
export type OverlayAction = 'back' | 'quit' | 'restart' | 'close' | 'skip' | 'help' | 'ask' | 'hidden';
