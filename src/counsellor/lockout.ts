// The growing wait after wrong PINs: three free tries, then 30 s, doubling at each new wrong try,
// at most 15 minutes. Pure: the time comes in, the state is stored by the caller (local storage,
// so closing and reopening the page does not reset it).

export interface LockState {
  /** Wrong PINs in a row since the last right one. */
  failures: number;
  /** Epoch ms before which no PIN is checked. */
  lockedUntil: number;
}

export const UNLOCKED: LockState = { failures: 0, lockedUntil: 0 };
export const FREE_TRIES = 3;
export const FIRST_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 15 * 60_000;

/** The wait imposed after `failures` wrong PINs in a row. */
export function delayAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(failures - FREE_TRIES, 20));
}

/** Milliseconds left before a PIN may be tried again (0: now). */
export function waitLeft(state: LockState, now: number): number {
  // A clock set back must not lock for longer than the longest delay.
  return Math.min(MAX_DELAY_MS, Math.max(0, state.lockedUntil - now));
}

export function afterFailure(state: LockState, now: number): LockState {
  const failures = state.failures + 1;
  const delay = delayAfter(failures);
  return { failures, lockedUntil: delay > 0 ? now + delay : 0 };
}

export function afterSuccess(): LockState {
  return UNLOCKED;
}
