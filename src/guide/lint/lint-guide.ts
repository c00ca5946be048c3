// Lints the French of one guide file: FALC rules on every learner text, glossary words explained
// on first use, the strength of each step's target, and the age of `verified.on`. Pure: file text in, located issues out.
import { isScalar } from 'yaml';
import { readYamlFile, type Located } from '../compile';
import { GuideSchema, type GuideSource, type StepSource } from '../schema';
import { checkText, type TextFinding } from './falc';
import { unexplained, type StepText, type Term } from './glossary';
import { byPlace, type LintIssue } from './issues';
import { weakTargets, weakness } from './target-strength';

/** `verified.on` older than this is a warning: the site may have changed since. */
export const VERIFIED_MAX_DAYS = 180;

export interface GuideLintOptions {
  glossary: readonly Term[];
  /** Today, for the age of `verified.on` (a parameter so tests do not depend on the clock). */
  today: Date;
}

type Path = (string | number)[];

/** Position of `offset` inside the scalar at `path`: the value's text is searched in the source. */
function positionIn(located: Located, source: string, path: Path, value: string, offset: number) {
  const node: unknown = located.doc.getIn(path, true);
  if (isScalar(node) && node.range) {
    const raw = source.slice(node.range[0], node.range[1]);
    const piece = value.slice(offset, offset + 12);
    const at = piece ? raw.indexOf(piece) : -1;
    if (at >= 0) return located.lines.linePos(node.range[0] + at);
  }
  return located.position(path);
}

interface Texts {
  steps: { id: string; texts: StepText[] }[];
  /** Every learner text, and whether it is a step's `say` (the one-action rule applies). */
  all: (StepText & { stepId?: string; say: boolean })[];
}

function collect(guide: GuideSource): Texts {
  const steps: Texts['steps'] = [];
  const all: Texts['all'] = [
    { text: guide.title, path: ['title'], say: false },
    { text: guide.summary, path: ['summary'], say: false },
  ];
  const addStep = (step: StepSource, path: Path) => {
    const texts: StepText[] = [{ text: step.say, path: [...path, 'say'] }];
    if (step.risk) texts.push({ text: step.risk.why, path: [...path, 'risk', 'why'] });
    step.risk?.check?.forEach((text, i) => texts.push({ text, path: [...path, 'risk', 'check', i] }));
    steps.push({ id: step.id, texts });
    texts.forEach((text, i) => all.push({ ...text, stepId: step.id, say: i === 0 }));
  };
  guide.steps.forEach((item, i) => {
    if ('id' in item) addStep(item, ['steps', i]);
  });
  guide.interruptions?.forEach((item, i) => addStep(item, ['interruptions', i]));
  return { steps, all };
}

const where = (path: Path, stepId?: string) =>
  `${stepId ? `step ${stepId}, ` : ''}${
    path.at(-1) === 'say'
      ? 'say'
      : path
          .filter((p) => typeof p === 'string')
          .slice(-2)
          .join('.')
  }`;

/** The FALC, glossary and freshness issues of one guide file; a file that does not compile gives none
 * (its compile errors are reported by the build). */
export function lintGuideText(file: string, source: string, options: GuideLintOptions): LintIssue[] {
  const read = readYamlFile(file, source, GuideSchema, 'title, summary, site, start, verified, steps');
  if (!read.ok) return [];
  const { data: guide, located } = read;
  const issues: LintIssue[] = [];
  const texts = collect(guide);
  for (const text of texts.all) {
    for (const finding of checkText(text.text, text.say)) issues.push(issueAt(located, source, text, finding));
  }
  for (const finding of unexplained(options.glossary, texts.steps)) {
    issues.push({
      file,
      ...positionIn(located, source, finding.text.path, finding.text.text, finding.offset),
      what: `${where(finding.text.path, finding.stepId)}: « ${finding.found} » (glossary: ${finding.term.word}) is used for the first time in this guide without its explanation`,
      expected: `an explanation in this step, e.g. « ${finding.term.explanation} » (accepted wordings: data/glossary.yaml)`,
      rule: 'glossary',
      severity: 'error',
    });
  }
  for (const weak of weakTargets(guide)) {
    issues.push({
      file,
      ...located.position(weak.path),
      what: `step ${weak.stepId}: the target is too weak: ${weakness(weak.families) ?? ''}`,
      expected:
        'at least two independent kinds of signal, one of them words the French page shows (role + name, label, placeholder, text) or an href: css, id and attr are one kind',
      rule: 'target-strength',
      severity: 'error',
    });
  }
  const age = ageInDays(guide.verified.on, options.today);
  if (age !== undefined && age > VERIFIED_MAX_DAYS)
    issues.push({
      file,
      ...located.position(['verified', 'on']),
      what: `verified.on ${guide.verified.on} is ${age} days old`,
      expected: `a check against the site in the last ${VERIFIED_MAX_DAYS} days, then a new date in verified.on`,
      rule: 'verified-age',
      severity: 'warning',
    });
  return issues.sort(byPlace);
}

function issueAt(located: Located, source: string, text: Texts['all'][number], finding: TextFinding): LintIssue {
  return {
    file: located.file,
    ...positionIn(located, source, text.path, text.text, finding.offset),
    what: `${where(text.path, text.stepId)}: ${finding.what}`,
    expected: finding.expected,
    rule: finding.rule,
    severity: 'error',
  };
}

/** Whole days from a YYYY-MM-DD date to `today`; undefined for a malformed date (the compiler says so). */
export function ageInDays(date: string, today: Date): number | undefined {
  const day = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(day)) return undefined;
  const now = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.floor((now - day) / 86_400_000);
}
