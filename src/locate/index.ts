// Finding elements: multi-signal targets, scoring, scopes, shadow roots and frames, watching
// while the page changes, and revealing the element before pointing at it.
export {
  CLOSE_RUNNER_UP,
  describeTried,
  isRendered,
  locate,
  MIN_CONFIDENCE,
  type HiddenReason,
  type LocateOptions,
  type LocateResult,
  type TriedSignal,
} from './locate';
export { accessibleName, roleOf } from './accessible-name';
export { innerRoots, type SearchRoot } from './roots';
export { revealGently } from './reveal';
export { WEIGHTS } from './signals';
export { watchTarget, type WatchOptions } from './watch';
