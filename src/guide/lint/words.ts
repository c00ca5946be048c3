// The word lists behind the FALC rules: action verbs in the vous imperative, their tu forms, and
// the tu pronouns. Lower-case, with accents; extend them here when a guide needs a new verb.

/** At most this many words in one sentence (the FALC rules say about 12, docs/sources.md; 15 leaves room for names). */
export const MAX_WORDS = 15;

/**
 * Imperatives of an action on the page or the computer: each is one thing the learner does.
 * Reading, checking or remembering (Lisez, Relisez, Vérifiez, Retenez, Regardez) are not actions:
 * they go with the one action of the step.
 */
export const ACTION_VERBS = new Set([
  'cliquez',
  'double-cliquez',
  'écrivez',
  'tapez',
  'saisissez',
  'entrez',
  'remplissez',
  'effacez',
  'choisissez',
  'sélectionnez',
  'cochez',
  'décochez',
  'ouvrez',
  'fermez',
  'appuyez',
  'touchez',
  'allez',
  'revenez',
  'retournez',
  'copiez',
  'collez',
  'envoyez',
  'validez',
  'confirmez',
  'téléchargez',
  'imprimez',
  'enregistrez',
  'joignez',
  'ajoutez',
  'supprimez',
  'glissez',
  'déposez',
  'connectez',
  'déconnectez',
  'créez',
  'modifiez',
  'répondez',
  'acceptez',
  'refusez',
  'descendez',
  'montez',
]);

/**
 * The one allowed second action: coming back (« Puis revenez sur l'onglet de la Caf. ») after
 * doing something elsewhere. The coach waits for the learner's return, so going and coming back
 * is one step. Only these verbs, and only right after « Puis » or « Ensuite ».
 */
export const RETURN_VERBS = new Set(['revenez', 'retournez']);
export const RETURN_LEADS = new Set(['puis', 'ensuite']);

/**
 * Tu-form imperatives. Most are also the il/elle form (« La Caf vérifie », « la page s'ouvre »), so
 * they are only errors as the first word of a sentence (after an optional « Puis », « Ensuite »,
 * « Maintenant » or « Alors »), where they can only be an order. « Entre », « Note », « Copie »
 * are left out: at the head of a sentence they are as often a preposition or a noun.
 */
export const TU_IMPERATIVES = new Set([
  'clique',
  'double-clique',
  'écris',
  'tape',
  'saisis',
  'remplis',
  'efface',
  'choisis',
  'sélectionne',
  'coche',
  'décoche',
  'ouvre',
  'ferme',
  'appuie',
  'touche',
  'va',
  'viens',
  'reviens',
  'retourne',
  'colle',
  'envoie',
  'valide',
  'confirme',
  'télécharge',
  'imprime',
  'enregistre',
  'joins',
  'ajoute',
  'supprime',
  'glisse',
  'dépose',
  'crée',
  'modifie',
  'réponds',
  'accepte',
  'refuse',
  'descends',
  'lis',
  'relis',
  'retiens',
  'vérifie',
  'regarde',
  'fais',
  'attends',
  'mets',
  'prends',
  'garde',
]);
export const SENTENCE_LEADS = new Set(['puis', 'ensuite', 'maintenant', 'alors']);

/** Pronouns and possessives of tutoiement; « t' » is matched as an elision (« t'aider »). */
export const TU_WORDS = new Set(['tu', 'toi', 'te', 'ton', 'ta', 'tes']);
