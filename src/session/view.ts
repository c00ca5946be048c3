// What the coach should show on a given page for a given session: the current step if it
// belongs to this page, or a note that it happens elsewhere, or the end of the guide.
import type { Guide, Step } from '../guide';
import { matchAnyUrlPattern } from '../shared/url-pattern';
import type { SessionState } from './machine';

export type PageView =
  | { kind: 'step'; step: Step; index: number; total: number }
  | { kind: 'elsewhere'; step: Step; index: number; total: number }
  | { kind: 'finished'; total: number };

export function viewFor(guide: Guide, state: SessionState, href: string): PageView {
  const total = guide.steps.length;
  if (state.status === 'finished') return { kind: 'finished', total };
  const index = Math.min(state.stepIndex, total - 1);
  const step = guide.steps[index];
  if (!step) return { kind: 'finished', total };
  return { kind: matchAnyUrlPattern(step.page, href) ? 'step' : 'elsewhere', step, index, total };
}
