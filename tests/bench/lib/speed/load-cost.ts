// What one page load costs the renderer (figures 4 and 5): script and compile time of the new
// document (the metrics restart with each document, so the reading is that document's total)
// and the JS heap after garbage collection. Compared between the same page with and without
// the extension, over several loads.
import type { Page } from '@playwright/test';
import type { DevTools } from './devtools';
import { median, round } from './stats';

export interface LoadRun {
  scriptMs: number;
  compileMs: number;
  taskMs: number;
  heapMB: number;
  nodes: number;
}

/** Loads `url` once; `ready` waits for the state to measure (the tooltip, say). */
export async function measureLoad(
  page: Page,
  tools: DevTools,
  url: string,
  ready: () => Promise<void>,
): Promise<LoadRun> {
  await page.bringToFront();
  await page.goto(url, { waitUntil: 'load' });
  await ready();
  const m = await tools.metrics();
  const gc = await tools.metricsAfterGc();
  return {
    scriptMs: round((m.ScriptDuration ?? NaN) * 1000),
    compileMs: round((m.V8CompileDuration ?? NaN) * 1000),
    taskMs: round((m.TaskDuration ?? NaN) * 1000, 1),
    heapMB: round((gc.JSHeapUsedSize ?? NaN) / 2 ** 20),
    nodes: gc.Nodes ?? NaN,
  };
}

export interface LoadComparison {
  url: string;
  loads: number;
  withExtension: LoadRun[];
  withoutExtension: LoadRun[];
  addedScriptMs: number;
  addedCompileMs: number;
  addedHeapMB: number;
}

/** Alternates single loads between the two pages, `loads` times each; medians compared. */
export async function compareLoads(
  url: string,
  loads: number,
  withExtension: { page: Page; tools: DevTools; ready: () => Promise<void> },
  withoutExtension: { page: Page; tools: DevTools; ready: () => Promise<void> },
): Promise<LoadComparison> {
  const a: LoadRun[] = [];
  const b: LoadRun[] = [];
  for (let i = 0; i < loads; i++) {
    a.push(await measureLoad(withExtension.page, withExtension.tools, url, withExtension.ready));
    b.push(await measureLoad(withoutExtension.page, withoutExtension.tools, url, withoutExtension.ready));
  }
  const added = (key: keyof LoadRun) => round(median(a.map((r) => r[key])) - median(b.map((r) => r[key])));
  return {
    url,
    loads,
    withExtension: a,
    withoutExtension: b,
    addedScriptMs: added('scriptMs'),
    addedCompileMs: added('compileMs'),
    addedHeapMB: added('heapMB'),
  };
}
