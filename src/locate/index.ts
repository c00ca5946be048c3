// Finding elements: multi-signal targets, scoring, and watching while the page changes.
export {
  isRendered,
  locate,
  type HiddenReason,
  type LocateOptions,
  type LocateResult,
  type TriedSignal,
} from './locate';
export { accessibleName, roleOf } from './accessible-name';
export { watchTarget, type WatchOptions } from './watch';
