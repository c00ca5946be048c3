// Walks every guide on the replicas like a learner and keeps a static copy of the page just before
// each step's action: the drift benchmark mutates these copies. Needs the page-side bundle
// (window.__cdpBench) injected into every page of the context.
import type { BrowserContext, Page } from '@playwright/test';
import { END, type Guide, type Signal, type Step, type Target } from '../../../../src/guide';
import { matchAnyUrlPattern } from '../../../../src/shared';
import { act } from '../../../support/learner';

/** How long a step's element may take to appear (navigation, views inserted by the page). */
const APPEAR_TIMEOUT_MS = 5_000;
/** How long a conditional step's condition may take to show before the step is passed over. */
const WHEN_TIMEOUT_MS = 2_000;

export interface Snapshot {
  guideId: string;
  stepId: string;
  url: string;
  html: string;
  target: Target;
  /** The step's first CSS signal: the baseline. */
  css: string;
  /** The coach asks the locator for a clickable element on click steps. */
  needsClick: boolean;
}

export interface Unreachable {
  guideId: string;
  stepId: string;
  reason: string;
}

export interface Walk {
  snapshots: Snapshot[];
  unreachable: Unreachable[];
  /** Steps without a target (nothing to locate) and other remarks. */
  notes: string[];
}

/** The first `{ kind: 'css' }` signal: what a tour library would use alone. */
export function firstCss(target: Target): string | undefined {
  return target.any.find((s: Signal): s is Extract<Signal, { kind: 'css' }> => s.kind === 'css')?.css;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the page is one of the step's pages and the baseline selector shows an element. */
async function waitForStep(page: Page, step: Step, css: string): Promise<string | undefined> {
  const deadline = Date.now() + APPEAR_TIMEOUT_MS;
  let why = 'the baseline selector never matched a visible element';
  for (;;) {
    const onPage = matchAnyUrlPattern(step.page, page.url());
    try {
      const shown = await page.evaluate((selector) => window.__cdpBench?.baselineVisible(selector) ?? false, css);
      if (shown && onPage) return undefined;
      if (shown) why = `the element is visible but ${page.url()} is not one of the step's pages`;
    } catch {
      // The page is navigating: its execution context went away; try again.
    }
    if (Date.now() > deadline) return `${why} within ${APPEAR_TIMEOUT_MS / 1000} s`;
    await sleep(100);
  }
}

/** Waits a little for a conditional step's condition; false when the page does not show it. */
async function conditionShows(page: Page, step: Step): Promise<boolean> {
  const when = step.when;
  if (!when) return true;
  const deadline = Date.now() + WHEN_TIMEOUT_MS;
  for (;;) {
    try {
      if (await page.evaluate((c) => window.__cdpBench?.conditionHolds(c) ?? false, when)) return true;
    } catch {
      // The page is navigating; ask again.
    }
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
}

/** Walks the guide as the coach runs it: a conditional step (`when`) is done when its page shows
 * its condition and passed over otherwise, and `next` is followed. Our confirmation dialog for a
 * risky step is not there (no extension in the bench), so the learner's action goes straight on. */
async function walkGuide(context: BrowserContext, guide: Guide, walk: Walk): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(guide.start);
    let stopped: string | undefined;
    const seen = new Set<number>();
    for (let index = 0; index >= 0 && index < guide.steps.length && !seen.has(index);) {
      seen.add(index);
      const step = guide.steps[index]!;
      const following =
        step.next === END ? -1 : step.next ? guide.steps.findIndex((s) => s.id === step.next) : index + 1;
      if (stopped) {
        if (step.target) walk.unreachable.push({ guideId: guide.id, stepId: step.id, reason: stopped });
        index += 1;
        continue;
      }
      if (step.when && !(await conditionShows(page, step))) {
        walk.notes.push(`${guide.id} ${step.id}: its condition did not show on this walk, passed over`);
        index += 1;
        continue;
      }
      const css = step.target ? firstCss(step.target) : undefined;
      if (step.target && !css) {
        // The learner simulation and the baseline both need a CSS signal.
        walk.unreachable.push({ guideId: guide.id, stepId: step.id, reason: 'the target has no css signal' });
        stopped = `after ${step.id}, which has no css signal to act on`;
        index += 1;
        continue;
      }
      if (step.target && css) {
        const problem = await waitForStep(page, step, css);
        if (problem) {
          walk.unreachable.push({ guideId: guide.id, stepId: step.id, reason: problem });
          stopped = `after the unreachable step ${step.id}`;
          index += 1;
          continue;
        }
        const copy = await page.evaluate(() => window.__cdpBench!.snapshot());
        if (copy.shadowHosts)
          walk.notes.push(`${guide.id} ${step.id}: ${copy.shadowHosts} shadow root(s) not kept in the snapshot`);
        walk.snapshots.push({
          guideId: guide.id,
          stepId: step.id,
          url: page.url(),
          html: copy.html,
          target: step.target,
          css,
          needsClick: step.done.kind === 'click',
        });
      } else {
        walk.notes.push(`${guide.id} ${step.id}: no target, nothing to locate`);
      }
      // The last action (often a download) leads nowhere the bench needs.
      if (following < 0 || following >= guide.steps.length) break;
      try {
        const { risk: _held, ...unheld } = step;
        await act(page, unheld);
      } catch (error) {
        stopped = `after ${step.id}, whose action failed: ${String(error).split('\n')[0]}`;
      }
      index = following;
    }
  } finally {
    await page.close();
  }
}

/** Snapshots of every step with a target, in guide order. */
export async function takeSnapshots(context: BrowserContext, guides: readonly Guide[]): Promise<Walk> {
  const walk: Walk = { snapshots: [], unreachable: [], notes: [] };
  for (const guide of guides) await walkGuide(context, guide, walk);
  return walk;
}
