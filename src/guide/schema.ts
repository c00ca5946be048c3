// The guide file's schema (YAML side), one zod source for validation and for the editor's JSON
// Schema. Every field carries .describe(): it feeds autocompletion and the "expected" half of errors.
import { z } from 'zod';
import { EVIDENCE_GRADES, LANDMARKS, RISK_LEVELS, ROLES } from './types';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ATTRIBUTE_NAME = /^(?:name|itemprop|type|value|title|alt|data-[a-z0-9-]+|aria-[a-z]+)$/;
/** A concrete https host, then an optional path/query where `*` is a wildcard. */
export const URL_PATTERN = /^https:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?][^\s#]*)?$/;

const text = (description: string, max = 300) => z.string().trim().min(1).max(max).describe(description);

const variants = (description: string) =>
  z
    .union([text(description, 120), z.array(text(description, 120)).min(1).max(6)])
    .describe(`${description} One text, or a list of variants (French first, then English).`);

const urlPattern = z
  .string()
  .regex(URL_PATTERN, {
    error: 'a full https:// URL on a named host, where * stands for any characters (e.g. "https://www.caf.fr/*")',
  })
  .describe('A page address: a full https:// URL on a named host; * stands for any characters.');

const urlPatterns = z
  .union([urlPattern, z.array(urlPattern).min(1).max(10)])
  .describe('One page address pattern, or a list of them.');

export const SignalSchema = z
  .strictObject({
    css: z
      .union([z.string().trim().min(1).max(300), z.array(z.string().trim().min(1).max(300)).min(1).max(6)])
      .optional()
      .describe(
        'A CSS selector, or a list of selectors that all mean this element. Prefer ids, names and custom element tags to classes.',
      ),
    role: z.enum(ROLES).optional().describe('The ARIA role of the element; give its accessible name in "name".'),
    name: variants('The accessible name that goes with "role".').optional(),
    label: variants('The text of the label of a form field.').optional(),
    placeholder: variants('The placeholder text of a form field.').optional(),
    text: variants('The visible text of the element.').optional(),
    id: z.string().trim().min(1).max(120).optional().describe("The element's id attribute."),
    attr: z
      .record(
        z.string().regex(ATTRIBUTE_NAME, {
          error: 'an attribute among name, itemprop, type, value, title, alt, data-*, aria-*',
        }),
        z.string().max(200).describe('The exact value of the attribute.'),
      )
      .optional()
      .describe('Stable attributes that must all match, e.g. { name: nir } or { data-testid: consent-continue }.'),
    href: z
      .string()
      .regex(/^\/\S*$/, { error: 'a path starting with "/", where * stands for any characters' })
      .max(300)
      .optional()
      .describe('The path (and query) a link points to, host ignored; * stands for any characters.'),
    tag: z
      .string()
      .regex(/^[a-z][a-z0-9]*-[a-z0-9-]*$/, { error: 'a custom element tag with a dash, e.g. app-mfa' })
      .optional()
      .describe('A custom element tag name, such as app-mfa or pe-cookies.'),
  })
  .describe(
    'One signal that recognises the element: css, role + name, label, placeholder, text, id, attr, href or tag.',
  );

export const ScopeSchema = z
  .strictObject({
    landmark: z
      .enum(LANDMARKS)
      .optional()
      .describe('Look only inside this landmark (navigation, main, form, dialog…).'),
    name: variants('The accessible name of the landmark, when there are several.').optional(),
    heading: variants('Look only in the section that starts at this heading.').optional(),
    any: z.array(SignalSchema).min(1).max(8).optional().describe('Look only inside the element these signals find.'),
  })
  .describe("Where to look: a landmark, a heading's section, or inside another element (exactly one).");

export const ContextSchema = z
  .strictObject({
    landmark: z
      .enum(LANDMARKS)
      .optional()
      .describe('The landmark the element sits in (main, navigation, dialog…): a leader found elsewhere is refused.'),
    heading: variants('The nearest heading above the element: breaks ties between equal candidates.').optional(),
    near: variants('Text right next to the element (its row, card or fieldset): breaks ties.').optional(),
  })
  .describe(
    'Soft context, written by guides:suggest: where the element sits. Unlike "within" it does not limit the search; it breaks ties and refuses a leader found in another landmark.',
  );

export const TargetSchema = z
  .strictObject({
    any: z
      .array(SignalSchema)
      .min(1)
      .max(8)
      .describe('Several signals for the same element; the locator scores them together.'),
    within: ScopeSchema.optional(),
    context: ContextSchema.optional(),
    nth: z
      .int()
      .min(1)
      .max(20)
      .optional()
      .describe('Last resort: when several elements match equally, take this one (1 = first in the page).'),
  })
  .describe('The element this step points at, recognised by several signals.');

const SIMPLE_DONE_FIELDS = {
  click: z.literal('target').optional().describe('Done when the learner clicks the target.'),
  submit: z.literal('target').optional().describe('Done when the form that holds the target is sent.'),
  input: z
    .strictObject({
      pattern: z
        .string()
        .min(1)
        .max(200)
        .optional()
        .describe('A regular expression the value must match (checked in the page, never stored).'),
      practice: z
        .string()
        .min(1)
        .max(100)
        .optional()
        .describe('A plainly fictitious value that practice runs and tests type here.'),
    })
    .optional()
    .describe('Done when the learner has filled the target field (matching "pattern" if given).'),
  choose: z
    .strictObject({
      value: z.string().min(1).max(100).optional().describe('The value of the radio button or list option to choose.'),
      checked: z.boolean().optional().describe('For a checkbox: true when it must be ticked, false when it must not.'),
    })
    .optional()
    .describe(
      'Done when the learner chooses inside the target: a radio or list option with this value, or a checkbox state.',
    ),
  url: urlPatterns.optional().describe('Done when the page address matches.'),
  visible: TargetSchema.optional().describe('Done when this element appears.'),
  gone: TargetSchema.optional().describe('Done when this element is no longer shown.'),
  text: variants('Done when an element with this text appears (e.g. « Message envoyé »).').optional(),
};

export const SimpleDoneSchema = z
  .strictObject(SIMPLE_DONE_FIELDS)
  .describe('One completion condition: exactly one of click, submit, input, choose, url, visible, gone, text.');

export const DoneSchema = z
  .strictObject({
    ...SIMPLE_DONE_FIELDS,
    any: z.array(SimpleDoneSchema).min(2).max(6).optional().describe('Done when any of these conditions holds.'),
    all: z.array(SimpleDoneSchema).min(2).max(6).optional().describe('Done when all of these conditions hold.'),
  })
  .describe('When the step is done: exactly one condition, or any / all of several.');

const CONDITION_FIELDS = {
  url: SIMPLE_DONE_FIELDS.url.describe('Holds when the page address matches.'),
  visible: TargetSchema.optional().describe('Holds when this element is shown.'),
  gone: TargetSchema.optional().describe('Holds when this element is not shown.'),
  text: variants('Holds when an element with this text is shown.').optional(),
};

export const SimpleConditionSchema = z
  .strictObject(CONDITION_FIELDS)
  .describe('One page condition: exactly one of url, visible, gone, text.');

export const ConditionSchema = z
  .strictObject({
    ...CONDITION_FIELDS,
    any: z.array(SimpleConditionSchema).min(2).max(6).optional().describe('Holds when any of these holds.'),
    all: z.array(SimpleConditionSchema).min(2).max(6).optional().describe('Holds when all of these hold.'),
  })
  .describe('What the page shows: an address (url), an element (visible / gone) or a text; or any / all of them.');

export const RiskSchema = z
  .strictObject({
    level: z.enum(RISK_LEVELS).describe('How serious the action is.'),
    why: text('What will happen, in plain French.'),
    check: z
      .array(text('One thing to check before going on, in plain French.', 200))
      .min(1)
      .max(5)
      .optional()
      .describe('What the learner should check first (e.g. « Vérifiez les montants »).'),
  })
  .describe(
    'This step is a risky action: the learner is warned first; a click or a form sent is held until they confirm.',
  );

/** `2026-11-30` is a day of the calendar; `2026-13-45` or `2026-02-30` is not. */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return true; // the regex reports that one
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const EvidenceSchema = z
  .strictObject({
    grade: z
      .enum(EVIDENCE_GRADES)
      .describe(
        'confirmed: an independent source or a live check names this element; partial: the page is confirmed, this element is not; inferred: written from a description.',
      ),
    source: text(
      'What shows it: repository @ commit, file and line, or "live check". Required when confirmed.',
      300,
    ).optional(),
    on: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a date written YYYY-MM-DD' })
      .refine(isCalendarDate, { error: 'a real date written YYYY-MM-DD (month 01-12, a day that month has)' })
      .optional()
      .describe('When the source was read or the live check ran (YYYY-MM-DD).'),
  })
  .describe("How far this step's element is known on the real site, and from what.");

export const StepSchema = z
  .strictObject({
    id: z
      .string()
      .regex(SLUG, { error: 'a kebab-case id such as "saisir-numero"' })
      .describe('A short kebab-case id, unique in the guide.'),
    page: z.strictObject({ url: urlPatterns }).describe('The page(s) where this step happens.'),
    target: TargetSchema.optional(),
    say: text('What the coach says, in plain French: short sentences, one idea each, vouvoiement.', 400),
    done: DoneSchema,
    risk: RiskSchema.optional(),
    optional: z
      .boolean()
      .optional()
      .describe('The learner may skip this step (« Passer cette étape »); resync may pass over it.'),
    when: ConditionSchema.optional().describe(
      'This step happens only when the page shows this (a message, a banner, an address); otherwise it is skipped.',
    ),
    next: z
      .string()
      .regex(SLUG, { error: 'the id of a later step of this guide, or "end"' })
      .optional()
      .describe('After this step, go to this later step (its id), or "end" to finish the guide.'),
    evidence: EvidenceSchema.optional().describe(
      "How far this step's element is known on the real site (absent: inferred). Counsellors see the totals; learners never do.",
    ),
  })
  .describe('One step of the procedure.');

export const UseSchema = z
  .strictObject({
    use: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error: 'a guide id: <site>/<procedure>, e.g. caf/se-connecter',
      })
      .describe('Include all the steps of another guide here (e.g. caf/se-connecter), written once.'),
  })
  .describe('Include the steps of another guide at this place.');

export const InterruptionSchema = StepSchema.describe(
  'A step that may interrupt the guide on any page it matches (cookie banner, captcha, pop-up); it needs "when". After it, the guide goes on where it was.',
);

export const GuideSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path to guide.schema.json, for editors.'),
    title: text('The title of the procedure, in plain French.', 120),
    summary: text('One sentence: what the procedure is for, in plain French.', 300),
    site: z
      .string()
      .regex(SLUG, { error: 'a kebab-case site name, the folder of the guide (e.g. "caf")' })
      .describe('The site this guide belongs to; must be the name of its folder under guides/.'),
    start: z
      .url({ protocol: /^https$/, error: 'a full https:// URL' })
      .describe("The address where the guide starts; must match the first step's page."),
    verified: z
      .strictObject({
        on: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a date written YYYY-MM-DD' })
          .describe('The date the guide was last checked against the site (YYYY-MM-DD).'),
        against: text('What it was checked against (replica folder or live site).', 200),
        source: text('The source of the structure used (repository, page, date).', 300),
      })
      .describe('When and against what the guide was last checked.'),
    steps: z
      .array(z.union([StepSchema, UseSchema]))
      .min(1)
      .max(100)
      .describe('The steps, in order; an item { use: <guide id> } includes the steps of another guide.'),
    interruptions: z
      .array(InterruptionSchema)
      .min(1)
      .max(10)
      .optional()
      .describe('Steps that may come up on any matching page, with "when": cookie banner, captcha, pop-up.'),
  })
  .describe('A Coup de pouce guide: one real online procedure, step by step.');

export const RuleSchema = z
  .strictObject({
    id: z
      .string()
      .regex(SLUG, { error: 'a kebab-case id such as "ft-recherche-non"' })
      .describe('A short kebab-case id, unique in the file.'),
    page: z.strictObject({ url: urlPatterns }).describe('The page(s) where this rule applies.'),
    target: TargetSchema.describe('The element the risky action happens in (a button, a group of choices).'),
    on: z
      .strictObject({
        click: SIMPLE_DONE_FIELDS.click.describe('The learner clicks the target.'),
        submit: SIMPLE_DONE_FIELDS.submit.describe('The form that holds the target is sent.'),
        choose: SIMPLE_DONE_FIELDS.choose.describe('The learner chooses this value (or box state) in the target.'),
      })
      .describe('The risky action: exactly one of click, submit, choose.'),
    when: ConditionSchema.optional().describe('Only when the page also shows this.'),
    risk: RiskSchema,
    source: text('Where the risk is described (risk catalogue row, official source).', 300),
  })
  .describe('A built-in risk rule: on these pages, this action is held until the learner confirms.');

export const RulesFileSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path to a JSON Schema, for editors.'),
    rules: z.array(RuleSchema).min(1).max(100).describe('The rules.'),
  })
  .describe('Built-in risk rules, checked on the guided sites even without a guide.');

export type GuideSource = z.infer<typeof GuideSchema>;
export type SignalSource = z.infer<typeof SignalSchema>;
export type ScopeSource = z.infer<typeof ScopeSchema>;
export type ContextSource = z.infer<typeof ContextSchema>;
export type TargetSource = z.infer<typeof TargetSchema>;
export type DoneSource = z.infer<typeof DoneSchema>;
export type SimpleDoneSource = z.infer<typeof SimpleDoneSchema>;
export type ConditionSource = z.infer<typeof ConditionSchema>;
export type StepSource = z.infer<typeof StepSchema>;
export type UseSource = z.infer<typeof UseSchema>;

const RiskTextSchema = z
  .strictObject({
    why: text('What will happen, in this language.'),
    check: z
      .array(text('One thing to check before going on, in this language.', 200))
      .min(1)
      .max(5)
      .optional()
      .describe('The things to check, as many and in the same order as in French.'),
  })
  .describe("The risk's texts in this language (its level stays in the French guide).");

const StepTextSchema = z
  .strictObject({
    say: text('What the coach says, in this language: short sentences, one idea each.', 400),
    risk: RiskTextSchema.optional(),
  })
  .describe("One step's texts in this language. Labels the page shows stay in French, in « ».");

const stepTexts = (description: string) =>
  z
    .record(z.string().regex(SLUG, { error: 'the id of a step of the French guide' }), StepTextSchema)
    .describe(description);

export const GuideTextSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path to a JSON Schema, for editors.'),
    title: text('The title, in this language.', 120).optional(),
    summary: text('The summary, in this language.', 300).optional(),
    steps: stepTexts('Step texts by step id (a step not listed is shown in French, marked).'),
    interruptions: stepTexts('Interruption texts by step id.').optional(),
  })
  .describe('A translation of a guide: guides/<site>/<procedure>.<language>.yaml, French being the source.');

export const RulesTextSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path to a JSON Schema, for editors.'),
    rules: z
      .record(z.string().regex(SLUG, { error: 'the id of a rule of data/risk-rules.yaml' }), RiskTextSchema)
      .describe('Risk texts by rule id.'),
  })
  .describe('A translation of the built-in risk rules: data/risk-rules.<language>.yaml.');

export type GuideTextSource = z.infer<typeof GuideTextSchema>;
export type RulesTextSource = z.infer<typeof RulesTextSchema>;
