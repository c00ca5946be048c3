// Look-alike letters folded to the Latin letter they imitate, so that "cаf" (Cyrillic а),
// "imp0ts", "arneli" (rn) or "vvw" compare equal to the names they copy. Small and explicit:
// only letters that look the same in an address bar, from Unicode's confusables for a–z.

const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  г: 'r',
  д: 'd',
  е: 'e',
  һ: 'h',
  і: 'i',
  ј: 'j',
  к: 'k',
  ӏ: 'l',
  м: 'm',
  п: 'n',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  с: 'c',
  ѕ: 's',
  т: 't',
  у: 'y',
  ԝ: 'w',
  х: 'x',
  ԁ: 'd',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  // Latin look-alikes that NFKD leaves alone
  ı: 'i',
  ɑ: 'a',
  ȷ: 'j',
  ɡ: 'g',
  ʟ: 'l',
  ɩ: 'i',
  // Digits that pass for letters
  '0': 'o',
  '1': 'l',
  '5': 's',
};

/** Lower case, accents removed ("Améli" → "ameli"); letters from other scripts kept. */
export function plain(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
}

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);

/** `plain`, then every look-alike letter replaced by the Latin letter it imitates, and so is a
 * digit between two letters ("imp0ts", "ame1i"); numbers ("2025", "gouv1") stay numbers. */
export function foldLetters(text: string): string {
  const chars = [...plain(text)];
  let out = '';
  chars.forEach((char, i) => {
    const between = isLetter(chars[i - 1]) && isLetter(chars[i + 1]);
    const number = isDigit(char) && !between;
    out += number ? char : (LOOKALIKES[char] ?? char);
  });
  return out;
}

/** `fold`, with every digit that passes for a letter folded, numbers too ("dh1" → "dhl"): for
 * a whole label compared with a name. */
export function foldAll(text: string): string {
  let out = '';
  for (const char of plain(text)) out += LOOKALIKES[char] ?? char;
  return out.replaceAll('rn', 'm').replaceAll('vv', 'w');
}

/** `foldLetters`, then letter pairs that read as one letter: "rn" → "m", "vv" → "w". */
export function fold(text: string): string {
  return foldLetters(text).replaceAll('rn', 'm').replaceAll('vv', 'w');
}

/** True when the text holds a letter outside a–z, 0–9 and the hyphen (an IDN label, once decoded). */
export function hasForeignLetters(text: string): boolean {
  return /[^a-z0-9-]/.test(text.toLowerCase());
}
