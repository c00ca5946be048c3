// Carries out « Terminer ma session » (and the same wipe after inactivity or at a kiosk browser's
// start): deletes the session's downloads, forgets everything about the learner, tells the pages
// the guide is over, and closes the session's tabs. Browser calls sit behind a port; each file or
// tab that cannot be removed is skipped, the storage wipe always runs.
import { planWipe, type OpenTab, type WipeChoices, type WipePlan } from './plan';
import type { SessionTrace } from '../storage';

export interface WipePort {
  openTabs(): Promise<OpenTab[]>;
  /** Cancels the download if it is still running, deletes its file, then erases it from the history. */
  removeDownload(id: number): Promise<void>;
  /** Removes every learner item from storage (src/storage wipe()). */
  clearStorage(): Promise<void>;
  /** Tells every open tab that no guide runs any more (the coach goes away). */
  broadcastEnd(): Promise<void>;
  openFreshTab(windowId: number): Promise<void>;
  closeTabs(ids: number[]): Promise<void>;
}

export async function endSession(trace: SessionTrace, choices: WipeChoices, port: WipePort): Promise<WipePlan> {
  const plan = planWipe(trace, await port.openTabs().catch(() => []), choices);
  await Promise.allSettled(plan.removeDownloads.map((id) => port.removeDownload(id)));
  await port.clearStorage();
  await port.broadcastEnd().catch(() => undefined);
  await Promise.allSettled(plan.freshTabIn.map((windowId) => port.openFreshTab(windowId)));
  if (plan.closeTabs.length > 0) await port.closeTabs(plan.closeTabs).catch(() => undefined);
  return plan;
}
