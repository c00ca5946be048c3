// Figure 1: how long `locate` takes inside a real page, per target, on the 20k-element webmail
// page and on the CAF replicas (guide step targets), beside a single document.querySelector of
// the target's first CSS signal. Runs without the extension: the locator is bundled into the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { Guide, Signal, Target } from '../../../../src/guide';
import { matchAnyUrlPattern } from '../../../../src/shared/url-pattern';
import { REPLICA_URLS, replicaFor, SITES_DIR } from '../../../support/replicas';
import { BENCH_ORIGIN } from './browsers';
import { inPage } from './page-harness';
import { median, round, summarize, type Summary } from './stats';
import type { WebmailPage } from './webmail-page';

/** Timed calls per target: PASSES × PER_PASS, after WARMUP untimed calls. */
export const PASSES = 3;
export const PER_PASS = 70;
const WARMUP = 20;
/** Detail figures (per signal, layout made dirty first) need fewer runs. */
const DETAIL_ITERATIONS = 50;
const DETAIL_WARMUP = 5;

export interface TargetFigures {
  what: string;
  result: string;
  locate: Summary;
  /** The same call right after an unrelated layout change: the first layout query pays for layout. */
  afterLayoutChange: Summary;
  perSignal: { signal: string; p50: number; p95: number }[];
  querySelector: Summary & { css: string; result: string };
}

export interface ReplicaTargetFigures {
  url: string;
  step: string;
  result: string;
  locate: Summary;
  querySelector: Summary & { css: string };
}

export interface LocateFigures {
  webmail: {
    url: string;
    elements: number;
    all: Summary;
    allAfterLayoutChange: Summary;
    querySelectorAll: Summary;
    targets: Record<string, TargetFigures>;
  };
  replicas: { all: Summary; querySelectorAll: Summary; targets: ReplicaTargetFigures[] };
  /**
   * The longest call of each pass (all targets, 20k page and replicas), and the median over the
   * passes: a call made long by another process on a small machine happens in one pass only.
   */
  longestCall: { locatePerPass: number[]; querySelectorPerPass: number[]; locate: number; querySelector: number };
  /** The page clock's resolution: 5 µs when cross-origin isolated, else 100 µs. */
  clockResolutionUs: number;
}

function firstCss(target: Target): string {
  const css = target.any.find((s): s is Extract<Signal, { kind: 'css' }> => s.kind === 'css');
  if (!css) throw new Error('every benchmark target needs a css signal for the querySelector baseline');
  return css.css;
}

function describe(signal: Signal): string {
  const { kind, ...rest } = signal;
  return `${kind} ${JSON.stringify(Object.values(rest)[0])}`;
}

/** Replicas with COOP/COEP added (for the 5 µs clock); their HTML and scripts are unchanged. */
async function serveIsolatedReplicas(page: Page): Promise<void> {
  await page.route(/^https:\/\//, (route) => {
    const reply = replicaFor(route.request().url());
    if (!reply || 'redirect' in reply || reply.type !== undefined) return route.fallback();
    return route.fulfill({
      status: 200,
      body: readFileSync(join(SITES_DIR, reply.file)),
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      },
    });
  });
}

interface Series {
  locate: number[];
  query: number[];
  result: string;
  queryResult: string;
}

/**
 * Times every target in `PASSES` passes of `PER_PASS` calls each, interleaved, after a warm-up.
 * `longest` collects each pass's longest call (locate, querySelector) over all the targets.
 */
async function timePasses(
  page: Page,
  targets: { target: Target; needsClick: boolean }[],
  longest: { locate: number[]; query: number[] },
): Promise<Series[]> {
  const series: Series[] = [];
  for (const { target, needsClick } of targets) {
    const css = firstCss(target);
    const query = await inPage(page, 'timeQuery', css, { iterations: 0, warmup: WARMUP });
    const clean = await inPage(page, 'timeLocate', target, { iterations: 0, warmup: WARMUP, needsClick, dirty: false });
    series.push({ locate: [], query: [], result: clean.result, queryResult: query.result });
  }
  for (let pass = 0; pass < PASSES; pass++) {
    for (const [i, { target, needsClick }] of targets.entries()) {
      const query = await inPage(page, 'timeQuery', firstCss(target), { iterations: PER_PASS, warmup: 0 });
      const clean = await inPage(page, 'timeLocate', target, {
        iterations: PER_PASS,
        warmup: 0,
        needsClick,
        dirty: false,
      });
      series[i]!.locate.push(...clean.samples);
      series[i]!.query.push(...query.samples);
      longest.locate[pass] = Math.max(longest.locate[pass] ?? 0, ...clean.samples);
      longest.query[pass] = Math.max(longest.query[pass] ?? 0, ...query.samples);
    }
  }
  return series;
}

export async function measureLocate(
  context: BrowserContext,
  harness: string,
  webmail: WebmailPage,
  guide: Guide,
  log: (line: string) => void,
): Promise<LocateFigures> {
  const page = await context.newPage();
  try {
    await serveIsolatedReplicas(page);
    await page.addInitScript(harness);
    const url = `${BENCH_ORIGIN}webmail.html`;
    await page.goto(url);
    await inPage(page, 'settle');
    const elements = await inPage(page, 'elementCount');
    const isolated = await inPage(page, 'isolated');
    const longest = { locate: [] as number[], query: [] as number[] };

    log(`  20k page: ${PASSES} passes of ${PER_PASS} calls per target`);
    const entries = Object.entries(webmail.targets);
    const series = await timePasses(
      page,
      entries.map(([, t]) => t),
      longest,
    );
    const targets: Record<string, TargetFigures> = {};
    const allDirty: number[] = [];
    for (const [i, [name, { what, target, needsClick }]] of entries.entries()) {
      log(`  20k page, details: ${name}`);
      const dirty = await inPage(page, 'timeLocate', target, {
        iterations: DETAIL_ITERATIONS,
        warmup: DETAIL_WARMUP,
        needsClick,
        dirty: true,
      });
      const perSignal: TargetFigures['perSignal'] = [];
      for (const signal of target.any) {
        const one = await inPage(
          page,
          'timeLocate',
          { any: [signal] },
          { iterations: DETAIL_ITERATIONS, warmup: DETAIL_WARMUP, needsClick, dirty: false },
        );
        const s = summarize(one.samples);
        perSignal.push({ signal: describe(signal), p50: s.p50, p95: s.p95 });
      }
      allDirty.push(...dirty.samples);
      const timed = series[i]!;
      targets[name] = {
        what,
        result: timed.result,
        locate: summarize(timed.locate),
        afterLayoutChange: summarize(dirty.samples),
        perSignal,
        querySelector: { ...summarize(timed.query), css: firstCss(target), result: timed.queryResult },
      };
    }

    const replicaTargets: ReplicaTargetFigures[] = [];
    const replicaSamples = { locate: [] as number[], query: [] as number[] };
    for (const replicaUrl of REPLICA_URLS) {
      const reply = replicaFor(replicaUrl);
      if (!reply || 'redirect' in reply) continue;
      const steps = guide.steps.filter((s) => s.target && matchAnyUrlPattern(s.page, replicaUrl));
      if (steps.length === 0) continue;
      await page.goto(replicaUrl);
      await inPage(page, 'settle');
      const present: typeof steps = [];
      for (const step of steps) {
        // A target may be in a <template> until the learner acts: only the present ones count.
        if (await inPage(page, 'exists', firstCss(step.target!))) present.push(step);
      }
      log(`  replica ${new URL(replicaUrl).pathname}${new URL(replicaUrl).search}: ${present.length} step target(s)`);
      const timed = await timePasses(
        page,
        present.map((step) => ({ target: step.target!, needsClick: step.done.kind === 'click' })),
        longest,
      );
      replicaSamples.locate.push(...timed.flatMap((t) => t.locate));
      replicaSamples.query.push(...timed.flatMap((t) => t.query));
      present.forEach((step, i) =>
        replicaTargets.push({
          url: replicaUrl,
          step: step.id,
          result: timed[i]!.result,
          locate: summarize(timed[i]!.locate),
          querySelector: { ...summarize(timed[i]!.query), css: firstCss(step.target!) },
        }),
      );
    }

    return {
      webmail: {
        url,
        elements,
        all: summarize(series.flatMap((s) => s.locate)),
        allAfterLayoutChange: summarize(allDirty),
        querySelectorAll: summarize(series.flatMap((s) => s.query)),
        targets,
      },
      replicas: {
        all: summarize(replicaSamples.locate),
        querySelectorAll: summarize(replicaSamples.query),
        targets: replicaTargets,
      },
      longestCall: {
        locatePerPass: longest.locate.map((v) => round(v)),
        querySelectorPerPass: longest.query.map((v) => round(v)),
        locate: round(median(longest.locate)),
        querySelector: round(median(longest.query)),
      },
      clockResolutionUs: isolated ? 5 : 100,
    };
  } finally {
    await page.close();
  }
}
