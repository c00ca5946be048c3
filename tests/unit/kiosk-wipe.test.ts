// The end of a learner's session: the trace is repaired on read, the wipe planner closes only the
// session's tabs and keeps every window open, deletes files only when asked, and the wipe runs
// the storage wipe even when a file or a tab cannot be removed. Inactivity is due only once.
import { describe, expect, it } from 'vitest';
import { endSession, inactivityDue, planWipe, type WipePort } from '../../src/kiosk';
import { rememberId, repairAllowedSites, repairIds } from '../../src/storage';

const TRACE = { sites: ['caf.fr', 'laposte.net'], tabs: [11, 12], downloads: [5] };
const OPEN = [
  { id: 10, windowId: 1 },
  { id: 11, windowId: 1 },
  { id: 12, windowId: 2 },
];

describe('planWipe', () => {
  it('closes the session tabs, opens a fresh tab where a window would lose its last one, deletes the files', () => {
    expect(planWipe(TRACE, OPEN, { deleteDownloads: true, closeTabs: true })).toEqual({
      removeDownloads: [5],
      closeTabs: [11, 12],
      freshTabIn: [2],
      logoutReminder: ['caf.fr', 'laposte.net'],
    });
  });

  it('keeps files and tabs when the learner says no; the reminder stays', () => {
    expect(planWipe(TRACE, OPEN, { deleteDownloads: false, closeTabs: false })).toEqual({
      removeDownloads: [],
      closeTabs: [],
      freshTabIn: [],
      logoutReminder: ['caf.fr', 'laposte.net'],
    });
  });

  it('ignores recorded tabs that are already closed', () => {
    const plan = planWipe({ ...TRACE, tabs: [99, 11] }, OPEN, { deleteDownloads: false, closeTabs: true });
    expect(plan.closeTabs).toEqual([11]);
    expect(plan.freshTabIn).toEqual([]);
  });
});

describe('inactivityDue', () => {
  it.each([
    [undefined, 10 * 60_000, false],
    [0, 15 * 60_000 - 1, false],
    [0, 15 * 60_000, true],
    [1000, 1000 + 20 * 60_000, true],
  ])('last activity %s, now %s: %s', (last, now, due) => {
    expect(inactivityDue(now, last, 15)).toBe(due);
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
});

describe('endSession', () => {
  function fakePort(fail: { download?: boolean; tabs?: boolean } = {}) {
    const calls: string[] = [];
    const port: WipePort = {
      openTabs: () => Promise.resolve(OPEN),
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
        return Promise.resolve();
      },
      closeTabs: (ids) => {
        calls.push(`close ${ids.join(',')}`);
        return fail.tabs ? Promise.reject(new Error('no tab')) : Promise.resolve();
      },
    };
    return { port, calls };
  }

  it('deletes the files, forgets the learner, ends the guides, then closes the tabs (a fresh one first)', async () => {
    const { port, calls } = fakePort();
    await endSession(TRACE, { deleteDownloads: true, closeTabs: true }, port);
    expect(calls).toEqual(['remove 5', 'clear', 'broadcast', 'fresh 2', 'close 11,12']);
  });

  it('still forgets the learner when a file or a tab cannot be removed', async () => {
    const { port, calls } = fakePort({ download: true, tabs: true });
    await expect(endSession(TRACE, { deleteDownloads: true, closeTabs: true }, port)).resolves.toBeDefined();
    expect(calls).toContain('clear');
  });
});

describe('wipe() and the trace', () => {
  it('forgets sites, tabs, downloads and activity, and keeps the settings in local storage', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const storage = await import('../../src/storage');
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ setting: 'kept' });
    await Promise.all([storage.recordVisit('caf.fr', 4), storage.recordDownload(9), storage.touchActivity(123)]);
    expect(await storage.readTrace()).toEqual({ sites: ['caf.fr'], tabs: [4], downloads: [9] });
    expect(await storage.readLastActivity()).toBe(123);
    await storage.wipe();
    expect(await storage.readTrace()).toEqual({ sites: [], tabs: [], downloads: [] });
    expect(await storage.readLastActivity()).toBeUndefined();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ setting: 'kept' });
  });
});
