// Counsellor mode (the médiateur's side): the PIN that guards the counsellor page and the report,
// its growing wait after wrong tries, the background's gate (tries, creation, short-lived unlock),
// the session link and its QR code. Pure logic and WebCrypto only; storage comes in through ports
// (src/storage), the pages are src/ui's.
export { hashPin, isValidPin, verifyPin, PIN_ITERATIONS, MIN_ITERATIONS, MAX_ITERATIONS, type PinRecord } from './pin';
export {
  afterFailure,
  afterSuccess,
  delayAfter,
  waitLeft,
  UNLOCKED,
  FREE_TRIES,
  FIRST_DELAY_MS,
  type LockState,
} from './lockout';
export {
  buildSessionLink,
  parseSessionLink,
  startedByLearner,
  LINK_KEY,
  type LinkReading,
  type Transition,
} from './link';
export { qrDrawing, type QrDrawing } from './qr';
export {
  createCounsellorGate,
  pinSource,
  unlockLeft,
  UNLOCK_MS,
  type CounsellorGate,
  type CreateOutcome,
  type GatePort,
  type GateStatus,
  type PinSource,
  type PolicyPin,
  type UnlockOutcome,
  type UnlockRecord,
} from './gate';
export { answerGate, isGateRequest, type GateRequest } from './answer';
export { createLinkWatch, type LinkRecord, type LinkWatchPort, type NavigationDetails } from './link-watch';
