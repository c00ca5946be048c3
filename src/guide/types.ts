// Shapes of the compiled catalogue: plain JSON that ships in the bundle. Runtime rooms import
// these types only; the YAML parser and zod stay at build time (see ./build.ts).

export const ROLES = [
  'button',
  'link',
  'textbox',
  'searchbox',
  'checkbox',
  'radio',
  'combobox',
  'listbox',
  'option',
  'heading',
  'tab',
  'menuitem',
  'dialog',
  'img',
  'group',
  'radiogroup',
] as const;
export type Role = (typeof ROLES)[number];

/** How far a step's element is known on the real site (see guides/README.md, « Evidence »). */
export const EVIDENCE_GRADES = ['confirmed', 'partial', 'inferred'] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

export interface Evidence {
  grade: EvidenceGrade;
  /** Repository @ commit, file:line, or "live check"; always set when confirmed. */
  source?: string;
  /** When the source was read or the live check ran (YYYY-MM-DD). */
  on?: string;
}

export const RISK_LEVELS = ['caution', 'irreversible', 'danger'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Landmarks a target can be scoped to (ARIA landmark roles, plus dialog). */
export const LANDMARKS = [
  'banner',
  'navigation',
  'main',
  'contentinfo',
  'complementary',
  'search',
  'form',
  'dialog',
  'region',
] as const;
export type Landmark = (typeof LANDMARKS)[number];

/** One way to recognise an element. Text-bearing signals list French and English variants. */
export type Signal =
  | { kind: 'css'; css: string }
  | { kind: 'role'; role: Role; name: string[] }
  | { kind: 'label'; label: string[] }
  | { kind: 'placeholder'; placeholder: string[] }
  | { kind: 'text'; text: string[] }
  | { kind: 'id'; id: string }
  /** Stable attributes that must all match: name, itemprop, data-*, aria-*, type, title, alt. */
  | { kind: 'attr'; attr: Record<string, string> }
  /** Path and query of a link's href, `*` as wildcard (the host is ignored). */
  | { kind: 'href'; href: string }
  /** A custom element tag (`app-mfa`, `pe-cookies`). */
  | { kind: 'tag'; tag: string };
export type SignalKind = Signal['kind'];

/** Where to look: inside a landmark, inside the section of a heading, or inside another target. */
export type Scope =
  | { kind: 'landmark'; landmark: Landmark; name?: string[] }
  | { kind: 'heading'; heading: string[] }
  | { kind: 'target'; target: Target };

/** Soft context: where the element sits. It never widens a match; it breaks ties between equal
 * candidates and refuses a leader found outside the target's landmark. */
export interface TargetContext {
  landmark?: Landmark;
  heading?: string[];
  near?: string[];
}

export interface Target {
  any: Signal[];
  within?: Scope;
  context?: TargetContext;
  /** Last resort: when several candidates tie, take this one (1-based, document order). */
  nth?: number;
}

/** One completion condition. Typed values are only tested, in the page, never kept. */
export type SimpleDone =
  | { kind: 'click' }
  /** The form that holds (or is) the target is submitted. */
  | { kind: 'submit' }
  | { kind: 'input'; pattern?: string; practice?: string }
  /** A radio, checkbox or list choice inside the target: `value` chosen, or box `checked`. */
  | { kind: 'choose'; value?: string; checked?: boolean }
  | { kind: 'url'; url: string[] }
  | { kind: 'visible'; target: Target }
  | { kind: 'gone'; target: Target }
  | { kind: 'text'; text: string[] };
export type SimpleDoneKind = SimpleDone['kind'];

/** A step is done by one condition, by any of several, or when all of them hold. */
export type Done = SimpleDone | { kind: 'any'; of: SimpleDone[] } | { kind: 'all'; of: SimpleDone[] };

/** What a page shows, for `when` (conditional steps, interruptions): no learner action in it. */
export type SimpleCondition = Extract<SimpleDone, { kind: 'url' | 'visible' | 'gone' | 'text' }>;
export type Condition =
  SimpleCondition | { kind: 'any'; of: SimpleCondition[] } | { kind: 'all'; of: SimpleCondition[] };

/** The value of `next` that finishes the guide (a step may not be called so). */
export const END = 'end';

export interface Risk {
  level: RiskLevel;
  why: string;
  /** What to check before going on, shown in the confirmation dialog. */
  check?: string[];
  /** Given in a language that has no text for it: this is the French source (marked). */
  french?: true;
  /** Set when a page receives a built-in rule's risk: the rule's id, for the session report. */
  rule?: string;
}

/** Languages a guide's texts may be translated into (French is the source). */
export const TRANSLATIONS = ['en', 'ar'] as const;
export type Translation = (typeof TRANSLATIONS)[number];

/** What the learner is asked to do in a step, for its pictogram (cliquer, écrire, choisir, attendre). */
export type ActionKind = 'click' | 'write' | 'choose' | 'wait';

/** A step's texts in one language (guides/<site>/<name>.<lang>.yaml). */
export interface StepText {
  say: string;
  risk?: { why: string; check?: string[] };
}

/** A guide's texts in one language; a step without one is shown in French, marked. */
export interface GuideText {
  title?: string;
  summary?: string;
  steps: Record<string, StepText>;
}

export interface Step {
  id: string;
  /** URL patterns of the pages this step applies to. */
  page: string[];
  target?: Target;
  say: string;
  done: Done;
  risk?: Risk;
  /** The learner may skip it; resync may pass over it. */
  optional?: true;
  /** The step happens only when the page shows this; otherwise it is skipped. */
  when?: Condition;
  /** After this step: a later step's id, or END. Without it, the following step. */
  next?: string;
  /** How far its element is known on the real site; absent means inferred. Build-time and
   * counsellor data: the page does not need it. */
  evidence?: Evidence;
  /** Set when the guide is given to a page in the learner's language (src/guide/localize.ts). */
  act?: ActionKind;
  /** Set then too: the learner's language has no text for this step; it is the French source. */
  french?: true;
}

export interface Guide {
  id: string;
  title: string;
  summary: string;
  site: string;
  start: string;
  /** Hosts the guide's pages live on (derived from the steps' page patterns). */
  hosts: string[];
  verified: { on: string; against: string; source: string };
  steps: Step[];
  /** Steps that may come up on any page they match (cookie banner, captcha); each has `when`. */
  interruptions?: Step[];
  /** Translations, by language (absent in the guide a page receives: already applied). */
  text?: Partial<Record<Translation, GuideText>>;
  /** Set when given in a language other than French and the title has no translation. */
  frenchTitle?: true;
}

/** A built-in risk rule: on its pages, this action in the target is held until confirmed. */
export interface RiskRule {
  id: string;
  page: string[];
  target: Target;
  on: Extract<SimpleDone, { kind: 'click' | 'submit' | 'choose' }>;
  when?: Condition;
  risk: Risk;
  /** The risk's texts translated, by language (data/risk-rules.<lang>.yaml). */
  text?: Partial<Record<Translation, { why: string; check?: string[] }>>;
}

export interface Catalogue {
  version: 1;
  guides: Guide[];
  /** Built-in risk rules (data/risk-rules.yaml), active on the guided sites even without a guide. */
  rules: RiskRule[];
  /** Every host the coach runs on: the guides' pages and the rules' pages. */
  hosts: string[];
}
