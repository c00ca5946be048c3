// Walks every guide on the replicas like a learner and keeps a static copy of the page just before
// each step's action: the drift benchmark mutates these copies. Needs the page-side bundle
// (window.__cdpBench) injected into every page of the context.
import type { BrowserContext, Page } from '@playwright/test';
import type { Guide, Signal, Step, Target } from '../../../../src/guide';
import { matchAnyUrlPattern } from '../../../../src/shared';
import { act } from '../../../support/learner';

/** How long a step's element may take to appear (navigation, views inserted by the page). */
const APPEAR_TIMEOUT_MS = 5_000;

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

async function walkGuide(context: BrowserContext, guide: Guide, walk: Walk): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(guide.start);
    let stopped: string | undefined;
    for (const [index, step] of guide.steps.entries()) {
      if (stopped) {
        if (step.target) walk.unreachable.push({ guideId: guide.id, stepId: step.id, reason: stopped });
        continue;
      }
      const css = step.target ? firstCss(step.target) : undefined;
      if (step.target && !css) {
        // The learner simulation and the baseline both need a CSS signal.
        walk.unreachable.push({ guideId: guide.id, stepId: step.id, reason: 'the target has no css signal' });
        stopped = `after ${step.id}, which has no css signal to act on`;
        continue;
      }
      if (step.target && css) {
        const problem = await waitForStep(page, step, css);
        if (problem) {
          walk.unreachable.push({ guideId: guide.id, stepId: step.id, reason: problem });
          stopped = `after the unreachable step ${step.id}`;
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
      if (index === guide.steps.length - 1) break;
      try {
        await act(page, step);
      } catch (error) {
        stopped = `after ${step.id}, whose action failed: ${String(error).split('\n')[0]}`;
      }
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
