// What kind of secret is in a form field, judged on the value in memory at the moment the
// learner sends it: nothing is kept, logged or sent — only the kind leaves this module.
// NIR (key check), IBAN (mod-97), bank card (Luhn), one-time code, password.

export const SECRET_KINDS = ['nir', 'iban', 'card', 'code', 'password'] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

export function isSecretKind(value: unknown): value is SecretKind {
  return (SECRET_KINDS as readonly unknown[]).includes(value);
}

/** Remainder of a long decimal string (as text) divided by `m`, digit by digit. */
function mod(digits: string, m: number): number {
  let rest = 0;
  for (const digit of digits) rest = (rest * 10 + digit.charCodeAt(0) - 48) % m;
  return rest;
}

const compact = (value: string) => value.replace(/[\s.\-\u00a0]/g, '');

/**
 * A French social security number (NIR): sex, year, month, place (Corsica 2A/2B), order, then
 * an optional 2-digit key = 97 − (number mod 97), with 2A → 19 and 2B → 18 for the key
 * (Insee). With its key, the key must match; without it (13 characters), only its shape counts,
 * which is why a caller asks for a hint (the field's label) in that case.
 */
export function nirShape(value: string): 'with-key' | 'without-key' | undefined {
  const text = compact(value).toUpperCase();
  const m = /^([1-478])(\d{2})(0[1-9]|1[0-2]|[2-9]\d)(\d{2}|2A|2B)(\d{6})(\d{2})?$/.exec(text);
  if (!m) return undefined;
  const [, sex, year, month, place, order, key] = m;
  const body = `${sex}${year}${month}${place}${order}`;
  if (key === undefined) return 'without-key';
  const numeric = body.replace('2A', '19').replace('2B', '18');
  return 97 - mod(numeric, 97) === Number(key) ? 'with-key' : undefined;
}

/** An IBAN whose check digits hold (ISO 13616: letters as 10–35, rearranged, mod 97 = 1). */
export function isIban(value: string): boolean {
  const text = compact(value).toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(text)) return false;
  const moved = text.slice(4) + text.slice(0, 4);
  const digits = moved.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  return mod(digits, 97) === 1;
}

/** A payment card number: 13 to 19 digits, a known network's first digits, and the Luhn check. */
export function isCardNumber(value: string): boolean {
  const text = compact(value);
  if (!/^\d{13,19}$/.test(text) || !/^(4|5[1-5]|2[2-7]|3[47]|6)/.test(text)) return false;
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    let digit = text.charCodeAt(text.length - 1 - i) - 48;
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** What a page says about a field: its type, autocomplete, name, id and label texts. */
export interface FieldInfo {
  type: string;
  autocomplete: string;
  /** name, id, placeholder, aria-label and label texts, joined. */
  hints: string;
  value: string;
}

const CODE_HINT = /\b(code|otp|verif|v[ée]rification|one.?time|mfa|2fa|sms)/i;
const NIR_HINT = /(s[ée]cu|\bnir\b|insee|social|vitale)/i;
const CARD_HINT = /(carte|card|\bcb\b|cc-?number|cardnumber)/i;

/** Does this field ask for a one-time code (its autocomplete, name or label says so)? */
export function asksForCode(field: Pick<FieldInfo, 'autocomplete' | 'hints'>): boolean {
  return field.autocomplete.toLowerCase().includes('one-time-code') || CODE_HINT.test(field.hints);
}

/** The kind of secret in one field, or undefined. Most specific first: a NIR is also a long number.
 * `looseCode`: a genuine site asked for a code minutes ago, so any 6 digits count as that code. */
export function secretIn(field: FieldInfo, looseCode = false): SecretKind | undefined {
  const value = field.value.trim();
  if (!value) return undefined;
  const type = field.type.toLowerCase();
  if (type === 'password') return 'password';
  if (type !== 'text' && type !== 'tel' && type !== 'number' && type !== 'search' && type !== '') return undefined;
  const auto = field.autocomplete.toLowerCase();
  const shape = nirShape(value);
  if (shape === 'with-key' || (shape === 'without-key' && NIR_HINT.test(field.hints))) return 'nir';
  if (isIban(value)) return 'iban';
  if (
    isCardNumber(value) &&
    (auto.includes('cc-number') || CARD_HINT.test(field.hints) || compact(value).length === 16)
  )
    return 'card';
  if (/^\d{4,8}$/.test(compact(value)) && (auto.includes('one-time-code') || CODE_HINT.test(field.hints)))
    return 'code';
  if (looseCode && /^\d{6}$/.test(compact(value))) return 'code';
  return undefined;
}
