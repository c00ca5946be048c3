// Counsellor mode (the médiateur's side): the PIN that guards the counsellor page and its growing
// wait after wrong tries, the session link and its QR code. Pure logic and WebCrypto only; the
// storage of the PIN record is src/storage's, the pages are src/ui's.
export { hashPin, isValidPin, verifyPin, PIN_ITERATIONS, MIN_ITERATIONS, MAX_ITERATIONS, type PinRecord } from './pin';
export { afterFailure, afterSuccess, delayAfter, waitLeft, UNLOCKED, FREE_TRIES, type LockState } from './lockout';
export { buildSessionLink, parseSessionLink, LINK_KEY, type LinkReading } from './link';
export { qrDrawing, type QrDrawing } from './qr';
