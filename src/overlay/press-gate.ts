// « Je continue » counts only for a press the learner began on it once the dialog could be seen:
// a press started before the dialog appeared, a key held down (auto-repeat), or the second click
// of a double-click on what was under the pointer, never confirms a risky action. Pure: the
// dialog feeds it the events' times (event.timeStamp and performance.now() share one clock).

/** Windows' default double-click time (Microsoft Learn, « SetDoubleClickTime »: 500 ms). A press
 * that starts sooner after the dialog appeared is the end of the learner's earlier gesture. */
export const DOUBLE_CLICK_MS = 500;

export interface PressEvent {
  isTrusted: boolean;
  timeStamp: number;
  /** keydown only: the key is held down. */
  repeat?: boolean;
}

export interface ClickEvent {
  isTrusted: boolean;
  timeStamp: number;
  /** Pointer clicks count from 1; a click by keyboard or assistive technology has 0. */
  detail: number;
}

export interface PressGate {
  /** A pointerdown, or a keydown of Enter or Space, on the confirm button. */
  press(event: PressEvent): void;
  /** The click on the confirm button: does it confirm? */
  click(event: ClickEvent): boolean;
  /** When a press may start to count. */
  readonly readyAt: number;
}

export function createPressGate(shownAt: number, graceMs: number = DOUBLE_CLICK_MS): PressGate {
  const readyAt = shownAt + graceMs;
  /** The last press on the button: none yet, began in time, or began too early / held. */
  let last: 'none' | 'fresh' | 'stale' = 'none';
  return {
    readyAt,
    press(event) {
      if (!event.isTrusted) return;
      last = event.timeStamp < readyAt || event.repeat === true ? 'stale' : 'fresh';
    },
    click(event) {
      const press = last;
      last = 'none';
      if (!event.isTrusted || event.timeStamp < readyAt) return false;
      // A pointer click needs its own press, begun in time; a keyboard or screen-reader click
      // (no pointer) must not come from a key held since before.
      return event.detail > 0 ? press === 'fresh' : press !== 'stale';
    },
  };
}
