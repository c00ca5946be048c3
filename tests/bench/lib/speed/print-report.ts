// The speed benchmark's human-readable output: the headline table against the budgets, then
// the details that explain a figure (per target, per signal, floors, per-frame split, methods).
import type { ChurnComparison, ChurnRun } from './churn-cost';
import { headlineTable, table, type SpeedReport } from './report';
import type { Summary } from './stats';

const ms = (s: Summary, key: keyof Summary = 'p50') =>
  Number.isNaN(s[key]) ? 'n/a' : s[key].toFixed(s[key] < 10 ? 3 : 1);

function middle(runs: readonly ChurnRun[], key: 'taskMsPerFrame' | 'frames'): number {
  return [...runs].sort((x, y) => x[key] - y[key])[Math.floor(runs.length / 2)]?.[key] ?? NaN;
}

function churnRow(label: string, c: ChurnComparison | null): string[] {
  if (!c) return [label, 'n/a', '', '', '', '', ''];
  return [
    label,
    middle(c.withExtension, 'taskMsPerFrame').toFixed(2),
    middle(c.withoutExtension, 'taskMsPerFrame').toFixed(2),
    c.addedTaskMsPerFrame.toFixed(2),
    c.addedScriptMsPerFrame.toFixed(2),
    c.addedLayoutMsPerFrame.toFixed(2),
    `${middle(c.withExtension, 'frames')} / ${middle(c.withoutExtension, 'frames')} in ${c.durationMs / 1000} s`,
  ];
}

export function printReport(report: SpeedReport): string {
  const { detail, environment } = report;
  const { locate, tooltip, heap, idle } = detail;
  const browser = /Chrome\/[\d.]+/.exec(environment.userAgent)?.[0] ?? 'Chromium';
  const failed = tooltip.failures.length
    ? `, ${tooltip.failures.length} failed: ${[...new Set(tooltip.failures)].join('; ')}`
    : '';
  const quiet = detail.quietPageTooltipShown;
  return [
    `Coup de pouce — speed, ${browser} headless, ${environment.cores} cores, ` +
      `${environment.elements} elements on the webmail page, ${environment.runSeconds} s`,
    '',
    headlineTable(report, report.baseline),
    '',
    'Baselines: locate → one document.querySelector(first css signal); tooltip → the next frame without the',
    'extension (target laid out); per frame, idle script, heap → the same page without the extension (0).',
    ...(report.problems.length ? ['', 'Not measured:', ...report.problems.map((p) => `- ${p}`)] : []),
    '',
    `locate on the 20k page, ms (page clock ${environment.pageClockResolutionUs} µs)`,
    table(
      ['target', 'result', 'p50', 'p95', 'max', 'after layout change p50', 'querySelector p50', 'one signal alone p50'],
      Object.entries(locate.webmail.targets).map(([name, t]) => [
        name,
        t.result,
        ms(t.locate),
        ms(t.locate, 'p95'),
        ms(t.locate, 'max'),
        ms(t.afterLayoutChange),
        ms(t.querySelector),
        t.perSignal.map((s) => `${s.signal.split(' ')[0]} ${s.p50.toFixed(2)}`).join(', '),
      ]),
    ),
    `all targets after an unrelated layout change: p50 ${ms(locate.webmail.allAfterLayoutChange)}, ` +
      `p95 ${ms(locate.webmail.allAfterLayoutChange, 'p95')}`,
    '',
    'locate on the CAF replicas (guide step targets present on the page), ms',
    table(
      ['page', 'step', 'result', 'p50', 'p95', 'max', 'querySelector p50'],
      locate.replicas.targets.map((t) => [
        new URL(t.url).pathname + new URL(t.url).search,
        t.step,
        t.result,
        ms(t.locate),
        ms(t.locate, 'p95'),
        ms(t.locate, 'max'),
        ms(t.querySelector),
      ]),
    ),
    `all replica targets: p50 ${ms(locate.replicas.all)}, p95 ${ms(locate.replicas.all, 'p95')}, ` +
      `max ${ms(locate.replicas.all, 'max')}`,
    `longest call per pass: locate ${locate.longestCall.locatePerPass.join(' / ')}, ` +
      `querySelector ${locate.longestCall.querySelectorPerPass.join(' / ')}`,
    '',
    `target present → tooltip on the 20k page (${tooltip.trials} trials${failed}), ms`,
    table(
      ['', 'p50', 'p90', 'max'],
      (
        [
          ['tooltip laid out (painted in that frame)', tooltip.tooltipShown],
          ['tooltip node in the shadow root', tooltip.tooltipInDom],
          ['first animation frame, with the extension', tooltip.firstFrame],
          ['floor: next animation frame, no extension', tooltip.floor.nextFrame],
          ['floor: target laid out, no extension', tooltip.floor.targetLaidOut],
        ] as const
      ).map(([label, s]) => [label, ms(s), ms(s, 'p90'), ms(s, 'max')]),
    ),
    '',
    'main-thread time per frame while the page churns (medians, thread CPU time), ms',
    table(
      ['situation', 'task with', 'task without', 'added task', 'added script', 'added layout', 'frames with / without'],
      [
        churnRow('tooltip shown (the budget)', detail.churnWhileShown),
        churnRow('coach still searching (target absent)', detail.churnWhileSearching),
        churnRow('no guide started', idle.churn),
      ],
    ),
    quiet
      ? `quiet 20k page with the tooltip shown: ${quiet.withExtension.taskMsPerS.toFixed(1)} ms of main thread per ` +
        `second (script ${quiet.withExtension.scriptMsPerS.toFixed(1)}), ${quiet.withoutExtension.taskMsPerS.toFixed(1)} ` +
        `without the extension: ≈ ${((quiet.withExtension.taskMsPerS - quiet.withoutExtension.taskMsPerS) / 60).toFixed(2)} ` +
        'ms per frame at 60 Hz, as the element is checked every frame even when nothing changes'
      : 'quiet 20k page with the tooltip shown: n/a',
    '',
    `page load with no guide (${idle.loads.loads} loads each): script +${idle.loads.addedScriptMs.toFixed(2)} ms, ` +
      `compile +${idle.loads.addedCompileMs.toFixed(2)} ms, JS heap +${idle.loads.addedHeapMB.toFixed(2)} MB`,
    `JS heap with the tooltip shown: CAF home ${heap.tooltipOnHome ? `+${heap.tooltipOnHome.addedHeapMB.toFixed(2)} MB` : 'n/a'}` +
      (heap.tooltipOn20kPage
        ? `; 20k page ${heap.tooltipOn20kPage.withExtensionMB.toFixed(2)} MB vs ` +
          `${heap.tooltipOn20kPage.withoutExtensionMB.toFixed(2)} MB without the extension`
        : ''),
    '',
    'Methods:',
    ...Object.entries(report.methods).map(([k, v]) => `- ${k}: ${v}`),
  ].join('\n');
}
