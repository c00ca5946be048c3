// Carries out « Terminer ma session » (and the kiosk wipe): deletes the session's downloads, forgets
// the learner, ends the guides, closes every tab behind one fresh tab, then has the browser forget
// what it kept (src/kiosk/removal.ts). Browser calls sit behind a port; what could not be removed
// is named in the outcome, stored for the learner's summary and shown in the fresh tab.
import { planWipe, type OpenTab, type WipeChoices, type WipePlan } from './plan';
import {
  planRemovals,
  removalSince,
  runRemovals,
  WIPE_FAILURES,
  type Removal,
  type RemovalChoices,
  type WipeFailure,
} from './removal';
import type { SessionTrace } from '../storage';

export interface WipePort {
  openTabs(): Promise<OpenTab[]>;
  /** Cancels the download if it is still running, deletes its file, then erases it from the history. */
  removeDownload(id: number): Promise<void>;
  /** Removes every learner item from storage (src/storage wipe()). */
  clearStorage(): Promise<void>;
  /** Tells every open tab that no guide runs any more (the coach goes away). */
  broadcastEnd(): Promise<void>;
  /** Opens an empty tab in that window; answers its id. */
  openFreshTab(windowId: number): Promise<number>;
  closeTab(id: number): Promise<void>;
  /** One browsingData removal. */
  removeData(removal: Removal): Promise<void>;
  /** How many recently closed tabs and windows (Ctrl+Shift+T) closed on or after `since` the
   * browser still offers, once it forgot those it can forget by itself (Firefox). */
  closedLeft(since: number): Promise<number>;
  /** Keeps the failures for the learner's summary (after the storage wipe). */
  saveFailures(failed: WipeFailure[]): Promise<void>;
  /** Shows the learner's summary in that tab (only when something could not be removed). */
  showSummary(tabId: number): Promise<void>;
}

export type EndChoices = WipeChoices & RemovalChoices;

export interface WipeOutcome {
  plan: WipePlan;
  /** What could not be removed, even after retries: the learner's summary says so. */
  failed: WipeFailure[];
}

export async function endSession(trace: SessionTrace, choices: EndChoices, port: WipePort): Promise<WipeOutcome> {
  const plan = planWipe(trace, await port.openTabs().catch(() => []), choices);
  await Promise.allSettled(plan.removeDownloads.map((id) => port.removeDownload(id)));
  await port.clearStorage();
  await port.broadcastEnd().catch(() => undefined);
  const failed = new Set<WipeFailure>();
  let fresh: number | undefined;
  if (plan.freshTabIn !== undefined) {
    // Without the fresh tab, closing every tab would close the browser: the tabs stay, said so.
    fresh = await port.openFreshTab(plan.freshTabIn).catch(() => undefined);
    if (fresh === undefined || !(await closeAll(plan.closeTabs, port))) failed.add('tabs');
  }
  // After the tabs closed: removing the history then also empties the browser's list of
  // recently closed tabs (Chromium deletes their entries with the history of that time).
  for (const failure of await runRemovals(planRemovals(choices), (removal) => port.removeData(removal)))
    failed.add(failure);
  if (plan.closeTabs.length > 0) {
    const since = removalSince(choices);
    if ((await port.closedLeft(since).catch(() => 1)) > 0) failed.add('history');
  }
  const outcome = { plan, failed: WIPE_FAILURES.filter((failure) => failed.has(failure)) };
  await port.saveFailures(outcome.failed);
  if (outcome.failed.length > 0 && fresh !== undefined) await port.showSummary(fresh);
  return outcome;
}

/** Closes each tab (one that closed meanwhile is no failure); a tab still open is tried twice more. */
async function closeAll(ids: readonly number[], port: WipePort): Promise<boolean> {
  let left = [...ids];
  for (let attempt = 0; attempt < 3 && left.length > 0; attempt++) {
    await Promise.allSettled(left.map((id) => port.closeTab(id)));
    const open = new Set((await port.openTabs().catch(() => [])).map((tab) => tab.id));
    left = left.filter((id) => open.has(id));
  }
  return left.length === 0;
}
