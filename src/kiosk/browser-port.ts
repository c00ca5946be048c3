// The browser side of the wipe and of kiosk mode: tabs, downloads, browsingData, sessions, idle
// and alarms behind the ports of src/kiosk, so that the background only wires them. Firefox
// differences are handled here (no `origins`: `hostnames`; `lastModified` in milliseconds;
// closed tabs it can forget). Storage and the policy are injected (this room does not import them).
import { createKioskWatch, IDLE_ALARM, type KioskWatch } from './inactivity';
import { hasTrace, type WipeChoices } from './plan';
import type { Removal, WipeFailure } from './removal';
import { readKioskSetting, type KioskSetting, type SettingRead } from './setting';
import { endSession, type WipeOutcome, type WipePort } from './wipe';
import type { SessionTrace } from '../storage';

export interface BrowserKioskDeps {
  /** The administrator's policy now; `answered`: managed storage gave at least one field. */
  policy(): Promise<{ answered: boolean; policy: KioskSetting }>;
  /** The setting when no policy ever answered. */
  fallback: KioskSetting;
  remembered: () => Promise<KioskSetting | undefined>;
  remember: (setting: KioskSetting) => Promise<void>;
  readTrace: () => Promise<SessionTrace>;
  /** Whether a guide runs in some window. */
  guideRunning: () => Promise<boolean>;
  sessionStart: () => Promise<number | undefined>;
  visitedOrigins: () => Promise<string[]>;
  clearStorage: () => Promise<void>;
  broadcastEnd: () => Promise<void>;
  saveFailures: (failed: WipeFailure[]) => Promise<void>;
  readFailures: () => Promise<WipeFailure[]>;
  /** Our page that shows the learner's summary (the popup's page, opened in a tab). */
  summaryUrl: string;
}

/** What the session left, for « Terminer ma session » (messaging's EndSummary). */
export interface KioskSummary {
  sites: string[];
  /** Downloads still on disk, by file name (read from the browser's list, never stored). */
  downloads: { id: number; name: string }[];
  /** Tabs open now: all of them close. */
  tabs: number;
  kiosk: boolean;
  failed: WipeFailure[];
}

export interface BrowserKiosk {
  setting(startup: boolean): Promise<SettingRead>;
  summary(): Promise<KioskSummary>;
  /** « Terminer ma session » with the learner's choices (in kiosk mode everything goes). */
  end(choices: WipeChoices & { logout: boolean }): Promise<WipeOutcome>;
  watch: KioskWatch;
}

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** Chrome gives `lastModified` in seconds, Firefox in milliseconds. */
const closedAt = (lastModified: number | undefined) =>
  lastModified === undefined ? Infinity : import.meta.env.FIREFOX ? lastModified : lastModified * 1000;

async function removeData({ kind, since, origins }: Removal): Promise<void> {
  const options =
    origins === undefined
      ? { since }
      : import.meta.env.FIREFOX
        ? // Firefox names hosts, not origins, and only for cookies and site storage.
          ({ since, hostnames: [...new Set(origins.map((origin) => new URL(origin).hostname))] } as { since: number })
        : { since, origins: origins as [string, ...string[]] };
  await browser.browsingData.remove(options, { [kind]: true });
}

async function closedLeft(since: number): Promise<number> {
  const recent = async () =>
    (await browser.sessions.getRecentlyClosed()).filter((entry) => closedAt(entry.lastModified) >= since - 1000);
  if (import.meta.env.FIREFOX) {
    // Firefox can forget a closed tab or window by itself; Chromium forgets them with the history.
    const sessions = browser.sessions as unknown as {
      forgetClosedTab(windowId: number, sessionId: string): Promise<void>;
      forgetClosedWindow(sessionId: string): Promise<void>;
    };
    await Promise.allSettled(
      (await recent()).map((entry) =>
        entry.tab?.sessionId !== undefined
          ? sessions.forgetClosedTab(entry.tab.windowId, entry.tab.sessionId)
          : entry.window?.sessionId !== undefined
            ? sessions.forgetClosedWindow(entry.window.sessionId)
            : Promise.resolve(),
      ),
    );
  }
  return (await recent()).length;
}

export function createBrowserKiosk(deps: BrowserKioskDeps): BrowserKiosk {
  const setting = (startup: boolean) =>
    readKioskSetting(
      {
        readPolicy: async () => {
          const { answered, policy } = await deps.policy();
          return { answered, setting: { kioskMode: policy.kioskMode, inactivityMinutes: policy.inactivityMinutes } };
        },
        remembered: deps.remembered,
        remember: deps.remember,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      },
      startup,
      deps.fallback,
    );

  const port: WipePort = {
    async openTabs() {
      return (await browser.tabs.query({})).flatMap((tab) =>
        tab.id === undefined ? [] : [{ id: tab.id, windowId: tab.windowId }],
      );
    },
    async removeDownload(id) {
      const [item] = await browser.downloads.search({ id });
      if (!item) return;
      if (item.state === 'in_progress') await browser.downloads.cancel(id).catch(() => undefined);
      if (item.state === 'complete' && item.exists) await browser.downloads.removeFile(id).catch(() => undefined);
      await browser.downloads.erase({ id });
    },
    clearStorage: deps.clearStorage,
    broadcastEnd: deps.broadcastEnd,
    async openFreshTab(windowId) {
      const tab = await browser.tabs.create({ windowId, active: true });
      if (tab.id === undefined) throw new Error('no fresh tab');
      return tab.id;
    },
    closeTab: (id) => browser.tabs.remove(id),
    removeData,
    closedLeft,
    saveFailures: deps.saveFailures,
    async showSummary(tabId) {
      await browser.tabs.update(tabId, { url: deps.summaryUrl });
    },
  };

  async function end(choices: WipeChoices & { logout: boolean }): Promise<WipeOutcome> {
    const [trace, read, sessionStart, origins] = await Promise.all([
      deps.readTrace(),
      setting(false),
      deps.sessionStart(),
      deps.visitedOrigins(),
    ]);
    const kiosk = read.setting.kioskMode;
    return endSession(
      trace,
      {
        deleteDownloads: kiosk || choices.deleteDownloads,
        closeTabs: kiosk || choices.closeTabs,
        kiosk,
        sessionStart,
        logoutOrigins: !kiosk && choices.logout ? origins : [],
        firefox: import.meta.env.FIREFOX,
      },
      port,
    );
  }

  const watch = createKioskWatch({
    setting,
    queryIdle: (seconds) => browser.idle.queryState(seconds),
    setDetectionInterval: (seconds) => browser.idle.setDetectionInterval(seconds),
    alarmExists: async () => !!(await browser.alarms.get(IDLE_ALARM)),
    createAlarm: () => browser.alarms.create(IDLE_ALARM, { periodInMinutes: 1 }),
    clearAlarm: async () => {
      await browser.alarms.clear(IDLE_ALARM);
    },
    async somethingToWipe() {
      return hasTrace(await deps.readTrace()) || (await deps.guideRunning());
    },
    wipe: async () => {
      await end({ deleteDownloads: true, closeTabs: true, logout: true });
    },
  });

  async function summary(): Promise<KioskSummary> {
    const [trace, tabs, read, failed] = await Promise.all([
      deps.readTrace(),
      browser.tabs.query({}),
      setting(false),
      deps.readFailures(),
    ]);
    const downloads = await Promise.all(
      trace.downloads.map(async (id) => {
        const [item] = await browser.downloads.search({ id }).catch(() => []);
        return item?.exists && item.state !== 'interrupted' ? [{ id, name: fileName(item.filename) }] : [];
      }),
    );
    return {
      sites: trace.sites,
      downloads: downloads.flat(),
      tabs: tabs.length,
      kiosk: read.setting.kioskMode,
      failed,
    };
  }

  return { setting, summary, end, watch };
}
