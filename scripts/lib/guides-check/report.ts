// What `guides:check` prints: the counts and every step's detail (with its evidence grade and
// source) as one JSON object (--json), or a table per guide with each step's grade and the signals
// that matched. Pure functions over the step reports.
import type { StepReport, StepResult } from './replay';

export interface CheckReport {
  guides: number;
  /** Walks: each guide on the default replicas and on each variant of its sites. */
  walks: number;
  steps: number;
  found: number;
  ambiguous: number;
  missing: number;
  notReached: number;
  skipped: number;
  detail: StepReport[];
}

export function summarize(guides: number, detail: StepReport[], walks = guides): CheckReport {
  const count = (result: StepResult) => detail.filter((d) => d.result === result).length;
  return {
    guides,
    walks,
    steps: detail.length,
    found: count('found'),
    ambiguous: count('ambiguous'),
    missing: count('missing'),
    notReached: count('not reached'),
    skipped: count('skipped'),
    detail,
  };
}

/** The check fails when a step is missing or ambiguous (a step not reached follows a missing one). */
export const failed = (report: CheckReport) => report.missing + report.ambiguous > 0;

/** A found step: the signals that matched (`css #nir ×1, label "Numéro…" ×1`); any other step:
 * every signal with its count, so the one that broke shows as ×0. */
export function signalSummary(report: StepReport): string {
  const shown = report.result === 'found' ? report.signals.filter((s) => s.matches > 0) : report.signals;
  return shown.length ? shown.map((s) => `${s.signal} ×${s.matches}`).join(', ') : 'no signal matched';
}

export function formatTable(report: CheckReport): string {
  const lines: string[] = [];
  const byGuide = new Map<string, StepReport[]>();
  for (const step of report.detail) {
    const walk = step.variant ? `${step.guide} (variant ${step.variant})` : step.guide;
    byGuide.set(walk, [...(byGuide.get(walk) ?? []), step]);
  }
  const width = Math.max(4, ...report.detail.map((d) => d.step.length));
  for (const [guide, steps] of byGuide) {
    const ok = steps.filter((s) => s.result === 'found').length;
    const graded = (grade: string) => steps.filter((s) => s.evidence.grade === grade).length;
    const partial = graded('partial');
    lines.push(
      `${guide}: ${ok}/${steps.length} steps found; evidence: ${graded('confirmed')}/${steps.length} confirmed` +
        `${partial ? ` (+${partial} partial)` : ''}`,
    );
    for (const step of steps) {
      const signals = step.signals.length ? `  ${signalSummary(step)}` : '';
      const note = step.note ? `  (${step.note})` : '';
      lines.push(
        `  ${step.result.padEnd(11)} ${step.step.padEnd(width)} ${step.evidence.grade.padEnd(9)}${signals}${note}`,
      );
    }
    lines.push('');
  }
  lines.push(
    `guides: ${report.guides}, walks: ${report.walks}, steps: ${report.steps}, found: ${report.found}, ambiguous: ${report.ambiguous}, ` +
      `missing: ${report.missing}, not reached: ${report.notReached}, skipped: ${report.skipped}`,
  );
  return lines.join('\n');
}
