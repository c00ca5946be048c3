// Administrator policy: the field-by-field parser, the PIN hash, and where the policy is read.
export {
  DEFAULT_INACTIVITY_MINUTES,
  DEFAULT_POLICY,
  LANGUAGES,
  parsePolicy,
  type Language,
  type ParsedPolicy,
  type Policy,
  type PolicyField,
  type PolicyLevel,
} from './schema';
export { hashPin, PIN_ITERATIONS, policyPinRecord } from './pin';
export { isGuideEnabled } from './guides';
export { readPolicy, TEST_POLICY_KEY, watchPolicy } from './source';
