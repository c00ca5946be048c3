// The counsellor's session report, as data: for each guide run, its steps with their time, where
// help was asked (the popup's button, and the coach's own « stuck » and « Je ne trouve pas »
// records), and the warnings shown with the learner's choice. Pure: the page renders it.
import type { Guide, RiskRule } from '../guide';
import type { JournalEvent, WarningChoice } from './journal';
import type { Level } from './machine';

/** What the report needs of a « Je ne trouve pas » / stuck record (src/storage's Diagnostic). */
export interface HelpRecord {
  at: number;
  guideId: string;
  stepId: string;
  reason: 'missing' | 'ambiguous' | 'hidden' | 'stuck' | 'help-asked';
}

export type HelpSource = 'button' | HelpRecord['reason'];

export interface ReportStep {
  stepId: string;
  /** 1-based position in the guide. */
  number: number;
  say: string;
  ms: number;
  outcome: 'done' | 'skipped';
}

export interface ReportHelp {
  at: number;
  source: HelpSource;
  /** The step's words, when the help was asked on a step of the guide. */
  stepSay?: string;
  stepNumber?: number;
}

export interface ReportWarning {
  at: number;
  kind: 'risk' | 'site';
  /** The risky step's words, or the service the address imitated (its id). */
  about: string;
  choice: WarningChoice;
}

export interface ReportRun {
  guideId: string;
  title: string;
  level: Level;
  startedAt: number;
  endedAt?: number;
  end?: 'finished' | 'quit';
  totalSteps: number;
  steps: ReportStep[];
  helps: ReportHelp[];
  warnings: ReportWarning[];
}

export interface SessionReport {
  runs: ReportRun[];
  /** Help asked or warnings shown before any guide was started. */
  outside: { helps: ReportHelp[]; warnings: ReportWarning[] };
}

export function buildReport(
  events: readonly JournalEvent[],
  records: readonly HelpRecord[],
  guides: readonly Pick<Guide, 'id' | 'title' | 'steps'>[],
  rules: readonly Pick<RiskRule, 'id' | 'risk'>[] = [],
): SessionReport {
  const byId = new Map(guides.map((g) => [g.id, g]));
  const ruleWhy = new Map(rules.map((rule) => [rule.id, rule.risk.why]));
  const report: SessionReport = { runs: [], outside: { helps: [], warnings: [] } };
  const stepOf = (guideId: string | undefined, stepId: string | undefined) => {
    const guide = guideId ? byId.get(guideId) : undefined;
    const index = guide && stepId ? guide.steps.findIndex((s) => s.id === stepId) : -1;
    return guide && index >= 0 ? { say: guide.steps[index]!.say, number: index + 1 } : undefined;
  };
  const helpOf = (at: number, source: HelpSource, guideId?: string, stepId?: string): ReportHelp => {
    const step = stepOf(guideId, stepId);
    return { at, source, ...(step ? { stepSay: step.say, stepNumber: step.number } : {}) };
  };
  const sorted = [...events].sort((a, b) => a.at - b.at);
  let run: ReportRun | undefined;
  const target = () => run ?? report.outside;
  for (const event of sorted) {
    switch (event.kind) {
      case 'start': {
        const guide = byId.get(event.guideId);
        run = {
          guideId: event.guideId,
          title: guide?.title ?? event.guideId,
          level: event.level,
          startedAt: event.at,
          totalSteps: guide?.steps.length ?? 0,
          steps: [],
          helps: [],
          warnings: [],
        };
        report.runs.push(run);
        break;
      }
      case 'step': {
        if (!run || run.guideId !== event.guideId) break;
        const step = stepOf(event.guideId, event.stepId);
        run.steps.push({
          stepId: event.stepId,
          number: step?.number ?? run.steps.length + 1,
          say: step?.say ?? event.stepId,
          ms: event.ms,
          outcome: event.outcome,
        });
        break;
      }
      case 'help':
        target().helps.push(helpOf(event.at, 'button', event.guideId, event.stepId));
        break;
      case 'risk':
        target().warnings.push({
          at: event.at,
          kind: 'risk',
          about: stepOf(event.guideId, event.stepId)?.say ?? event.stepId,
          choice: event.choice,
        });
        break;
      case 'rule':
        target().warnings.push({
          at: event.at,
          kind: 'risk',
          about: ruleWhy.get(event.ruleId) ?? event.ruleId,
          choice: event.choice,
        });
        break;
      case 'site-warning': {
        const warnings = target().warnings;
        // The choice made on a warning replaces its « shown » line.
        const shown = warnings.findLastIndex(
          (w) => w.kind === 'site' && w.about === event.service && w.choice === 'shown',
        );
        const line: ReportWarning = { at: event.at, kind: 'site', about: event.service, choice: event.choice };
        if (event.choice !== 'shown' && shown !== -1) warnings[shown] = { ...line, at: warnings[shown]!.at };
        else warnings.push(line);
        break;
      }
      case 'end':
        if (run && run.guideId === event.guideId && run.end === undefined) {
          run.end = event.how;
          run.endedAt = event.at;
        }
        break;
    }
  }
  // The coach's own help records go to the run of their guide that was going on at that time.
  for (const record of [...records].sort((a, b) => a.at - b.at)) {
    const owner = [...report.runs]
      .reverse()
      .find((r) => r.guideId === record.guideId && r.startedAt <= record.at && (r.endedAt ?? Infinity) >= record.at);
    if (owner) owner.helps.push(helpOf(record.at, record.reason, record.guideId, record.stepId));
  }
  for (const r of report.runs) r.helps.sort((a, b) => a.at - b.at);
  return report;
}
