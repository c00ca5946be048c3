// The counsellor's PIN: checked shape (4 to 8 digits), hashed with PBKDF2-SHA256 (WebCrypto) and a
// random salt, verified in constant time. Only the hash record is ever stored, never the PIN.
//
// Stored format (also what an administrator policy may provide, so keep it stable):
//   { "salt": "<base64 of 16 random bytes>",
//     "hash": "<base64 of the 32-byte PBKDF2-HMAC-SHA256 output>",
//     "iterations": <integer, 100000 to 10000000> }
// The PIN's UTF-8 digits are the PBKDF2 password. To make one by hand (Python):
//   base64(hashlib.pbkdf2_hmac('sha256', b'1234', salt, 210000))
// A 4–8 digit PIN is a small space: the hash keeps it unreadable at a glance, the growing delay
// after wrong tries (./lockout.ts) is what slows guessing on the PC.

/** Iterations for a new PIN (OWASP's PBKDF2-SHA256 figure is higher, but each unlock must stay quick on old PCs). */
export const PIN_ITERATIONS = 210_000;
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;
export const HASH_BYTES = 32;

export interface PinRecord {
  salt: string;
  hash: string;
  iterations: number;
}

/** 4 to 8 digits, nothing else. */
export function isValidPin(pin: string): boolean {
  return /^\d{4,8}$/.test(pin);
}

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    const raw = atob(text);
    const bytes = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    HASH_BYTES * 8,
  );
  return new Uint8Array(bits);
}

/** Hashes a new PIN with a fresh random salt. Throws on a PIN that is not 4 to 8 digits. */
export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinRecord> {
  if (!isValidPin(pin)) throw new Error('a PIN is 4 to 8 digits');
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return { salt: toBase64(salt), hash: toBase64(await derive(pin, salt, iterations)), iterations };
}

/** True only when `pin` hashes to the record's hash; false for any malformed record or PIN. */
export async function verifyPin(pin: string, record: PinRecord): Promise<boolean> {
  if (!isValidPin(pin)) return false;
  const salt = fromBase64(record.salt);
  const expected = fromBase64(record.hash);
  if (!salt || !expected || expected.length !== HASH_BYTES) return false;
  if (!Number.isInteger(record.iterations) || record.iterations < MIN_ITERATIONS || record.iterations > MAX_ITERATIONS)
    return false;
  const actual = await derive(pin, salt, record.iterations);
  // Constant time over the whole hash: no early exit on the first different byte.
  let diff = 0;
  for (let i = 0; i < HASH_BYTES; i++) diff |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return diff === 0;
}
