// The contract between `guides:check` in Node and its probe in the page: Node asks the real
// locator about one step's target through window.__cdpProbe and gets plain JSON back.
import type { Target } from '../../../src/guide';

export interface ProbeSignal {
  /** The signal as text (`css #nir`, `role link "Mon Compte"`), or `within` for the scope. */
  signal: string;
  /** How many elements it matched; -1 when it could not be evaluated. */
  matches: number;
  /** Why it counted or not: 'this element', 'another element', 'no element'… */
  note: string;
}

export interface ProbeResult {
  /** The locator's status: found, missing, ambiguous or hidden (or error when it threw). */
  status: string;
  /** For ambiguous: how many elements tied; for hidden: why; for error: the message. */
  detail?: string;
  signals: ProbeSignal[];
}

export interface ProbeApi {
  locate(target: Target, needsClick: boolean): ProbeResult;
}

declare global {
  interface Window {
    __cdpProbe?: ProbeApi;
  }
}
