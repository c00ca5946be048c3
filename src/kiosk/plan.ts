// The wipe planner, pure: from the session's trace, the tabs open now and the learner's choices,
// what to delete, what to close and which sites to remind them to log out of. Also when the
// inactivity wipe is due. The background carries the plan out (src/kiosk/wipe.ts).
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
  /** Tabs to close. */
  closeTabs: number[];
  /** Windows that would lose their last tab: a fresh tab opens there first, so the browser stays open. */
  freshTabIn: number[];
  /** Sites to remind the learner to log out of. */
  logoutReminder: string[];
}

export function planWipe(trace: SessionTrace, open: readonly OpenTab[], choices: WipeChoices): WipePlan {
  const recorded = new Set(trace.tabs);
  const closing = choices.closeTabs ? open.filter((tab) => recorded.has(tab.id)) : [];
  const windows = [...new Set(open.map((tab) => tab.windowId))];
  const freshTabIn = windows.filter((windowId) => {
    const tabs = open.filter((tab) => tab.windowId === windowId);
    return tabs.length > 0 && tabs.every((tab) => closing.includes(tab));
  });
  return {
    removeDownloads: choices.deleteDownloads ? [...trace.downloads] : [],
    closeTabs: closing.map((tab) => tab.id),
    freshTabIn,
    logoutReminder: [...trace.sites],
  };
}

/** Is the inactivity wipe due? Only with a recorded last activity, once `minutes` have passed. */
export function inactivityDue(now: number, lastActivity: number | undefined, minutes: number): boolean {
  return lastActivity !== undefined && now - lastActivity >= minutes * 60_000;
}

/** Does the trace hold anything to clean up (else an unattended wipe has nothing to do)? */
export function hasTrace(trace: SessionTrace): boolean {
  return trace.sites.length > 0 || trace.tabs.length > 0 || trace.downloads.length > 0;
}
