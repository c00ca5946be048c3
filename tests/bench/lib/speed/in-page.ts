// The speed benchmark's code that runs inside the page (bundled by ./page-harness.ts with the
// real locator): timing loops for locate and querySelector, the target insertion whose tooltip
// is timed, and the page churn. Times are the page's own performance.now().
import { locate } from '../../../../src/locate';
import type { Target } from '../../../../src/guide';

/** Lets other tasks (GC, the coach, rendering) run between timed calls, as in real use. */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Waits until the page is idle and two frames have passed. */
async function settle(): Promise<void> {
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
  await nextFrame();
  await nextFrame();
}

/** An element far from the targets whose size changes, so that the next layout query is not free. */
function dirtyLayout(i: number): void {
  const victim = document.querySelector('tbody > tr:nth-child(3) td:nth-child(3)') ?? document.body;
  (victim as HTMLElement).style.paddingLeft = `${4 + (i % 2)}px`;
}

interface Timed {
  samples: number[];
  result: string;
}

async function timeLocate(
  target: Target,
  options: { iterations: number; warmup: number; needsClick: boolean; dirty: boolean },
): Promise<Timed> {
  const samples: number[] = [];
  let result = '';
  for (let i = 0; i < options.warmup + options.iterations; i++) {
    if (options.dirty) dirtyLayout(i);
    const t0 = performance.now();
    const found = locate(target, document, { needsClick: options.needsClick });
    const t1 = performance.now();
    if (i >= options.warmup) samples.push(t1 - t0);
    result = found.status === 'found' ? `found (score ${found.score.toFixed(2)})` : found.status;
    await nextTask();
  }
  return { samples, result };
}

async function timeQuery(css: string, options: { iterations: number; warmup: number }): Promise<Timed> {
  const samples: number[] = [];
  let found: Element | null = null;
  for (let i = 0; i < options.warmup + options.iterations; i++) {
    const t0 = performance.now();
    found = document.querySelector(css);
    const t1 = performance.now();
    if (i >= options.warmup) samples.push(t1 - t0);
    await nextTask();
  }
  return { samples, result: found ? 'found' : 'missing' };
}

/** The coach's overlay root, handed over by the benchmark through the DevTools protocol. */
function coachShadow(): ShadowRoot | undefined {
  return (window as unknown as { __benchShadow?: ShadowRoot }).__benchShadow;
}

export interface InsertTiming {
  /** Next animation frame callback after the insertion. */
  rafMs: number;
  /** Next rendering update (layout done, about to paint) after the insertion, seen by a ResizeObserver on the target. */
  targetLaidOutMs: number;
  /** The coach's tooltip element exists in its shadow root. */
  tooltipInDomMs?: number;
  /** The tooltip is laid out with a non-empty box (ResizeObserver on it: the frame that paints it). */
  tooltipShownMs?: number;
  say?: string;
  timedOut: boolean;
}

/**
 * Inserts the CAF « Mon Compte » entry into #bench-slot and times what follows. With `coach`,
 * also waits for the coach's tooltip (through the shadow root handed over beforehand).
 */
function insertTarget(options: { coach: boolean; timeoutMs: number }): Promise<InsertTiming> {
  const slot = document.getElementById('bench-slot');
  if (!slot) throw new Error('no #bench-slot on this page');
  const item = document.createElement('li');
  item.className = 'is-disconnected';
  const link = document.createElement('a');
  link.href = '/redirect/s/Redirect?page=monCompte';
  link.textContent = 'Mon Compte';
  item.append(link);
  const shadow = coachShadow();
  if (options.coach && !shadow) throw new Error('the coach overlay root was not handed over');

  return new Promise((resolve) => {
    const timing: Partial<InsertTiming> = {};
    let t0 = 0;
    const observers: { disconnect(): void }[] = [];
    const finish = (timedOut: boolean) => {
      observers.forEach((o) => o.disconnect());
      clearTimeout(timer);
      resolve({ rafMs: NaN, targetLaidOutMs: NaN, ...timing, timedOut });
    };
    const maybeDone = () => {
      const frameDone = timing.rafMs !== undefined && timing.targetLaidOutMs !== undefined;
      if (frameDone && (!options.coach || timing.tooltipShownMs !== undefined)) finish(false);
    };
    const timer = setTimeout(() => finish(true), options.timeoutMs);

    const laidOut = new ResizeObserver((entries) => {
      if (timing.targetLaidOutMs === undefined && entries.some((e) => e.contentRect.width > 0)) {
        timing.targetLaidOutMs = performance.now() - t0;
        maybeDone();
      }
    });
    observers.push(laidOut);
    if (options.coach && shadow) {
      const shown = new ResizeObserver((entries) => {
        if (timing.tooltipShownMs === undefined && entries.some((e) => e.contentRect.width > 0)) {
          timing.tooltipShownMs = performance.now() - t0;
          timing.say = shadow.querySelector('[data-cdp="tooltip"] [data-cdp="say"]')?.textContent?.trim() ?? '';
          maybeDone();
        }
      });
      observers.push(shown);
      const watchTooltip = () => {
        const card = shadow.querySelector('[data-cdp="tooltip"]');
        if (card && timing.tooltipInDomMs === undefined) {
          timing.tooltipInDomMs = performance.now() - t0;
          shown.observe(card);
        }
      };
      const inDom = new MutationObserver(watchTooltip);
      inDom.observe(shadow, { childList: true, subtree: true });
      observers.push(inDom);
    }

    t0 = performance.now();
    slot.append(item);
    laidOut.observe(link);
    requestAnimationFrame(() => {
      timing.rafMs = performance.now() - t0;
      maybeDone();
    });
  });
}

function removeTarget(): void {
  document.querySelectorAll('#bench-slot > li').forEach((li) => li.remove());
}

export interface ChurnResult {
  frames: number;
  mutations: number;
  elapsedMs: number;
}

/**
 * Mutates the page at `perSecond` for `durationMs`, far from any target: one mutation in ten
 * rewrites the text of a folder's unread count, the others set aria-busy or data-seen on thread
 * rows. Text inside the 800-row table is left alone: relaying that table out costs 20–40 ms a
 * frame, and a page that cannot keep its frames would hide what the coach adds to each frame.
 * Runs from a 2 ms timer, so mutations arrive in many small tasks, as on a live site. Counts
 * animation frames meanwhile.
 */
async function churn(options: { perSecond: number; durationMs: number }): Promise<ChurnResult> {
  const rows = [...(document.querySelector('tbody') ?? document.body).querySelectorAll('*')];
  const counts = [...document.querySelectorAll('nav a[aria-label]')].map((link) => {
    const box = link.closest('[data-tooltip]')?.lastElementChild ?? link;
    return box.firstChild instanceof Text ? box.firstChild : box.appendChild(document.createTextNode(''));
  });
  if (rows.length === 0) rows.push(document.body);
  if (counts.length === 0) counts.push(document.body.appendChild(document.createTextNode('')));
  let frames = 0;
  let counting = true;
  const count = () => {
    frames++;
    if (counting) requestAnimationFrame(count);
  };
  requestAnimationFrame(count);
  let mutations = 0;
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      const elapsed = performance.now() - start;
      const due = Math.min(Math.round((elapsed * options.perSecond) / 1000), mutations + options.perSecond / 50);
      for (; mutations < due; mutations++) {
        if (mutations % 10 === 0) counts[(mutations / 10) % counts.length]!.data = String(mutations % 97);
        else if (mutations % 2 === 0)
          rows[(mutations * 7919) % rows.length]!.setAttribute('aria-busy', String(mutations % 3 === 0));
        else rows[(mutations * 104_729) % rows.length]!.setAttribute('data-seen', String(mutations));
      }
      if (elapsed >= options.durationMs) {
        clearInterval(tick);
        resolve();
      }
    }, 2);
  });
  counting = false;
  return { frames, mutations, elapsedMs: performance.now() - start };
}

const api = {
  settle,
  timeLocate,
  timeQuery,
  insertTarget,
  removeTarget,
  churn,
  elementCount: () => document.getElementsByTagName('*').length,
  exists: (css: string) => document.querySelector(css) !== null,
  isolated: () => crossOriginIsolated,
};
export type BenchApi = typeof api;

Object.assign(window as unknown as Record<string, unknown>, { __bench: api, __cdpLocate: locate });
