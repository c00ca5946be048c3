// The counsellor PIN's hash, exactly as docs/deployment.md tells administrators to compute it:
// PBKDF2 with HMAC-SHA-256, PIN_ITERATIONS iterations, the salt's bytes (base64), 32 bytes out,
// base64. The counsellor's gate (src/counsellor/gate.ts) verifies with it; the PIN itself is never stored.
import type { PolicyPin } from '../counsellor';
import type { Policy } from './schema';

export const PIN_ITERATIONS = 600_000;
const KEY_BYTES = 32;

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The base64 PBKDF2-SHA256 hash of `pin` with the base64 `salt` (WebCrypto, extension pages and worker). */
export async function hashPin(pin: string, salt: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt), iterations: PIN_ITERATIONS },
    key,
    KEY_BYTES * 8,
  );
  return toBase64(new Uint8Array(bits));
}

/** The policy's PIN as the counsellor's gate verifies it (src/counsellor/gate.ts): the record of
 * the documented algorithm, `broken` when the policy names a PIN it cannot give, or none. */
export function policyPinRecord(pin: Policy['counsellorPin']): PolicyPin {
  if (pin === undefined || pin === 'broken') return pin;
  return { salt: pin.salt, hash: pin.hash, iterations: PIN_ITERATIONS };
}
