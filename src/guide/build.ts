// The guide language, build side (Node only): parse, validate, compile, JSON Schema, Vite plugin.
// Never imported by extension code; runtime rooms use ./index.ts.
export {
  buildCatalogue,
  guidedMatchPatterns,
  listGuideFiles,
  listTranslationFiles,
  RULES_FILE,
  type CatalogueResult,
} from './catalogue';
export { attachGuideTexts, compileGuideText, compileRulesText, translationOf } from './translations';
export {
  compileGuide,
  compileGuides,
  compileRules,
  describeValue,
  guideIdFromPath,
  Located,
  readYamlFile,
  type CompileAllResult,
  type CompileResult,
} from './compile';
export { formatGuideError, type GuideError } from './errors';
export {
  checkGuidedHosts,
  GUIDED_HOSTS_FILE,
  loadGuidedHosts,
  officialHostJudge,
  type GuidedHosts,
} from './guided-hosts';
export { guideJsonSchema } from './json-schema';
export { guideCataloguePlugin } from './vite-plugin';
