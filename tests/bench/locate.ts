// `npm run bench:locate [-- --json] [-- --no-build]`: speed figures of the locator and the coach
// in headless Chromium, printed against the budgets of docs/performance.md, with a baseline beside
// each (one querySelector, the next frame, the page without the extension). A measurement, not
// a test: it exits 0 whatever the figures, and fails only when something crashes.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import { EXTENSION_DIR, ROOT, type Launched } from '../support/extension';
import { loadGuide, startGuideFromPopup } from '../support/learner';
import { BENCH_ORIGIN, launchExtension, launchWithoutExtension } from './lib/speed/browsers';
import { compareChurn, MUTATIONS_PER_SECOND, quietRun } from './lib/speed/churn-cost';
import { devtools, type DevTools } from './lib/speed/devtools';
import { compareLoads } from './lib/speed/load-cost';
import { measureLocate, PASSES, PER_PASS } from './lib/speed/locate-speed';
import { bundleHarness, inPage } from './lib/speed/page-harness';
import { printReport } from './lib/speed/print-report';
import { withinBudget, type Baseline, type Headline, type SpeedReport } from './lib/speed/report';
import { round } from './lib/speed/stats';
import { coachTrial, measureTooltip } from './lib/speed/tooltip-latency';
import { webmailPage } from './lib/speed/webmail-page';

const json = process.argv.includes('--json');
const noBuild = process.argv.includes('--no-build');
const started = Date.now();
const GUIDE_ID = 'caf/attestation-paiement';
const HOME = 'https://www.caf.fr/';
const LATE = `${BENCH_ORIGIN}late.html`;
/** Loads per side for the idle and heap comparisons; churn runs per side and their length. */
const IDLE_LOADS = 7;
const HEAP_LOADS = 3;
const CHURN_RUNS = 7;
const CHURN_MS = 2500;
const SEARCHING_CHURN_RUNS = 3;
const SEARCHING_CHURN_MS = 2000;
const IDLE_CHURN_RUNS = 3;
const IDLE_CHURN_MS = 2000;

function log(line: string): void {
  process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);
}

function build(): void {
  log('building the extension (npx wxt build)');
  const result = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) throw new Error('wxt build failed');
}

const pause = (page: Page, ms: number) => () => page.waitForTimeout(ms);

async function openPage(
  context: BrowserContext,
  url: string,
  harness?: string,
): Promise<{ page: Page; tools: DevTools }> {
  const page = await context.newPage();
  if (harness) await page.addInitScript(harness);
  const tools = await devtools(page);
  await page.goto(url);
  return { page, tools };
}

/** Figures that need the coach's tooltip: when it never shows, they are null with the reason. */
async function attempt<T>(what: string, problems: string[], measure: () => Promise<T>): Promise<T | null> {
  try {
    return await measure();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    problems.push(`${what}: ${reason}`);
    log(`   could not measure ${what}: ${reason}`);
    return null;
  }
}

async function run(): Promise<SpeedReport> {
  if (!noBuild) build();
  const coachJs = join(EXTENSION_DIR, 'coach.js');
  if (!existsSync(coachJs)) throw new Error('no built content script: run without --no-build');
  const contentScriptGzipBytes = gzipSync(readFileSync(coachJs), { level: 9 }).length;

  const webmail = webmailPage();
  const pages = { 'webmail.html': webmail.html, 'late.html': webmail.html };
  const harness = await bundleHarness();
  const guide = loadGuide(GUIDE_ID);
  const say = guide.steps[0]!.say;
  const problems: string[] = [];

  log('launching Chromium with and without the extension');
  const plain = await launchWithoutExtension(pages);
  let ext: Launched | undefined;
  try {
    ext = await launchExtension(pages);

    // 1. locate, in a page without the extension (the locator is bundled into the page).
    log('figure 1: locate timings (20k page, then replicas)');
    const locate = await measureLocate(plain.context, harness, webmail, guide, log);

    // 4. No guide started yet: what the content script costs on load, and under churn.
    log('figure 4: no guide started: loads of the CAF home page, then churn on the 20k page');
    const extHome = await openPage(ext.context, HOME);
    const plainHome = await openPage(plain.context, HOME);
    const idleLoads = await compareLoads(
      HOME,
      IDLE_LOADS,
      { ...extHome, ready: pause(extHome.page, 800) },
      { ...plainHome, ready: pause(plainHome.page, 800) },
    );
    const extChurn = await openPage(ext.context, `${BENCH_ORIGIN}webmail.html`, harness);
    const plainChurn = await openPage(plain.context, `${BENCH_ORIGIN}webmail.html`, harness);
    const idleChurn = await compareChurn(extChurn, plainChurn, IDLE_CHURN_RUNS, IDLE_CHURN_MS);
    await Promise.all([extHome.page.close(), extChurn.page.close(), plainChurn.page.close()]);

    // 5. The guide started from the popup: the heap with the tooltip shown on the CAF home page.
    log('figure 5: heap with the guide started and the tooltip shown');
    const coachPage = await startGuideFromPopup(ext, guide);
    const coachTools = await devtools(coachPage);
    const waitForTooltip = async () => {
      const until = Date.now() + 5000;
      while (!(await coachTools.tooltipShown().catch(() => false))) {
        if (Date.now() > until) throw new Error('the coach did not show its tooltip on the CAF home page');
        await coachPage.waitForTimeout(50);
      }
      await coachPage.waitForTimeout(300);
    };
    const heapHome = await attempt('heap with the tooltip shown', problems, () =>
      compareLoads(
        HOME,
        HEAP_LOADS,
        { page: coachPage, tools: coachTools, ready: waitForTooltip },
        { ...plainHome, ready: pause(plainHome.page, 800) },
      ),
    );
    await plainHome.page.close();

    // 2. The target inserted late on the 20k page at a guided address → tooltip. The coach's
    // page waits on about:blank while the floor is measured: a shown tooltip checks its element
    // every frame, which would take CPU from the other browser on 2 cores.
    log('figure 2: target present → tooltip, on the 20k page');
    await coachPage.goto('about:blank');
    await coachPage.addInitScript(harness);
    const plainLate = await openPage(plain.context, LATE, harness);
    const tooltip = await measureTooltip(coachPage, coachTools, plainLate.page, LATE, say, log);

    // 3. The tooltip shown while the page churns (the budget); the coach still searching while
    // it churns (not budgeted); a quiet page with the tooltip shown. Between its runs the
    // coach's tab goes behind a blank tab (a hidden tab gets no frames), keeping its state.
    log(`figure 3: churn (${MUTATIONS_PER_SECOND} mutations/s) with the tooltip shown`);
    const showTooltip = async () => {
      const trial = await coachTrial(coachPage, coachTools, LATE, say);
      if (typeof trial === 'string') throw new Error(trial);
    };
    const plainWithTarget = async () => {
      await inPage(plainLate.page, 'removeTarget');
      await inPage(plainLate.page, 'insertTarget', { coach: false, timeoutMs: 3000 });
    };
    const blank = await ext.context.newPage();
    const coachSide = { page: coachPage, tools: coachTools, after: () => blank.bringToFront() };
    const churnShown = await attempt('churn with the tooltip shown', problems, async () => {
      await showTooltip();
      return compareChurn(
        {
          ...coachSide,
          before: async () => {
            if (!(await coachTools.tooltipShown())) throw new Error('the tooltip went away');
          },
        },
        { ...plainLate, before: plainWithTarget },
        CHURN_RUNS,
        CHURN_MS,
      );
    });
    log('   churn while the coach is still searching (target absent)');
    const churnSearching = await attempt('churn while searching', problems, () =>
      compareChurn(
        { ...coachSide, before: () => inPage(coachPage, 'removeTarget') },
        { ...plainLate, before: () => inPage(plainLate.page, 'removeTarget') },
        SEARCHING_CHURN_RUNS,
        SEARCHING_CHURN_MS,
      ),
    );
    log('   quiet page with the tooltip shown; heap on the 20k page');
    const quietAndHeap = await attempt('quiet page and heap on the 20k page', problems, async () => {
      await showTooltip();
      await inPage(coachPage, 'settle');
      const withExtension = await quietRun(coachTools, coachPage, 2000);
      const heapWith = (await coachTools.metricsAfterGc()).JSHeapUsedSize ?? NaN;
      await blank.bringToFront();
      await plainWithTarget();
      await inPage(plainLate.page, 'settle');
      const withoutExtension = await quietRun(plainLate.tools, plainLate.page, 2000);
      const heapWithout = (await plainLate.tools.metricsAfterGc()).JSHeapUsedSize ?? NaN;
      return {
        quiet: { withExtension, withoutExtension },
        heap: { withExtensionMB: round(heapWith / 2 ** 20), withoutExtensionMB: round(heapWithout / 2 ** 20) },
      };
    });
    const userAgent = String(await plainLate.page.evaluate('navigator.userAgent'));

    const shown = tooltip.tooltipShown.n > 0;
    const headline: Headline = {
      locateP50Ms: locate.webmail.all.p50,
      locateP95Ms: locate.webmail.all.p95,
      maxLocateMs: locate.longestCall.locate,
      tooltipAfterTargetP50Ms: shown ? tooltip.tooltipShown.p50 : null,
      tooltipAfterTargetP90Ms: shown ? tooltip.tooltipShown.p90 : null,
      perFrameWhileShownMs: churnShown?.addedTaskMsPerFrame ?? null,
      idleScriptMs: idleLoads.addedScriptMs,
      heapAddedMB: heapHome?.addedHeapMB ?? null,
      contentScriptGzipBytes,
    };
    const baseline: Baseline = {
      locateP50Ms: locate.webmail.querySelectorAll.p50,
      locateP95Ms: locate.webmail.querySelectorAll.p95,
      maxLocateMs: locate.longestCall.querySelector,
      tooltipAfterTargetP50Ms: tooltip.floor.targetLaidOut.p50,
      tooltipAfterTargetP90Ms: tooltip.floor.targetLaidOut.p90,
      perFrameWhileShownMs: 0,
      idleScriptMs: 0,
      heapAddedMB: 0,
      contentScriptGzipBytes: null,
    };
    return {
      ...headline,
      baseline,
      withinBudget: withinBudget(headline),
      environment: {
        userAgent,
        cores: cpus().length,
        date: new Date().toISOString(),
        elements: locate.webmail.elements,
        pageClockResolutionUs: locate.clockResolutionUs,
        runSeconds: Math.round((Date.now() - started) / 1000),
      },
      methods: {
        locate:
          'locate() from src/locate bundled by esbuild (minified) into the page, each call its own task, layout ' +
          `clean; per target 20 warm-up calls, then ${PASSES} passes of ${PER_PASS} timed calls, the targets ` +
          'interleaved. Headline p50/p95: all calls on the 20k page. maxLocateMs: the longest call of each pass ' +
          '(20k page and replicas), median over the passes (a call stretched by another process shows in one pass ' +
          'only; every pass maximum is in the details). Baseline: document.querySelector(first css signal), same targets.',
        tooltip: tooltip.method,
        perFrameWhileShown:
          `TaskDuration (Performance.getMetrics, thread CPU time) over ${CHURN_RUNS} × ${CHURN_MS} ms of ` +
          `~${MUTATIONS_PER_SECOND} mutations/s (aria-busy/data-seen on thread rows; one in ten the text of a folder ` +
          'count; from a 2 ms timer), divided by the frames counted with requestAnimationFrame; median with the ' +
          'extension (tooltip shown) minus median without. Script and layout shares are in the details.',
        idleScript:
          "ScriptDuration of the CAF home page's document (the metrics restart with each document), median of " +
          `${IDLE_LOADS} loads with the extension and no guide, minus the same without the extension; V8 compile ` +
          'time is reported beside it, not in it. "No observer": the 20k page churned ' +
          `${IDLE_CHURN_RUNS} × ${IDLE_CHURN_MS} ms with and without the extension (row "no guide started").`,
        heap:
          'JSHeapUsedSize after two HeapProfiler.collectGarbage, median of loads, minus the same page without the ' +
          "extension. It covers the whole renderer isolate: the page's main world and the content script's isolated " +
          'world (code, Solid, JS wrappers of the DOM nodes it touched); DOM nodes themselves are not in it.',
      },
      problems,
      detail: {
        locate,
        tooltip,
        churnWhileShown: churnShown,
        churnWhileSearching: churnSearching,
        quietPageTooltipShown: quietAndHeap?.quiet ?? null,
        idle: { loads: idleLoads, churn: idleChurn },
        heap: { tooltipOnHome: heapHome, tooltipOn20kPage: quietAndHeap?.heap ?? null },
      },
    };
  } finally {
    await ext?.close();
    await plain.close();
  }
}

try {
  const report = await run();
  console.log(json ? JSON.stringify(report) : printReport(report));
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
