// Secrets on the wrong site: a password, NIR, IBAN, card number or one-time code about to be sent
// to a site that is not on the official list for that kind. Page side (guard, detect, explain)
// and background side (policy). The background imports ./policy directly (it brings tldts).
export { guardSecrets, watchCodeAsk, type SecretsGuardOptions } from './guard';
export {
  asksForCode,
  isCardNumber,
  isIban,
  isSecretKind,
  nirShape,
  secretIn,
  SECRET_KINDS,
  type FieldInfo,
  type SecretKind,
} from './detect';
export { pickSecretRisk, secretRisk, secretRisks, SECRET_ORDER, type Say } from './explain';
export {
  ALL_SITES,
  createSecretsSync,
  SECRETS_SCRIPT,
  SECRETS_SCRIPT_ID,
  type RegisteredScript,
  type ScriptingPort,
} from './registration';
