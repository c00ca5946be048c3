// What the learner reads before a secret is sent to the wrong site: one plain warning per kind of
// secret, more serious on an imitation of a public service, in the learner's language (the words
// are in locales/*.yml, `secrets.*`). Built by the background, so the page script carries no text.
import type { Risk } from '../guide';
import type { TextKey } from '../i18n';
import type { SecretKind } from './detect';

/** Most serious first: when a form holds several secrets, the dialog names the first. */
export const SECRET_ORDER: readonly SecretKind[] = ['password', 'card', 'code', 'nir', 'iban'];

/** A string of the learner's table, placeholders filled. */
export type Say = (key: TextKey, values?: Readonly<Record<string, string>>) => string;

const WHAT: Record<SecretKind, TextKey> = {
  nir: 'secrets.nir',
  iban: 'secrets.iban',
  card: 'secrets.card',
  code: 'secrets.code',
  password: 'secrets.password',
};

const checks = (say: Say, prefix: 'codeCheck' | 'imitationCheck' | 'unofficialCheck') =>
  ([1, 2, 3] as const).map((n) => say(`secrets.${prefix}${n}`));

/** The dialog's content for the most serious kind in `kinds` (at least one). `codeFor`: how the
 * learner reads the genuine site that asked for a one-time code minutes ago. */
export function secretRisk(kinds: readonly SecretKind[], imitation: boolean, say: Say, codeFor?: string): Risk {
  if (codeFor !== undefined && kinds.includes('code')) {
    return {
      level: 'danger',
      why: `${say(WHAT.code)} ${say('secrets.codeFor', { site: codeFor })}`,
      check: checks(say, 'codeCheck'),
    };
  }
  const kind = SECRET_ORDER.find((k) => kinds.includes(k)) ?? 'password';
  if (imitation)
    return {
      level: 'danger',
      why: `${say(WHAT[kind])} ${say('secrets.imitation')}`,
      check: checks(say, 'imitationCheck'),
    };
  return {
    level: 'caution',
    why: `${say(WHAT[kind])} ${say('secrets.unofficial')}`,
    check: checks(say, 'unofficialCheck'),
  };
}

/** The dialog for each kind the page watches (the page picks with `pickSecretRisk`). */
export function secretRisks(
  kinds: readonly SecretKind[],
  imitation: boolean,
  say: Say,
  codeFor?: string,
): Partial<Record<SecretKind, Risk>> {
  return Object.fromEntries(kinds.map((kind) => [kind, secretRisk([kind], imitation, say, codeFor)]));
}

/** In the page: the dialog for a form holding `kinds` — the code's when another site asked for
 * one, else the most serious kind's. */
export function pickSecretRisk(
  kinds: readonly SecretKind[],
  risks: Partial<Record<SecretKind, Risk>>,
  codeAsked: boolean,
): Risk | undefined {
  const kind = codeAsked && kinds.includes('code') ? 'code' : SECRET_ORDER.find((k) => kinds.includes(k));
  return kind && risks[kind];
}
