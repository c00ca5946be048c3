// Turns the drift benchmark's raw runs into figures: per operator and overall, how often the
// locator and the baseline find the same element, a wrong one, or none; plus every wrong case in
// detail. Formats them as a terminal table, as markdown (docs/drift.md) and as one JSON object.
import type { Outcome, RunResult, SideResult } from './bench-api';
import { REAL_OPERATORS, SINGLE_OPERATORS, type OperatorName } from './mutations';
import { REAL_OPERATOR_NOTES } from './real-changes';
import type { Job } from './replay';
import type { Unreachable } from './snapshots';

/** docs/performance.md: drift survival ≥ 97% same element found, 0 wrong elements; issue 14: 0 wrong
 * over every operator, the real-change ones included. */
export const GOAL_SAME = 0.97;
export const GOAL_TEXT = 'goal: ≥ 97% same over the synthetic single-operator mutations, 0 wrong over every operator';

export interface Tally {
  same: number;
  wrong: number;
  missing: number;
  /** Part of `missing`: the locator saw several equal candidates and declined. */
  ambiguous: number;
  n: number;
}

export interface Figures {
  locator: Tally;
  baseline: Tally;
  /** Runs where the operator had nothing to change on the target (not counted in n). */
  notApplicable: number;
}

export interface Case {
  guide: string;
  step: string;
  operator: OperatorName | 'none';
  seed: number;
  changes: string[];
  side: SideResult;
  truth: string;
}

export interface Finished {
  job: Job;
  result: RunResult;
}

export interface Report {
  overall: { same: number; wrong: number; missing: number };
  baseline: { same: number; wrong: number; missing: number };
  goal: { text: string; pass: boolean };
  /** The synthetic single operators together (class-hash … layout-swap). */
  counts: Figures;
  /** The operators that replay changes seen on the real sites together. */
  realCounts: Figures;
  /** Every single and real-change operator, by name. */
  operators: Record<string, Figures>;
  /** Every operator together (combined and decoy-visible included), per guide. */
  guides: Record<string, Figures>;
  combined: Figures;
  decoyVisible: Figures;
  targets: number;
  seeds: number[];
  wrong: Case[];
  baselineWrong: number;
  missing: Case[];
  unreachable: Unreachable[];
  /** Problems on the unmutated snapshot: the locator does not find the baseline's element. */
  unmutated: Case[];
  /** Unmutated snapshots checked (one per reached step target). */
  unmutatedChecked: number;
  /** Runs that could not be measured (truth not found on the replay, operator hid the truth). */
  errors: string[];
  notes: string[];
  chromium: string;
  seconds: number;
}

const emptyTally = (): Tally => ({ same: 0, wrong: 0, missing: 0, ambiguous: 0, n: 0 });
const emptyFigures = (): Figures => ({ locator: emptyTally(), baseline: emptyTally(), notApplicable: 0 });

function count(tally: Tally, side: SideResult): void {
  tally.n++;
  tally[side.outcome satisfies Outcome]++;
  if (side.status === 'ambiguous') tally.ambiguous++;
}

function add(into: Figures, from: Figures): void {
  for (const key of ['same', 'wrong', 'missing', 'ambiguous', 'n'] as const) {
    into.locator[key] += from.locator[key];
    into.baseline[key] += from.baseline[key];
  }
  into.notApplicable += from.notApplicable;
}

function fractions(tally: Tally): { same: number; wrong: number; missing: number } {
  const of = (k: number) => (tally.n ? Number((k / tally.n).toFixed(4)) : 0);
  return { same: of(tally.same), wrong: of(tally.wrong), missing: of(tally.missing) };
}

export function buildReport(
  finished: readonly Finished[],
  context: {
    targets: number;
    seeds: number[];
    unreachable: Unreachable[];
    notes: string[];
    chromium: string;
    seconds: number;
  },
): Report {
  const byOperator = new Map<OperatorName, Figures>();
  const byGuide = new Map<string, Figures>();
  const wrong: Case[] = [];
  const missing: Case[] = [];
  const unmutated: Case[] = [];
  const errors: string[] = [];
  let baselineWrong = 0;
  let unmutatedChecked = 0;
  for (const { job, result } of finished) {
    const where = `${job.snapshot.guideId} ${job.snapshot.stepId} ${job.operator} seed ${job.seed}`;
    if (!result.ok) {
      errors.push(`${where}: ${result.error}`);
      continue;
    }
    const base = { guide: job.snapshot.guideId, step: job.snapshot.stepId, seed: job.seed, changes: result.changes };
    const truth = `${result.truth.brief} "${result.truth.text}"`;
    if (job.operator === 'none') {
      unmutatedChecked++;
      if (result.locator && result.locator.outcome !== 'same')
        unmutated.push({ ...base, operator: 'none', side: result.locator, truth });
      continue;
    }
    const figures = byOperator.get(job.operator) ?? emptyFigures();
    byOperator.set(job.operator, figures);
    const guide = byGuide.get(job.snapshot.guideId) ?? emptyFigures();
    byGuide.set(job.snapshot.guideId, guide);
    if (!result.locator || !result.baseline) {
      figures.notApplicable++;
      guide.notApplicable++;
      continue;
    }
    if (!result.truthVisible)
      errors.push(`${where}: the operator left the truth hidden (${result.changes.join('; ')})`);
    for (const into of [figures, guide]) {
      count(into.locator, result.locator);
      count(into.baseline, result.baseline);
    }
    const kase: Case = { ...base, operator: job.operator, side: result.locator, truth };
    if (result.locator.outcome === 'wrong') wrong.push(kase);
    if (result.locator.outcome === 'missing') missing.push(kase);
    if (result.baseline.outcome === 'wrong') baselineWrong++;
  }
  const operators: Record<string, Figures> = {};
  const counts = emptyFigures();
  const realCounts = emptyFigures();
  for (const [names, total] of [
    [SINGLE_OPERATORS, counts],
    [REAL_OPERATORS, realCounts],
  ] as const) {
    for (const name of names) {
      const figures = byOperator.get(name) ?? emptyFigures();
      operators[name] = figures;
      add(total, figures);
    }
  }
  const guides = Object.fromEntries([...byGuide].sort(([a], [b]) => a.localeCompare(b)));
  const overall = fractions(counts.locator);
  return {
    overall,
    baseline: fractions(counts.baseline),
    goal: { text: GOAL_TEXT, pass: counts.locator.n > 0 && overall.same >= GOAL_SAME && wrong.length === 0 },
    counts,
    realCounts,
    operators,
    guides,
    combined: byOperator.get('combined') ?? emptyFigures(),
    decoyVisible: byOperator.get('decoy-visible') ?? emptyFigures(),
    targets: context.targets,
    seeds: context.seeds,
    wrong,
    baselineWrong,
    missing,
    unreachable: context.unreachable,
    unmutated,
    unmutatedChecked,
    errors,
    notes: context.notes,
    chromium: context.chromium,
    seconds: context.seconds,
  };
}

// ---- formatting ----------------------------------------------------------------------------

const pct = (k: number, n: number) => (n ? `${((100 * k) / n).toFixed(1)}%` : '–');
const cell = (k: number, n: number) => `${pct(k, n)} (${k})`;

function rows(report: Report): string[][] {
  const row = (name: string, f: Figures) => [
    name,
    String(f.locator.n),
    cell(f.locator.same, f.locator.n),
    cell(f.locator.wrong, f.locator.n),
    `${cell(f.locator.missing, f.locator.n)}, ${f.locator.ambiguous} amb.`,
    cell(f.baseline.same, f.baseline.n),
    cell(f.baseline.wrong, f.baseline.n),
    cell(f.baseline.missing, f.baseline.n),
    String(f.notApplicable),
  ];
  const of = (names: readonly string[]) => names.map((name) => row(name, report.operators[name] ?? emptyFigures()));
  return [
    ...of(SINGLE_OPERATORS),
    row('all synthetic single operators', report.counts),
    ...of(REAL_OPERATORS),
    row('all real-change operators', report.realCounts),
    row('combined (2–3 ops)', report.combined),
    row('decoy-visible', report.decoyVisible),
  ];
}

/** Every operator together, per guide: where the wrong answers are. */
function guideRows(report: Report): string[][] {
  return Object.entries(report.guides).map(([guide, f]) => [
    guide,
    String(f.locator.n),
    cell(f.locator.same, f.locator.n),
    cell(f.locator.wrong, f.locator.n),
    `${cell(f.locator.missing, f.locator.n)}, ${f.locator.ambiguous} amb.`,
    cell(f.baseline.same, f.baseline.n),
    cell(f.baseline.wrong, f.baseline.n),
    cell(f.baseline.missing, f.baseline.n),
    String(f.notApplicable),
  ]);
}

const HEADER = [
  'operator',
  'n',
  'locator same',
  'locator wrong',
  'locator missing',
  'baseline same',
  'baseline wrong',
  'baseline missing',
  'n/a',
];

export function goalLine(report: Report): string {
  const c = report.counts;
  return `${report.goal.text} — ${report.goal.pass ? 'PASS' : 'FAIL'} (synthetic: locator ${pct(c.locator.same, c.locator.n)} same, baseline ${pct(c.baseline.same, c.baseline.n)} same; wrong over every operator: locator ${report.wrong.length}, baseline ${report.baselineWrong})`;
}

function describeCase(c: Case): string {
  const found = c.side.found
    ? `found ${c.side.found.brief} "${c.side.found.text}"${c.side.found.inserted ? ` [inserted ${c.side.found.inserted}]` : ''} in ${c.side.found.path || 'body'}${c.side.detail ? ` (${c.side.detail})` : ''}`
    : (c.side.detail ?? c.side.status);
  return `${c.guide} / ${c.step} / ${c.operator} seed ${c.seed}: ${found}; expected ${c.truth}; changes: ${c.changes.join('; ')}`;
}

/** Missing cases grouped by step and operator, with one example of why. */
function missingSummary(report: Report): string[] {
  const groups = new Map<string, Case[]>();
  for (const c of report.missing) {
    const key = `${c.guide} / ${c.step} / ${c.operator}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups].map(([key, cases]) => {
    const first = cases[0]!;
    return `${key}: ${cases.length}× (seeds ${cases.map((c) => c.seed).join(',')}) — e.g. ${first.side.detail ?? first.side.status}; changes: ${first.changes.join('; ')}`;
  });
}

/** One line on the unmutated snapshots, so that a clean run says so rather than staying silent. */
function checksLine(report: Report): string {
  const found = report.unmutatedChecked - report.unmutated.length;
  return `unmutated snapshots: the locator finds the baseline's element on ${found} of ${report.unmutatedChecked}; steps not reached: ${report.unreachable.length}; runs not measured: ${report.errors.length}`;
}

function sections(report: Report): [string, string[]][] {
  return [
    ['Wrong elements found by the locator', report.wrong.map(describeCase)],
    ['Not found by the locator (missing, ambiguous or hidden)', missingSummary(report)],
    [
      'Steps not reached while walking the guides',
      report.unreachable.map((u) => `${u.guideId} / ${u.stepId}: ${u.reason}`),
    ],
    ['Unmutated snapshots where the locator does not find the baseline element', report.unmutated.map(describeCase)],
    ['Runs that could not be measured', report.errors],
    ['Notes', report.notes],
  ];
}

export function formatText(report: Report): string {
  const aligned = (table: string[][]) => {
    const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
    return table.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  };
  const out = [
    `drift: ${report.targets} step targets × ${report.seeds.length} seeds, Chromium ${report.chromium}, ${report.seconds.toFixed(0)} s`,
    '',
    ...aligned([HEADER, ...rows(report)]),
    '',
    'per guide, every operator:',
    ...aligned([['guide', ...HEADER.slice(1)], ...guideRows(report)]),
    '',
    goalLine(report),
    `baseline (first css selector alone) points at a wrong element ${report.baselineWrong} times in all runs`,
    checksLine(report),
  ];
  for (const [title, items] of sections(report)) {
    if (!items.length) continue;
    out.push('', `${title} (${items.length}):`, ...items.map((i) => `  - ${i}`));
  }
  return out.join('\n');
}

export function formatMarkdown(report: Report, date: string): string {
  const escape = (s: string) => s.replace(/[|<]/g, '\\$&');
  const md = (header: string[], body: string[][]) =>
    [header, header.map(() => '---'), ...body].map((r) => `| ${r.map(escape).join(' | ')} |`);
  const out = [
    '# Drift benchmark: does the locator still find the same element after the page changes?',
    '',
    `Each guide step's replica page is mutated (${SINGLE_OPERATORS.length} synthetic operators, ${REAL_OPERATORS.length} operators that replay changes seen on the real sites, ${report.seeds.length} seeds each) and searched by the locator and by the baseline, the step's first CSS selector alone.`,
    `Produced by \`npm run bench:drift -- --write-docs\` on ${report.targets} step targets, headless Chromium ${report.chromium}.`,
    `Date: ${date}. "same" = the element the CSS selector found before the change; ambiguous counts as missing; n/a = the operator does not apply to the target (not counted).`,
    '',
    ...md(HEADER, rows(report)),
    '',
    goalLine(report),
    '',
    '## Operators that replay real changes',
    '',
    ...REAL_OPERATOR_NOTES.map(([name, text]) => `- \`${name}\`: ${text}`),
    '',
    '## Per guide, every operator',
    '',
    ...md(['guide', ...HEADER.slice(1)], guideRows(report)),
    '',
    checksLine(report),
  ];
  for (const [title, items] of sections(report)) {
    if (!items.length) continue;
    out.push('', `## ${title}`, '', ...items.map((i) => `- ${escape(i)}`));
  }
  return `${out.join('\n')}\n`;
}

export const README_START = '<!-- drift:start (npm run bench:drift -- --write-docs writes this block) -->';
export const README_END = '<!-- drift:end -->';

/** The README's drift block: the totals per family of operators, from the same run as docs/drift.md. */
export function formatReadmeBlock(report: Report, date: string): string {
  const guides = Object.keys(report.guides).length;
  const row = (name: string, f: Figures) => [
    name,
    String(f.locator.n),
    cell(f.locator.same, f.locator.n),
    cell(f.locator.wrong, f.locator.n),
    cell(f.locator.missing, f.locator.n),
    cell(f.baseline.same, f.baseline.n),
    cell(f.baseline.wrong, f.baseline.n),
  ];
  const header = ['drift, every guide step', 'cases', 'same', 'wrong', 'missing', 'first CSS alone: same', 'wrong'];
  const body = [
    row(`${SINGLE_OPERATORS.length} synthetic single operators`, report.counts),
    row(`${REAL_OPERATORS.length} operators replaying real changes`, report.realCounts),
    row('combined (2–3 synthetic operators)', report.combined),
    row('visible identical decoy (ambiguous by design)', report.decoyVisible),
  ];
  const table = [header, header.map(() => '---'), ...body].map((r) => `| ${r.join(' | ')} |`);
  return [
    README_START,
    '',
    `\`npm run bench:drift\` on ${date}: ${report.targets} step targets of ${guides} guides, ${report.seeds.length} seeds per operator, headless Chromium ${report.chromium}. Per operator and per guide: [docs/drift.md](docs/drift.md).`,
    '',
    ...table,
    '',
    goalLine(report),
    '',
    README_END,
  ].join('\n');
}

/** The README with its drift block replaced; an error when the markers are missing. */
export function replaceReadmeBlock(readme: string, block: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} … ${README_END} block`);
  return readme.slice(0, start) + block + readme.slice(end + README_END.length);
}
