// The toolbar badge: trusted UI that no page can draw over or hide. It shows the running guide's
// progress on every tab of its window (« 3/17 »), « ! » on a tab whose page hid the coach, or
// « ? » on every tab of a window whose learner asked for help (the background keeps that one).
// The browser keeps the badge per tab and clears it when the tab loads another page, so the
// « ! » lasts exactly as long as the page that raised it, with no state in the service worker.
import type { Snapshot } from './service';

export const HIDDEN_BADGE = '!';
/** The learner pressed « J'ai besoin d'aide » in the popup: kept until someone answers. */
export const HELP_BADGE = '?';

export interface BadgePort {
  text(tabId: number): Promise<string>;
  set(tabId: number, text: string, color: string): Promise<void>;
}

/** « 3/17 » while a guide runs, « ✓ » once finished, nothing without a guide. */
export function progressBadge(snapshot: Snapshot | null): string {
  if (!snapshot) return '';
  const total = snapshot.guide.steps.length;
  return snapshot.state.status === 'finished' ? '✓' : `${Math.min(snapshot.state.stepIndex + 1, total)}/${total}`;
}

/** Shows the guide's progress on a tab, unless that tab's page hid the coach (then « ! » stays
 * until the page is left or the guide ends). */
export async function showProgress(port: BadgePort, tabId: number, snapshot: Snapshot | null): Promise<void> {
  const text = progressBadge(snapshot);
  if (text && (await port.text(tabId)) === HIDDEN_BADGE) return;
  await port.set(tabId, text, '#0b3d91');
}

/** The page of this tab removed, moved or covered the coach while a guide runs. */
export async function raiseHidden(port: BadgePort, tabId: number, snapshot: Snapshot | null): Promise<void> {
  if (snapshot) await port.set(tabId, HIDDEN_BADGE, '#b00020');
}
