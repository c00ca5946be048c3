// The guide language, runtime side: compiled catalogue types only. Build-time parsing,
// validation and compilation live in ./build.ts so no YAML parser or zod reaches the bundle.
export type {
  ActionKind,
  Catalogue,
  GuideText,
  StepText,
  Translation,
  Condition,
  SimpleCondition,
  Done,
  Evidence,
  EvidenceGrade,
  Guide,
  SimpleDone,
  SimpleDoneKind,
  Landmark,
  Risk,
  RiskRule,
  RiskLevel,
  Role,
  Scope,
  Signal,
  SignalKind,
  Step,
  Target,
  TargetContext,
} from './types';
export { END, EVIDENCE_GRADES, LANDMARKS, RISK_LEVELS, ROLES, TRANSLATIONS } from './types';
export { actionOf, guideWords, localizeGuide, localizeRules } from './localize';
export { evidenceOf, evidenceTally, frenchDate, type EvidenceTally } from './evidence';
