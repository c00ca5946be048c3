// The wipe planner, pure: from the session's trace, the tabs open now and the learner's choices,
// what to delete, what to close and which sites to remind them to log out of. The background
// carries the plan out (src/kiosk/wipe.ts).
import type { SessionTrace } from '../storage';

export interface OpenTab {
  id: number;
  windowId: number;
}

export interface WipeChoices {
  deleteDownloads: boolean;
  closeTabs: boolean;
}

export interface WipePlan {
  /** Downloads whose file is removed from disk and then erased from the history. */
  removeDownloads: number[];
  /** Tabs to close: every tab, whatever it shows (a `blob:` or `file:` certificate, the PDF
   * viewer, our own pages), not only those the session recorded. */
  closeTabs: number[];
  /** The window where one fresh tab opens first, so that the browser stays open. */
  freshTabIn: number | undefined;
  /** Sites to remind the learner to log out of. */
  logoutReminder: string[];
}

export function planWipe(trace: SessionTrace, open: readonly OpenTab[], choices: WipeChoices): WipePlan {
  const closing = choices.closeTabs ? open : [];
  return {
    removeDownloads: choices.deleteDownloads ? [...trace.downloads] : [],
    closeTabs: closing.map((tab) => tab.id),
    freshTabIn: closing[0]?.windowId,
    logoutReminder: [...trace.sites],
  };
}

/** Does the trace hold anything to clean up (else an unattended wipe has nothing to do)? */
export function hasTrace(trace: SessionTrace): boolean {
  return trace.sites.length > 0 || trace.tabs.length > 0 || trace.downloads.length > 0;
}
