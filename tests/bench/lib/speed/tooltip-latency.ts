// Figure 2: from the page inserting the step's target to the coach's tooltip on screen, with the
// CAF guide started, on the 20k-element page at a guided address. Timed inside the page; the
// same insertion without the extension gives the floor (the next frame).
import type { Page } from '@playwright/test';
import { normalizeText } from '../../../../src/shared/text';
import type { DevTools } from './devtools';
import { inPage } from './page-harness';
import type { InsertTiming } from './in-page';
import { summarize, type Summary } from './stats';

export const TRIALS = 25;

export const TOOLTIP_METHOD =
  'page-side clock: performance.now() right before appending the <li class="is-disconnected"> target; ' +
  "the coach's closed shadow root is handed to the page through DevTools (DOM.describeNode/resolveNode, " +
  'no DOM agent), where a MutationObserver sees the tooltip node and a ResizeObserver on it fires in the ' +
  'rendering update that paints it (layout done, non-empty box). The page is loaded afresh for each trial ' +
  'and the target inserted once the coach is waiting for it. Floor: the same insertion without the ' +
  'extension, to the next animation frame and to the rendering update that lays the target out.';

export interface TooltipFigures {
  trials: number;
  failures: string[];
  /** Insertion → tooltip laid out in a rendering update (what the learner sees). */
  tooltipShown: Summary;
  /** Insertion → tooltip node in the coach's shadow root. */
  tooltipInDom: Summary;
  /** Insertion → first animation frame, with the extension (the coach searches in that frame). */
  firstFrame: Summary;
  floor: { nextFrame: Summary; targetLaidOut: Summary };
  method: string;
}

/**
 * Loads `url` in the coach's page, waits until the coach is waiting for its target, inserts it
 * and times the tooltip. Returns why when there is no tooltip. Leaves the tooltip shown.
 */
export async function coachTrial(
  page: Page,
  tools: DevTools,
  url: string,
  say: string,
): Promise<InsertTiming | string> {
  await page.bringToFront(); // only the front tab of a window gets animation frames
  await page.goto(url);
  try {
    await page.waitForFunction("!!document.querySelector('coup-de-pouce-coach')", undefined, {
      polling: 50,
      timeout: 5000,
    });
  } catch {
    return 'the coach never mounted its overlay on the page';
  }
  if (!(await tools.exposeCoachShadow())) return 'no closed shadow root on the overlay host';
  await inPage(page, 'settle');
  const timing = await inPage(page, 'insertTarget', { coach: true, timeoutMs: 3000 });
  if (timing.timedOut) return 'no tooltip within 3 s';
  if (normalizeText(timing.say ?? '') !== normalizeText(say)) return `tooltip says something else: ${timing.say}`;
  return timing;
}

/**
 * `coachPage` is on the bench page with the guide started; `plainPage` is on the same page
 * without the extension. The floor trials run first: once shown, the tooltip keeps its page
 * busy every frame, which would slow the other browser on a small machine. Leaves the tooltip
 * shown on `coachPage` and the target inserted on `plainPage`.
 */
export async function measureTooltip(
  coachPage: Page,
  tools: DevTools,
  plainPage: Page,
  url: string,
  say: string,
  log: (line: string) => void,
): Promise<TooltipFigures> {
  const shown: number[] = [];
  const inDom: number[] = [];
  const firstFrame: number[] = [];
  const nextFrame: number[] = [];
  const laidOut: number[] = [];
  const failures: string[] = [];
  log(`  floor: ${TRIALS} insertions without the extension`);
  await plainPage.bringToFront();
  for (let i = 0; i < TRIALS; i++) {
    await inPage(plainPage, 'removeTarget');
    await inPage(plainPage, 'settle');
    const floor = await inPage(plainPage, 'insertTarget', { coach: false, timeoutMs: 3000 });
    nextFrame.push(floor.rafMs);
    laidOut.push(floor.targetLaidOutMs);
  }
  for (let i = 0; i < TRIALS; i++) {
    if (i % 5 === 0) log(`  tooltip trials ${i + 1}–${Math.min(i + 5, TRIALS)} of ${TRIALS}`);
    const trial = await coachTrial(coachPage, tools, url, say);
    if (typeof trial === 'string') failures.push(trial);
    else {
      shown.push(trial.tooltipShownMs!);
      inDom.push(trial.tooltipInDomMs!);
      firstFrame.push(trial.rafMs);
    }
  }
  return {
    trials: TRIALS,
    failures,
    tooltipShown: summarize(shown),
    tooltipInDom: summarize(inDom),
    firstFrame: summarize(firstFrame),
    floor: { nextFrame: summarize(nextFrame), targetLaidOut: summarize(laidOut) },
    method: TOOLTIP_METHOD,
  };
}
