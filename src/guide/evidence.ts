// Runtime: how much of a guide is known on the real site, from its steps' evidence (absent means
// inferred). Counted over the steps the learner crosses (included guides' steps are already in
// `guide.steps`), not the interruptions. Used by the catalogue table and the counsellor page.
import type { Evidence, Guide } from './types';

export interface EvidenceTally {
  /** Steps of the guide (interruptions not counted). */
  total: number;
  confirmed: number;
  partial: number;
  inferred: number;
  /** The earliest and the latest `on` date of the confirmed steps (YYYY-MM-DD), when any has one. */
  first?: string;
  last?: string;
}

/** A step's evidence, absent meaning inferred. */
export function evidenceOf(step: { evidence?: Evidence }): Evidence {
  return step.evidence ?? { grade: 'inferred' };
}

export function evidenceTally(guide: Pick<Guide, 'steps'>): EvidenceTally {
  const grades = guide.steps.map((step) => evidenceOf(step));
  const dates = grades
    .filter((e) => e.grade === 'confirmed' && e.on !== undefined)
    .map((e) => e.on!)
    .sort();
  const count = (grade: Evidence['grade']) => grades.filter((e) => e.grade === grade).length;
  return {
    total: grades.length,
    confirmed: count('confirmed'),
    partial: count('partial'),
    inferred: count('inferred'),
    ...(dates.length ? { first: dates[0]!, last: dates.at(-1)! } : {}),
  };
}

/** `2026-11-30` as the French write it: `30/11/2026`. */
export function frenchDate(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}
