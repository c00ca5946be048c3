// DevTools-protocol access for the speed benchmark: the renderer's Performance metrics (thread
// CPU time, so other processes on a small machine do not count), garbage collection, and handing
// the coach's closed shadow root to the page, without enabling the DOM agent (which would slow
// every DOM mutation while we time).
import type { CDPSession, Page } from '@playwright/test';

export type Metrics = Record<string, number>;

export interface DevTools {
  session: CDPSession;
  /** Performance.getMetrics as a name → value map (durations in seconds, sizes in bytes). */
  metrics: () => Promise<Metrics>;
  /** Two full garbage collections, then the metrics. */
  metricsAfterGc: () => Promise<Metrics>;
  /** Puts the coach's closed shadow root at window.__benchShadow; false when there is no overlay. */
  exposeCoachShadow: () => Promise<boolean>;
  /** Whether the coach's tooltip is in its shadow root (false when there is no overlay). */
  tooltipShown: () => Promise<boolean>;
}

export async function devtools(page: Page): Promise<DevTools> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  const metrics = async (): Promise<Metrics> => {
    const { metrics: list } = await session.send('Performance.getMetrics');
    return Object.fromEntries(list.map((m) => [m.name, m.value]));
  };

  /** Runs `fn` (a function declaration, as text) on the shadow root in the page's main world. */
  const onShadow = async (fn: string): Promise<unknown> => {
    const { result: host } = await session.send('Runtime.evaluate', {
      expression: "document.querySelector('coup-de-pouce-coach')",
    });
    if (!host.objectId) return undefined;
    try {
      const { node } = await session.send('DOM.describeNode', { objectId: host.objectId, depth: 0, pierce: true });
      const backendNodeId = node.shadowRoots?.[0]?.backendNodeId;
      if (backendNodeId === undefined) return undefined;
      const { object } = await session.send('DOM.resolveNode', { backendNodeId });
      if (!object.objectId) return undefined;
      const { result } = await session.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: fn,
        returnByValue: true,
      });
      await session.send('Runtime.releaseObject', { objectId: object.objectId });
      return result.value;
    } finally {
      await session.send('Runtime.releaseObject', { objectId: host.objectId });
    }
  };

  return {
    session,
    metrics,
    metricsAfterGc: async () => {
      await session.send('HeapProfiler.collectGarbage');
      await session.send('HeapProfiler.collectGarbage');
      return metrics();
    },
    exposeCoachShadow: async () =>
      (await onShadow('function () { window.__benchShadow = this; return true; }')) === true,
    tooltipShown: async () =>
      (await onShadow(`function () { return !!this.querySelector('[data-cdp="tooltip"]'); }`)) === true,
  };
}

/** Main-thread time in ms between two metric readings. */
export function durationMs(before: Metrics, after: Metrics, name: string): number {
  return ((after[name] ?? NaN) - (before[name] ?? NaN)) * 1000;
}
