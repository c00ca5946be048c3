// The look room: what the overlay looks like for this learner (language, direction, text size,
// contrast, pictograms, reading aloud), built by the background. The overlay imports its type only.
export { buildLook } from './build';
export { createLookSource, POLICY_WAIT_MS, type LearnerLook, type LookSource, type LookSourcePorts } from './source';
export { overlayCss } from './css';
export { ACTION_ICONS, SPEAKER_ICON } from './icons';
export type { Look, OverlayKey } from './types';
