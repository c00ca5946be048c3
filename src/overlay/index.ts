// What the learner sees on the page: the tooltip, the highlight and the calm panel.
export { mountOverlay, type Overlay } from './mount';
export type { OverlayAction, OverlayView, StepInfo } from './view';
export { mountQuestion } from './question';
export { setLook } from './look';
