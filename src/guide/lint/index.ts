// The guide linter (build side, Node only): FALC rules on the learner's French, glossary words
// explained on first use, canonical formatting and freshness, on top of compiling every guide.
// Entered by scripts/guides-lint.ts and the unit tests; never imported by extension code.
export { checkCanonical, canonicalForm } from './canonical';
export {
  actionVerbs,
  checkOneAction,
  checkSentenceLength,
  checkText,
  checkVouvoiement,
  type TextFinding,
} from './falc';
export { GLOSSARY_FILE, readGlossary, unexplained, type Term } from './glossary';
export { formatLintIssue, LINT_RULES, type LintIssue, type LintRule, type Severity } from './issues';
export { ageInDays, lintGuideText, VERIFIED_MAX_DAYS, type GuideLintOptions } from './lint-guide';
export { lintProject, SCHEMA_FILE, type FolderLint } from './lint-folder';
export { sentences, withoutLabels, type Sentence, type Token } from './sentences';
export { ACTION_VERBS, MAX_WORDS, RETURN_VERBS, TU_IMPERATIVES, TU_WORDS } from './words';
