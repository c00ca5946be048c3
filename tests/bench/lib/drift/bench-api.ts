// The contract between the drift benchmark's Node side and its page side: what Node asks the
// page through window.__cdpBench, and what comes back. Plain JSON both ways (page.evaluate).
import type { Condition, Target } from '../../../../src/guide';
import type { InsertedKind } from './dom';
import type { OperatorName } from './mutations';

/** same: the element the step pointed at before the change; wrong: another one; missing: none. */
export type Outcome = 'same' | 'wrong' | 'missing';

export interface ElementSummary {
  /** `tag#id.class…` */
  brief: string;
  /** Visible text or value, trimmed to 60 characters. */
  text: string;
  /** Up to four ancestors, outermost first. */
  path: string;
  /** Set when the mutation operator inserted this element. */
  inserted?: InsertedKind;
}

export interface SideResult {
  outcome: Outcome;
  /** The locator's status ('found', 'missing', 'ambiguous', 'hidden', or 'error'); for the
   * baseline 'found' or 'none'. */
  status: string;
  found?: ElementSummary;
  /** Why it was not found: the locator's tried signals, hidden reason, tie count or error. */
  detail?: string;
}

export interface RunRequest {
  target: Target;
  /** The step's first CSS signal: the baseline, and how the truth is identified before mutating. */
  css: string;
  needsClick: boolean;
  /** 'none' checks the unmutated snapshot. */
  operator: OperatorName | 'none';
  seed: number;
}

export type RunResult =
  | { ok: false; error: string }
  | {
      ok: true;
      /** What the operator changed; empty when it did not apply to this target. */
      changes: string[];
      truth: ElementSummary;
      /** False when the operator broke its promise to keep the truth visible (a bench bug). */
      truthVisible: boolean;
      locator?: SideResult;
      baseline?: SideResult;
    };

export interface BenchApi {
  /** Whether the selector's first match is a visible element (the baseline's rule). */
  baselineVisible(css: string): boolean;
  /** The live document as HTML, without scripts, with form state written into attributes. */
  snapshot(): { html: string; shadowHosts: number };
  /** Whether the page shows a conditional step's condition now (the coach's own check). */
  conditionHolds(condition: Condition): boolean;
  run(request: RunRequest): RunResult;
}

declare global {
  interface Window {
    __cdpBench?: BenchApi;
  }
}
