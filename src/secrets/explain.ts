// What the learner reads before a secret is sent to the wrong site: one plain-French warning per
// kind of secret, more serious on an imitation of a public service. Short sentences, vouvoiement.
import type { Risk } from '../guide';
import type { SecretKind } from './detect';

/** Most serious first: when a form holds several secrets, the dialog names the first. */
export const SECRET_ORDER: readonly SecretKind[] = ['password', 'card', 'code', 'nir', 'iban'];

const WHAT: Record<SecretKind, string> = {
  nir: 'Vous allez donner votre numéro de sécurité sociale à ce site.',
  iban: 'Vous allez donner votre IBAN à ce site. L’IBAN, ce sont les numéros de votre compte en banque.',
  card: 'Vous allez donner votre numéro de carte bancaire à ce site.',
  code: 'Vous allez donner un code secret reçu par SMS ou par e-mail.',
  password: 'Vous allez donner un mot de passe à ce site.',
};

/** The dialog's content for the most serious kind in `kinds` (at least one). `codeFor`: the
 * genuine site that asked for a one-time code minutes ago (« le vrai site de la Caf »). */
export function secretRisk(kinds: readonly SecretKind[], imitation: boolean, codeFor?: string): Risk {
  if (codeFor !== undefined && kinds.includes('code')) {
    return {
      level: 'danger',
      why: `${WHAT.code} Ce code a été demandé par ${codeFor}. Ici, vous n’êtes pas sur ce site.`,
      check: [
        'Tapez ce code seulement sur le site qui l’a demandé.',
        'Ne donnez jamais ce code à un autre site, ni à une personne.',
        'En cas de doute, fermez cette page. Demandez de l’aide.',
      ],
    };
  }
  const kind = SECRET_ORDER.find((k) => kinds.includes(k)) ?? 'password';
  if (imitation) {
    return {
      level: 'danger',
      why: `${WHAT[kind]} Ce site imite un site officiel. Il peut voler vos informations.`,
      check: [
        'Les démarches sur les sites officiels sont gratuites.',
        'Ne donnez jamais un code reçu par SMS à un autre site.',
        'En cas de doute, fermez cette page. Demandez de l’aide.',
      ],
    };
  }
  return {
    level: 'caution',
    why: `${WHAT[kind]} Ce site n’est pas un site officiel.`,
    check: [
      'Regardez l’adresse du site, en haut de l’écran.',
      'Donnez cette information seulement si vous connaissez ce site.',
      'En cas de doute, demandez de l’aide.',
    ],
  };
}
