// The speed benchmark's report: its shape (headline figures, baseline, details), the budgets of
// docs/performance.md, and the table of headline figures against them with the baseline beside each.
// A figure over budget is reported, never turned into a failure.
import type { ChurnComparison, QuietRun } from './churn-cost';
import type { LoadComparison } from './load-cost';
import type { LocateFigures } from './locate-speed';
import type { TooltipFigures } from './tooltip-latency';

export interface Headline {
  locateP50Ms: number;
  locateP95Ms: number;
  maxLocateMs: number;
  tooltipAfterTargetP50Ms: number | null;
  tooltipAfterTargetP90Ms: number | null;
  perFrameWhileShownMs: number | null;
  idleScriptMs: number | null;
  heapAddedMB: number | null;
  contentScriptGzipBytes: number;
}

export type Baseline = { [K in keyof Headline]: number | null };

export interface SpeedReport extends Headline {
  baseline: Baseline;
  withinBudget: Record<string, boolean | null>;
  environment: {
    userAgent: string;
    cores: number;
    date: string;
    elements: number;
    pageClockResolutionUs: number;
    runSeconds: number;
  };
  methods: Record<string, string>;
  /** Figures that could not be measured, and why (they are null above). */
  problems: string[];
  detail: {
    locate: LocateFigures;
    tooltip: TooltipFigures;
    churnWhileShown: ChurnComparison | null;
    churnWhileSearching: ChurnComparison | null;
    quietPageTooltipShown: { withExtension: QuietRun; withoutExtension: QuietRun } | null;
    idle: { loads: LoadComparison; churn: ChurnComparison };
    heap: {
      tooltipOnHome: LoadComparison | null;
      tooltipOn20kPage: { withExtensionMB: number; withoutExtensionMB: number } | null;
    };
  };
}

interface Budget {
  key: keyof Headline;
  label: string;
  unit: string;
  limit: number;
  /** `<` for the idle script budget ("less than 1 ms"), `≤` otherwise; maxLocate: "never ≥ 50". */
  op: '≤' | '<';
}

export const BUDGETS: readonly Budget[] = [
  { key: 'locateP50Ms', label: 'locate, 20k page, p50', unit: 'ms', limit: 3, op: '≤' },
  { key: 'locateP95Ms', label: 'locate, 20k page, p95', unit: 'ms', limit: 10, op: '≤' },
  { key: 'maxLocateMs', label: 'locate, longest call', unit: 'ms', limit: 50, op: '<' },
  { key: 'tooltipAfterTargetP50Ms', label: 'target present → tooltip, p50', unit: 'ms', limit: 50, op: '≤' },
  { key: 'tooltipAfterTargetP90Ms', label: 'target present → tooltip, p90', unit: 'ms', limit: 100, op: '≤' },
  { key: 'perFrameWhileShownMs', label: 'added per frame, page churning', unit: 'ms', limit: 1, op: '≤' },
  { key: 'idleScriptMs', label: 'script on load, no active guide', unit: 'ms', limit: 1, op: '<' },
  { key: 'heapAddedMB', label: 'JS heap added, tooltip shown', unit: 'MB', limit: 2, op: '≤' },
  { key: 'contentScriptGzipBytes', label: 'content script, gzip -9', unit: 'B', limit: 20 * 1024, op: '≤' },
];

export function withinBudget(headline: Headline): Record<string, boolean | null> {
  return Object.fromEntries(
    BUDGETS.map(({ key, limit, op }) => {
      const value = headline[key];
      if (value === null || Number.isNaN(value)) return [key, null];
      return [key, op === '<' ? value < limit : value <= limit];
    }),
  );
}

function show(value: number | null, unit: string): string {
  if (value === null || Number.isNaN(value)) return 'n/a';
  const digits = unit === 'B' ? 0 : Math.abs(value) < 10 ? 2 : 1;
  return `${value.toFixed(digits)} ${unit}`;
}

export function headlineTable(headline: Headline, baseline: Baseline): string {
  const ok = withinBudget(headline);
  const rows = BUDGETS.map(({ key, label, unit, limit, op }) => [
    label,
    show(headline[key], unit),
    `${op} ${limit} ${unit}`,
    ok[key] === null ? '?' : ok[key] ? 'OK' : 'OVER',
    show(baseline[key], unit),
  ]);
  return table(['figure', 'value', 'budget', '', 'baseline'], rows);
}

/** A plain text table, left-aligned first column, right-aligned others. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
