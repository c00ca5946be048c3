// Replays one guide in Chromium with the built extension, as a learner would (walkGuide), and asks
// the real locator in the page about every step the coach shows. A walk that stops reports its
// stop step as missing (with the locator's view of the page there) and the rest as not reached.
// Every report carries its step's evidence (grade, source, date; absent in the guide: inferred).
import type { Page } from '@playwright/test';
import { END, evidenceOf, type Evidence, type Guide, type Step } from '../../../src/guide';
import { matchAnyUrlPattern } from '../../../src/shared';
import type { Launched } from '../../../tests/support/extension';
import { HANDS } from '../../../tests/support/hands';
import { startGuideFromPopup, walkGuide } from '../../../tests/support/learner';
import type { ProbeResult, ProbeSignal } from './probe-api';

export const STEP_RESULTS = ['found', 'ambiguous', 'missing', 'not reached', 'skipped'] as const;
export type StepResult = (typeof STEP_RESULTS)[number];

export interface StepReport {
  guide: string;
  step: string;
  result: StepResult;
  /** Every signal of the target with how many elements it matched (empty without a target). */
  signals: ProbeSignal[];
  /** Why, when the result needs a word (stopped walk, no target, conditional step). */
  note?: string;
  /** The page the step was checked on. */
  url?: string;
  /** The replica variant walked (`<site>/<variant>`); absent for the default replicas. */
  variant?: string;
  /** How far the step's element is known on the real site (the guide's `evidence`, else inferred). */
  evidence: Evidence;
}

/** A report before its step's evidence is added (replayGuide adds it to every one). */
export type WalkReport = Omit<StepReport, 'evidence'>;

/** Each report with its step's evidence from the guide (inferred when the step has none). */
export function withEvidence(guide: Guide, reports: readonly WalkReport[]): StepReport[] {
  const steps = new Map([...guide.steps, ...(guide.interruptions ?? [])].map((step) => [step.id, step]));
  return reports.map((report) => {
    const step = steps.get(report.step);
    return { ...report, evidence: step ? evidenceOf(step) : { grade: 'inferred' } };
  });
}

export interface ReplayOptions {
  /** The walk stopped at `step` on `page`: e.g. keep its HTML as a candidate replica (--live). */
  onStopped?: (guide: Guide, step: Step, page: Page) => Promise<void>;
}

/** The steps a learner goes through on the normal path: `when` steps are passed over, `next` is followed. */
export function walkPath(guide: Guide): Step[] {
  const path: Step[] = [];
  let index = 0;
  while (index >= 0 && index < guide.steps.length) {
    const step = guide.steps[index]!;
    if (step.when) {
      index++;
      continue;
    }
    path.push(step);
    if (step.next === END) break;
    index = step.next ? guide.steps.findIndex((s) => s.id === step.next) : index + 1;
  }
  return path;
}

/** Runs the page probe on a step's target; injects the probe first when the page has none. */
export async function probeStep(page: Page, step: Step, bundle: string): Promise<ProbeResult> {
  const target = step.target;
  if (!target) return { status: 'found', signals: [] };
  const needsClick = step.done.kind === 'click';
  try {
    if (!(await page.evaluate(() => window.__cdpProbe !== undefined))) await page.evaluate(bundle);
    return await page.evaluate(([t, click]) => window.__cdpProbe!.locate(t, click), [target, needsClick] as const);
  } catch (error) {
    return { status: 'error', detail: String(error).split('\n')[0] ?? 'error', signals: [] };
  }
}

/** A locator status as a check result: hidden and errors are as bad as missing for the learner. */
export function resultOf(status: string): 'found' | 'ambiguous' | 'missing' {
  return status === 'found' ? 'found' : status === 'ambiguous' ? 'ambiguous' : 'missing';
}

/** The tab where a stopped step would show: the last one on one of its pages, else the last one. */
function pageFor(launched: Launched, step: Step): Page | undefined {
  const pages = launched.context.pages().filter((p) => !p.url().startsWith('chrome-extension://'));
  return pages.filter((p) => matchAnyUrlPattern(step.page, p.url())).at(-1) ?? pages.at(-1);
}

export async function replayGuide(
  launched: Launched,
  guide: Guide,
  bundle: string,
  options: ReplayOptions = {},
): Promise<StepReport[]> {
  const shown = new Map<string, WalkReport>();
  let stopped: string | undefined;
  try {
    const page = await startGuideFromPopup(launched, guide);
    await walkGuide(launched, page, guide, {
      onStep: async (seen) => {
        const { step, page: tab } = seen;
        const probe = await probeStep(tab, step, bundle);
        shown.set(step.id, {
          guide: guide.id,
          step: step.id,
          result: resultOf(probe.status),
          signals: probe.signals,
          url: tab.url(),
          ...(step.target
            ? probe.detail
              ? { note: `${probe.status}: ${probe.detail}` }
              : {}
            : { note: 'no target: the coach shows a note' }),
        });
        await HANDS[guide.id]?.onStep?.(seen);
      },
      afterAct: HANDS[guide.id]?.afterAct,
    });
  } catch (error) {
    // The first line, without the overlay dump walkGuide appends after « last seen ».
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    stopped = message.split('; last seen:')[0]!.slice(0, 240);
  }

  const path = walkPath(guide);
  const onPath = new Set(path.map((s) => s.id));
  const stopStep = stopped === undefined ? undefined : path.find((s) => !shown.has(s.id));
  const reports: WalkReport[] = [];
  let afterStop = false;
  for (const step of guide.steps) {
    const seen = shown.get(step.id);
    const base = { guide: guide.id, step: step.id };
    if (seen) reports.push(seen);
    else if (step === stopStep) {
      afterStop = true;
      const page = pageFor(launched, step);
      const probe = page ? await probeStep(page, step, bundle) : { status: 'missing', signals: [] };
      if (page) await options.onStopped?.(guide, step, page);
      const locator = probe.status === 'found' ? 'the locator finds it, but ' : `locator: ${probe.status}; `;
      reports.push({
        ...base,
        // The coach did not show the step: for the learner it is missing, whatever the locator says.
        result: probe.status === 'ambiguous' ? 'ambiguous' : 'missing',
        signals: probe.signals,
        note: `${locator}the walk stopped here: ${stopped ?? ''}`,
        ...(page ? { url: page.url() } : {}),
      });
    } else if (!onPath.has(step.id))
      reports.push({
        ...base,
        result: 'skipped',
        signals: [],
        note: step.when ? 'conditional step (when)' : 'not on the normal path',
      });
    else if (afterStop || stopped !== undefined) reports.push({ ...base, result: 'not reached', signals: [] });
    else reports.push({ ...base, result: 'missing', signals: [], note: 'the walk ended without showing it' });
  }
  return withEvidence(guide, reports);
}
