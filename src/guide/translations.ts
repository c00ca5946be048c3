// Build-time: guide translations (guides/<site>/<procedure>.<lang>.yaml) and risk-rule
// translations (data/risk-rules.<lang>.yaml), checked against the compiled French source with
// located errors. A translated step is whole: its say, and its risk's why and checks if it has one.
import { readYamlFile, type Located } from './compile';
import type { GuideError } from './errors';
import { GuideTextSchema, RulesTextSchema } from './schema';
import {
  TRANSLATIONS,
  type Guide,
  type GuideText,
  type RiskRule,
  type Step,
  type StepText,
  type Translation,
} from './types';

type Path = readonly (string | number)[];

const LANGUAGE_SUFFIX = /^(.*)\.([a-z]{2,3})\.ya?ml$/;

/** `guides/caf/x.en.yaml` → the source file and the language; undefined for a source file.
 * An unknown language is reported by the caller (see `translationTarget`). */
export function translationOf(file: string): { source: string; language: string } | undefined {
  const match = LANGUAGE_SUFFIX.exec(file.replaceAll('\\', '/'));
  return match?.[1] && match[2] ? { source: `${match[1]}.yaml`, language: match[2] } : undefined;
}

function isTranslation(language: string): language is Translation {
  return (TRANSLATIONS as readonly string[]).includes(language);
}

/** A problem with the file as a whole (its name, its French source), placed on its first line. */
function fileError(file: string, what: string, expected: string): { ok: false; errors: GuideError[] } {
  return { ok: false, errors: [{ file, line: 1, col: 1, what, expected }] };
}

/** The labels a text quotes in « » (what the page shows, kept in French in every language). */
function labels(text: string): Set<string> {
  return new Set([...text.matchAll(/«\s*([^»]+?)\s*»/g)].map((match) => match[1] ?? ''));
}

/** A translation quotes exactly the French text's labels: one lost or one the French no longer
 * has means a wrong or stale translation (the learner would look for a label that is not there). */
function checkLabels(located: Located, french: string, translated: string, path: Path): void {
  const want = labels(french);
  const have = labels(translated);
  const missing = [...want].filter((label) => !have.has(label));
  const extra = [...have].filter((label) => !want.has(label));
  if (missing.length || extra.length)
    located.add(
      path,
      missing.length
        ? `the French text quotes « ${missing.join(' », « ')} », this translation does not`
        : `this translation quotes « ${extra.join(' », « ')} », the French text does not (changed since?)`,
      `the labels of the French text, in French and in « »: ${want.size ? `« ${[...want].join(' », « ')} »` : 'none'}`,
    );
}

/** Checks one step's translation against its French step. */
function checkStep(located: Located, text: StepText, step: Step, path: Path): void {
  checkLabels(located, step.say, text.say, [...path, 'say']);
  if (step.risk && text.risk) checkLabels(located, step.risk.why, text.risk.why, [...path, 'risk', 'why']);
  if (!step.risk && text.risk) {
    located.add([...path, 'risk'], `step "${step.id}" has no risk in French`, 'only "say" for this step', true);
  } else if (step.risk && !text.risk) {
    located.add(path, `step "${step.id}" has a risk in French but not here`, 'a "risk" with "why" (and "check")', true);
  } else if (step.risk && text.risk) {
    const french = step.risk.check?.length ?? 0;
    const here = text.risk.check?.length ?? 0;
    if (french !== here)
      located.add(
        [...path, 'risk', 'check'],
        `${here} thing(s) to check here, ${french} in French`,
        `${french} item(s) in "check", in the French order`,
        here > 0,
      );
  }
}

export type GuideTextResult =
  { ok: true; language: Translation; guideId: string; text: GuideText } | { ok: false; errors: GuideError[] };

/** Reads one guide translation against its compiled guide (`guides` by id). */
export function compileGuideText(
  file: string,
  yamlText: string,
  guides: ReadonlyMap<string, Guide>,
  guideIdOf: (sourceFile: string) => string | undefined,
): GuideTextResult {
  const at = (what: string, expected: string) => fileError(file, what, expected);
  const parts = translationOf(file);
  if (!parts) return at(`"${file}" is not a translation file name`, 'guides/<site>/<procedure>.<language>.yaml');
  if (!isTranslation(parts.language))
    return at(`unknown language "${parts.language}" in the file name`, `one of: ${TRANSLATIONS.join(', ')}`);
  const guideId = guideIdOf(parts.source);
  const guide = guideId ? guides.get(guideId) : undefined;
  if (!guideId || !guide) return at(`no guide ${parts.source} for this translation`, 'the French guide next to it');
  const read = readYamlFile(file, yamlText, GuideTextSchema, 'title, summary, steps, interruptions');
  if (!read.ok) return read;
  const { located, data } = read;
  const own = (
    list: readonly Step[] | undefined,
    field: 'steps' | 'interruptions',
    texts: Record<string, StepText>,
  ) => {
    const byId = new Map((list ?? []).map((step) => [step.id, step]));
    for (const [id, text] of Object.entries(texts)) {
      const step = byId.get(id);
      if (!step)
        located.add(
          [field, id],
          `"${id}" is not ${field === 'steps' ? 'a step' : 'an interruption'} of ${guideId}`,
          byId.size ? `one of: ${[...byId.keys()].join(', ')}` : `no "${field}" here`,
          true,
        );
      else checkStep(located, text, step, [field, id]);
    }
  };
  own(guide.steps, 'steps', data.steps);
  own(guide.interruptions, 'interruptions', data.interruptions ?? {});
  if (located.errors.length) return { ok: false, errors: located.errors };
  return {
    ok: true,
    language: parts.language,
    guideId,
    text: {
      ...(data.title ? { title: data.title } : {}),
      ...(data.summary ? { summary: data.summary } : {}),
      steps: { ...data.steps, ...data.interruptions },
    },
  };
}

/**
 * Gives each guide its translations. A step's text comes from its guide's own translation file,
 * else from any translation of the same step (same id and same French `say`) in another file:
 * the steps a guide includes (`use: caf/se-connecter`) are translated once, in their own file.
 */
export function attachGuideTexts(
  guides: readonly Guide[],
  texts: readonly { guideId: string; language: Translation; text: GuideText }[],
): Guide[] {
  const frenchSay = new Map<string, string>();
  for (const guide of guides)
    for (const step of [...guide.steps, ...(guide.interruptions ?? [])])
      frenchSay.set(`${guide.id}#${step.id}`, step.say);
  const shared = new Map<string, StepText>();
  for (const { guideId, language, text } of texts)
    for (const [id, stepText] of Object.entries(text.steps)) {
      const say = frenchSay.get(`${guideId}#${id}`);
      if (say !== undefined) shared.set(`${language}\u0000${id}\u0000${say}`, stepText);
    }
  return guides.map((guide) => {
    const byLanguage: Partial<Record<Translation, GuideText>> = {};
    for (const language of TRANSLATIONS) {
      const own = texts.find((t) => t.guideId === guide.id && t.language === language)?.text;
      const steps: Record<string, StepText> = {};
      for (const step of [...guide.steps, ...(guide.interruptions ?? [])]) {
        const text = own?.steps[step.id] ?? shared.get(`${language}\u0000${step.id}\u0000${step.say}`);
        if (text) steps[step.id] = text;
      }
      if (own || Object.keys(steps).length)
        byLanguage[language] = {
          ...(own?.title ? { title: own.title } : {}),
          ...(own?.summary ? { summary: own.summary } : {}),
          steps,
        };
    }
    return Object.keys(byLanguage).length ? { ...guide, text: byLanguage } : guide;
  });
}

export type RulesTextResult =
  | { ok: true; language: Translation; texts: Record<string, { why: string; check?: string[] }> }
  | { ok: false; errors: GuideError[] };

/** Reads one risk-rules translation against the compiled rules. */
export function compileRulesText(file: string, yamlText: string, rules: readonly RiskRule[]): RulesTextResult {
  const parts = translationOf(file);
  if (!parts || !isTranslation(parts.language))
    return fileError(file, `unknown language in "${file}"`, `one of: ${TRANSLATIONS.join(', ')}`);
  const read = readYamlFile(file, yamlText, RulesTextSchema, 'rules');
  if (!read.ok) return read;
  const { located, data } = read;
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  for (const [id, text] of Object.entries(data.rules)) {
    const rule = byId.get(id);
    if (!rule)
      located.add(
        ['rules', id],
        `"${id}" is not a rule of the French file`,
        `one of: ${[...byId.keys()].join(', ')}`,
        true,
      );
    else {
      checkLabels(located, rule.risk.why, text.why, ['rules', id, 'why']);
      const french = rule.risk.check?.length ?? 0;
      const here = text.check?.length ?? 0;
      if (french !== here)
        located.add(
          ['rules', id, 'check'],
          `${here} thing(s) to check here, ${french} in French`,
          `${french} item(s) in "check"`,
          here > 0,
        );
    }
  }
  return located.errors.length
    ? { ok: false, errors: located.errors }
    : { ok: true, language: parts.language, texts: data.rules };
}
