// Main-thread time while the page churns (~10,000 DOM mutations a second, far from the target):
// Performance-metric deltas over the churn window, divided by the animation frames counted in
// the page. Compared between the same page with and without the extension.
import type { Page } from '@playwright/test';
import { durationMs, type DevTools } from './devtools';
import { inPage } from './page-harness';
import { median, round } from './stats';

export const MUTATIONS_PER_SECOND = 10_000;

export interface ChurnRun {
  frames: number;
  mutations: number;
  elapsedMs: number;
  /** Main-thread CPU time per frame, by kind (Performance metrics, thread time). */
  scriptMsPerFrame: number;
  taskMsPerFrame: number;
  layoutMsPerFrame: number;
  styleMsPerFrame: number;
}

export async function churnRun(page: Page, tools: DevTools, windowMs: number): Promise<ChurnRun> {
  // Only the front tab of a browser window gets animation frames.
  await page.bringToFront();
  await inPage(page, 'settle');
  const before = await tools.metrics();
  const run = await inPage(page, 'churn', { perSecond: MUTATIONS_PER_SECOND, durationMs: windowMs });
  const after = await tools.metrics();
  const perFrame = (name: string) => round(durationMs(before, after, name) / Math.max(run.frames, 1));
  return {
    ...run,
    elapsedMs: round(run.elapsedMs, 1),
    scriptMsPerFrame: perFrame('ScriptDuration'),
    taskMsPerFrame: perFrame('TaskDuration'),
    layoutMsPerFrame: perFrame('LayoutDuration'),
    styleMsPerFrame: perFrame('RecalcStyleDuration'),
  };
}

export interface QuietRun {
  taskMsPerS: number;
  scriptMsPerS: number;
}

/** Main-thread time per second while nothing happens in the page (no churn, no frame counter). */
export async function quietRun(tools: DevTools, page: Page, windowMs: number): Promise<QuietRun> {
  await page.bringToFront();
  const before = await tools.metrics();
  await page.waitForTimeout(windowMs);
  const after = await tools.metrics();
  return {
    taskMsPerS: round((durationMs(before, after, 'TaskDuration') * 1000) / windowMs),
    scriptMsPerS: round((durationMs(before, after, 'ScriptDuration') * 1000) / windowMs),
  };
}

export interface ChurnComparison {
  runs: number;
  durationMs: number;
  withExtension: ChurnRun[];
  withoutExtension: ChurnRun[];
  /** Medians per frame, with minus without (positive: time the extension added). */
  addedScriptMsPerFrame: number;
  addedTaskMsPerFrame: number;
  addedLayoutMsPerFrame: number;
}

export interface ChurnSide {
  page: Page;
  tools: DevTools;
  /** Puts the page in the state to measure (the tooltip shown, say). */
  before?: () => Promise<void>;
  /** Parks the page, so that it does not take CPU while the other side is measured. */
  after?: () => Promise<void>;
}

/** Alternates runs between the two pages, `runs` times each. */
export async function compareChurn(
  withExtension: ChurnSide,
  withoutExtension: ChurnSide,
  runs: number,
  windowMs: number,
): Promise<ChurnComparison> {
  const a: ChurnRun[] = [];
  const b: ChurnRun[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [side, into] of [
      [withExtension, a],
      [withoutExtension, b],
    ] as const) {
      await side.before?.();
      into.push(await churnRun(side.page, side.tools, windowMs));
      await side.after?.();
    }
  }
  const added = (key: keyof ChurnRun) => round(median(a.map((r) => r[key])) - median(b.map((r) => r[key])));
  return {
    runs,
    durationMs: windowMs,
    withExtension: a,
    withoutExtension: b,
    addedScriptMsPerFrame: added('scriptMsPerFrame'),
    addedTaskMsPerFrame: added('taskMsPerFrame'),
    addedLayoutMsPerFrame: added('layoutMsPerFrame'),
  };
}
