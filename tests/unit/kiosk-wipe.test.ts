// The end of a learner's session: the trace is repaired on read, the wipe closes every tab behind
// one fresh tab, has the browser forget what it kept (retried, each failure named), checks that no
// closed tab can come back, and runs the storage wipe even when a file or a tab cannot be removed.
import { describe, expect, it } from 'vitest';
import {
  endSession,
  planRemovals,
  planWipe,
  runRemovals,
  SESSION_START_MARGIN_MS,
  type EndChoices,
  type Removal,
  type WipeFailure,
  type WipePort,
} from '../../src/kiosk';
import {
  parseKioskSetting,
  rememberId,
  rememberOrigin,
  repairAllowedSites,
  repairFailures,
  repairIds,
  repairOrigins,
} from '../../src/storage';

const TRACE = { sites: ['caf.fr', 'laposte.net'], tabs: [11, 12], downloads: [5] };
const OPEN = [
  { id: 10, windowId: 1 },
  { id: 11, windowId: 1 },
  { id: 12, windowId: 2 },
];
const ALL_KINDS = [
  'cookies',
  'localStorage',
  'indexedDB',
  'cacheStorage',
  'serviceWorkers',
  'cache',
  'history',
  'formData',
  'downloads',
  'passwords',
];

describe('planWipe', () => {
  it('closes every tab, not only the recorded ones, behind one fresh tab, and deletes the files', () => {
    expect(planWipe(TRACE, OPEN, { deleteDownloads: true, closeTabs: true })).toEqual({
      removeDownloads: [5],
      closeTabs: [10, 11, 12],
      freshTabIn: 1,
      logoutReminder: ['caf.fr', 'laposte.net'],
    });
  });

  it('keeps files and tabs when the learner says no; the reminder stays', () => {
    expect(planWipe(TRACE, OPEN, { deleteDownloads: false, closeTabs: false })).toEqual({
      removeDownloads: [],
      closeTabs: [],
      freshTabIn: undefined,
      logoutReminder: ['caf.fr', 'laposte.net'],
    });
  });
});

describe('planRemovals', () => {
  const base = { kiosk: false, sessionStart: 10 * 60_000, logoutOrigins: [] as string[], firefox: false };

  it('kiosk mode removes every kind, whenever it was stored', () => {
    const removals = planRemovals({ ...base, kiosk: true, logoutOrigins: ['https://www.caf.fr'] });
    expect(removals.map((r) => r.kind)).toEqual(ALL_KINDS);
    expect(removals.every((r) => r.since === 0 && r.origins === undefined)).toBe(true);
  });

  it('outside kiosk mode removes what the session added, since a little before its start (0 when unknown)', () => {
    const start = 10 * 60_000;
    expect(
      planRemovals({ ...base, sessionStart: start }).every((r) => r.since === start - SESSION_START_MARGIN_MS),
    ).toBe(true);
    expect(planRemovals({ ...base, sessionStart: 1000 }).every((r) => r.since === 0)).toBe(true);
    expect(planRemovals({ ...base, sessionStart: undefined }).every((r) => r.since === 0)).toBe(true);
  });

  it('« Me déconnecter de ces sites » adds the cookies and storage of those origins, whenever set', () => {
    const origins = ['https://www.caf.fr', 'https://wwwd.caf.fr', 'https://www.caf.fr'];
    const byOrigin = planRemovals({ ...base, logoutOrigins: origins }).filter((r) => r.origins);
    expect(byOrigin).toEqual(
      ['cookies', 'localStorage', 'indexedDB', 'cacheStorage', 'serviceWorkers'].map((kind) => ({
        kind,
        since: 0,
        origins: ['https://www.caf.fr', 'https://wwwd.caf.fr'],
      })),
    );
  });

  it('Firefox: no cacheStorage, and no local storage « since » a time', () => {
    const kinds = planRemovals({ ...base, firefox: true }).map((r) => r.kind);
    expect(kinds).not.toContain('cacheStorage');
    expect(kinds).not.toContain('localStorage');
    expect(planRemovals({ ...base, firefox: true, kiosk: true }).map((r) => r.kind)).toContain('localStorage');
  });
});

describe('runRemovals', () => {
  it('retries a failing removal and names what still fails, once each', async () => {
    const tries = new Map<string, number>();
    const failed = await runRemovals(
      planRemovals({ kiosk: true, sessionStart: undefined, logoutOrigins: [], firefox: false }),
      (r) => {
        tries.set(r.kind, (tries.get(r.kind) ?? 0) + 1);
        // cookies fail once then work; history and localStorage always fail.
        if (r.kind === 'cookies' && tries.get(r.kind) === 1) return Promise.reject(new Error('busy'));
        if (r.kind === 'history' || r.kind === 'localStorage') return Promise.reject(new Error('no'));
        return Promise.resolve();
      },
    );
    expect(failed).toEqual(['sites', 'history']);
    expect(tries.get('cookies')).toBe(2);
    expect(tries.get('history')).toBe(3);
    expect(tries.get('formData')).toBe(1);
  });
});

describe('endSession', () => {
  function fakePort(
    fail: { download?: boolean; tabs?: boolean; fresh?: boolean; kinds?: string[]; closedLeft?: number } = {},
  ) {
    const calls: string[] = [];
    const removals: Removal[] = [];
    let open = [...OPEN];
    let saved: WipeFailure[] | undefined;
    const port: WipePort = {
      openTabs: () => Promise.resolve(open),
      removeDownload: (id) => {
        calls.push(`remove ${id}`);
        return fail.download ? Promise.reject(new Error('gone')) : Promise.resolve();
      },
      clearStorage: () => {
        calls.push('clear');
        return Promise.resolve();
      },
      broadcastEnd: () => {
        calls.push('broadcast');
        return Promise.resolve();
      },
      openFreshTab: (windowId) => {
        calls.push(`fresh ${windowId}`);
        if (fail.fresh) return Promise.reject(new Error('no window'));
        open.push({ id: 99, windowId });
        return Promise.resolve(99);
      },
      closeTab: (id) => {
        calls.push(`close ${id}`);
        if (fail.tabs && id === 12) return Promise.reject(new Error('no tab'));
        open = open.filter((tab) => tab.id !== id);
        return Promise.resolve();
      },
      removeData: (removal) => {
        if (!calls.includes('data')) calls.push('data');
        removals.push(removal);
        return fail.kinds?.includes(removal.kind) ? Promise.reject(new Error('failed')) : Promise.resolve();
      },
      closedLeft: (since) => {
        calls.push(`closed since ${since}`);
        return Promise.resolve(fail.closedLeft ?? 0);
      },
      saveFailures: (failed) => {
        calls.push(`save ${failed.join(',')}`);
        saved = failed;
        return Promise.resolve();
      },
      showSummary: (tabId) => {
        calls.push(`summary in ${tabId}`);
        return Promise.resolve();
      },
    };
    return { port, calls, removals, saved: () => saved, open: () => open };
  }
  const KIOSK: EndChoices = {
    deleteDownloads: true,
    closeTabs: true,
    kiosk: true,
    sessionStart: 10 * 60_000,
    logoutOrigins: [],
    firefox: false,
  };

  it('deletes the files, forgets the learner, closes every tab behind a fresh one, then the browser data', async () => {
    const { port, calls, removals, open } = fakePort();
    const outcome = await endSession(TRACE, KIOSK, port);
    // The history goes after the tabs closed, so that the recently closed tabs go with it.
    expect(calls).toEqual([
      'remove 5',
      'clear',
      'broadcast',
      'fresh 1',
      'close 10',
      'close 11',
      'close 12',
      'data',
      'closed since 0',
      'save ',
    ]);
    expect(open()).toEqual([{ id: 99, windowId: 1 }]);
    expect(removals.map((r) => r.kind)).toEqual(ALL_KINDS);
    expect(outcome.failed).toEqual([]);
  });

  it('outside kiosk mode checks the closed tabs since the session began', async () => {
    const { port, calls } = fakePort();
    await endSession(TRACE, { ...KIOSK, kiosk: false }, port);
    expect(calls).toContain(`closed since ${5 * 60_000}`);
  });

  it('names what failed, keeps it for the summary and shows the summary in the fresh tab', async () => {
    const { port, calls, saved } = fakePort({ kinds: ['formData'], closedLeft: 2, tabs: true });
    const outcome = await endSession(TRACE, KIOSK, port);
    expect(outcome.failed).toEqual(['history', 'forms', 'tabs']);
    expect(saved()).toEqual(['history', 'forms', 'tabs']);
    // A tab that would not close is tried three times.
    expect(calls.filter((c) => c === 'close 12')).toHaveLength(3);
    expect(calls.at(-1)).toBe('summary in 99');
  });

  it('without a fresh tab closes nothing (the browser would close) and says so', async () => {
    const { port, calls, open } = fakePort({ fresh: true });
    const outcome = await endSession(TRACE, KIOSK, port);
    expect(calls.some((c) => c.startsWith('close '))).toBe(false);
    expect(open()).toHaveLength(3);
    expect(outcome.failed).toEqual(['tabs']);
    expect(calls).toContain('data');
  });

  it('still forgets the learner when a file cannot be removed; keeps the tabs when asked', async () => {
    const { port, calls } = fakePort({ download: true });
    await endSession(TRACE, { ...KIOSK, closeTabs: false }, port);
    expect(calls).toContain('clear');
    expect(calls.some((c) => c.startsWith('close ') || c.startsWith('fresh') || c.startsWith('closed'))).toBe(false);
  });
});

describe('the stored trace', () => {
  it('keeps only site names and non-negative integer ids, distinct, newest last', () => {
    expect(repairAllowedSites(['caf.fr', 'https://caf.fr/x?nir=1', 'CAF.FR', 7, 'caf.fr', 'ameli.fr'])).toEqual([
      'caf.fr',
      'ameli.fr',
    ]);
    expect(repairIds([3, -1, 2.5, '4', 3, 8])).toEqual([3, 8]);
    expect(repairIds('3')).toEqual([]);
    expect(rememberId([4, 5], 4)).toEqual([5, 4]);
  });

  it('keeps at most 50 entries', () => {
    expect(repairIds(Array.from({ length: 80 }, (_, i) => i))).toHaveLength(50);
  });

  it('keeps origins only (no path, no query), failures it knows, a kiosk setting of exactly its shape', () => {
    expect(
      repairOrigins(['https://www.caf.fr', 'https://www.caf.fr/x?nir=1', 'javascript:1', 'http://localhost:8080', 3]),
    ).toEqual(['https://www.caf.fr', 'http://localhost:8080']);
    expect(rememberOrigin(['https://a.fr', 'https://b.fr'], 'https://a.fr')).toEqual(['https://b.fr', 'https://a.fr']);
    expect(repairFailures(['history', 'history', 'tabs'])).toEqual(['history', 'tabs']);
    expect(repairFailures(['history', 'nir'])).toEqual([]);
    expect(parseKioskSetting({ kioskMode: true, inactivityMinutes: 15 })).toEqual({
      kioskMode: true,
      inactivityMinutes: 15,
    });
    expect(parseKioskSetting({ kioskMode: 'yes', inactivityMinutes: 15 })).toBeUndefined();
    expect(parseKioskSetting({ kioskMode: true, inactivityMinutes: 0 })).toBeUndefined();
  });
});

describe('wipe() and the trace', () => {
  it('forgets sites, origins, tabs, downloads, the session start, and keeps the settings in local storage', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const storage = await import('../../src/storage');
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ setting: 'kept' });
    await storage.writeKioskSettingMemory({ kioskMode: true, inactivityMinutes: 10 });
    await Promise.all([storage.recordVisit('caf.fr', 4, 'https://wwwd.caf.fr', 2000), storage.recordDownload(9, 3000)]);
    await storage.recordVisit('caf.fr', 5, 'https://www.caf.fr', 4000);
    expect(await storage.readTrace()).toEqual({ sites: ['caf.fr'], tabs: [4, 5], downloads: [9] });
    expect(await storage.readVisitedOrigins()).toEqual(['https://wwwd.caf.fr', 'https://www.caf.fr']);
    // The session began with its first page; later pages do not move it.
    expect(await storage.readSessionStart()).toBe(2000);
    await storage.wipe();
    await storage.writeWipeFailures(['history']);
    expect(await storage.readTrace()).toEqual({ sites: [], tabs: [], downloads: [] });
    expect(await storage.readVisitedOrigins()).toEqual([]);
    expect(await storage.readSessionStart()).toBeUndefined();
    expect(await storage.readWipeFailures()).toEqual(['history']);
    await storage.writeWipeFailures([]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await storage.readKioskSettingMemory()).toEqual({ kioskMode: true, inactivityMinutes: 10 });
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual(['kioskSetting', 'setting']);
  });
});
