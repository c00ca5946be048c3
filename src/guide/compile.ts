// Turns one guide file (YAML text) into a compiled Guide, or into located errors. Parsing keeps
// source positions so every schema or semantic problem points at the exact line and column.
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { matchAnyUrlPattern, patternHost } from '../shared/url-pattern';
import { regexRisk } from './regex-safety';
import type { GuideError } from './errors';
import { parse as parseSelector } from 'css-what';
import {
  GuideSchema,
  RulesFileSchema,
  UseSchema,
  type ConditionSource,
  type DoneSource,
  type StepSource,
  type GuideSource,
  type ScopeSource,
  type SignalSource,
  type SimpleDoneSource,
  type TargetSource,
} from './schema';
import {
  END,
  type Condition,
  type Done,
  type Guide,
  type RiskRule,
  type Scope,
  type Signal,
  type SimpleCondition,
  type SimpleDone,
  type Step,
  type Target,
} from './types';

type Path = readonly (string | number)[];
export type CompileResult = { ok: true; guide: Guide } | { ok: false; errors: GuideError[] };

const FILE_PATH = /^(?:.*\/)?guides\/([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$/;

/** The guide id a file path gives (`guides/caf/attestation-paiement.yaml` → `caf/attestation-paiement`). */
export function guideIdFromPath(file: string): string | undefined {
  const match = FILE_PATH.exec(file.replaceAll('\\', '/'));
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** A file being read: its YAML document, and errors placed at the line and column of a path. */
export class Located {
  readonly errors: GuideError[] = [];
  constructor(
    readonly file: string,
    readonly doc: Document,
    readonly lines: LineCounter,
    /** The schema of the whole file (a guide, or the risk rules), for field descriptions. */
    readonly root: z.ZodType = GuideSchema,
  ) {}

  /** Position of the node at `path`, or of its closest existing ancestor. */
  position(path: Path, key = false): { line: number; col: number } {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.nodeAt(path.slice(0, depth), key && depth === path.length);
      const offset = node?.range?.[0];
      if (offset !== undefined) return this.lines.linePos(offset);
    }
    return { line: 1, col: 1 };
  }

  private nodeAt(path: Path, key: boolean): Node | undefined {
    if (path.length === 0) return this.doc.contents ?? undefined;
    if (key) {
      const parent = this.doc.getIn(path.slice(0, -1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1));
        if (pair && isScalar(pair.key)) return pair.key;
      }
      return undefined;
    }
    const node: unknown = this.doc.getIn(path, true);
    return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
  }

  add(path: Path, what: string, expected: string, atKey = false): void {
    this.errors.push({ file: this.file, ...this.position(path, atKey), what, expected });
  }

  /** Position of the character `index` of the text scalar at `path` (plain or quoted). */
  positionIn(path: Path, index: number): { line: number; col: number } {
    const node: unknown = this.doc.getIn(path, true);
    if (!isScalar(node) || !node.range || typeof node.value !== 'string') return this.position(path);
    const before = node.value.slice(0, index);
    let offset = node.range[0] + index;
    if (node.type === 'QUOTE_SINGLE') offset += 1 + (before.match(/'/g)?.length ?? 0);
    else if (node.type === 'QUOTE_DOUBLE') offset += 1 + (before.match(/["\\]/g)?.length ?? 0);
    else if (node.type !== 'PLAIN') return this.position(path);
    return this.lines.linePos(offset);
  }

  /** An error at the character `index` of the text at `path`. */
  addIn(path: Path, index: number, what: string, expected: string): void {
    this.errors.push({ file: this.file, ...this.positionIn(path, index), what, expected });
  }
}

function fieldName(path: Path): string {
  const parts: string[] = [];
  for (const part of path) parts.push(typeof part === 'number' ? `[${part}]` : parts.length ? `.${part}` : part);
  return parts.join('') || 'the guide';
}

/** A value as words for an error message (the text, a list, a map of fields). */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map of fields';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  array: 'a list',
  object: 'a map of fields',
  number: 'a number',
  boolean: 'true or false',
  int: 'a whole number',
};

/** Walks the zod schema along a data path, to find the field's shape and description. */
function schemaAt(path: Path, root: z.ZodType): z.ZodType | undefined {
  let schema: z.ZodType | undefined = root;
  for (const part of path) {
    schema = unwrap(schema);
    if (!schema) return undefined;
    const def = schema._zod.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType };
    if (def.type === 'object' && typeof part === 'string') schema = def.shape?.[part];
    else if (def.type === 'array' && typeof part === 'number') schema = def.element;
    else return undefined;
  }
  return schema;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  for (;;) {
    const def = current?._zod.def as { type: string; innerType?: z.ZodType; options?: z.ZodType[] } | undefined;
    if (!def) return undefined;
    if (def.type === 'optional' && def.innerType) current = def.innerType;
    else if (def.type === 'union' && def.options) {
      // Text-or-list unions: descend into the list branch so paths like name[1] resolve.
      current = def.options.find((o) => (o._zod.def as { type: string }).type === 'array') ?? def.options[0];
      if ((current?._zod.def as { type: string } | undefined)?.type !== 'array') return current;
    } else return current;
  }
}

/** The first description found on the field's schema or the wrappers inside it (optional, union). */
function firstDescription(schema: z.ZodType | undefined): string | undefined {
  for (let current = schema, depth = 0; current && depth < 6; depth++) {
    if (current.description) return current.description;
    const def = current._zod.def as { type: string; innerType?: z.ZodType; options?: z.ZodType[]; element?: z.ZodType };
    current = def.innerType ?? def.options?.[0] ?? def.element;
  }
  return undefined;
}

function describe(path: Path, root: z.ZodType): string {
  return firstDescription(schemaAt(path, root)) ?? '';
}

function reportZodIssue(located: Located, issue: z.core.$ZodIssue, data: unknown): void {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const name = fieldName(path);
  const value = path.reduce<unknown>(
    (v, p) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[p] : undefined),
    data,
  );
  const about = describe(path, located.root);
  switch (issue.code) {
    case 'invalid_type': {
      const wanted = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (value === undefined) {
        located.add(path, `missing field "${name}"`, `${wanted}: ${about}`);
      } else {
        located.add(path, `"${name}" is ${describeValue(value)}`, `${wanted}: ${about}`);
      }
      return;
    }
    case 'unrecognized_keys': {
      const isUse =
        path.length === 2 && path[0] === 'steps' && typeof value === 'object' && value !== null && 'use' in value;
      const parentShape = isUse ? UseSchema : unwrap(schemaAt(path, located.root));
      const known = Object.keys((parentShape?._zod.def as { shape?: object } | undefined)?.shape ?? {}).filter(
        (k) => k !== '$schema',
      );
      for (const key of issue.keys) {
        located.add([...path, key], `unknown field "${key}" in ${name}`, `one of: ${known.join(', ')}`, true);
      }
      return;
    }
    case 'invalid_value':
      located.add(path, `"${name}" is ${describeValue(value)}`, `one of: ${issue.values.map(String).join(', ')}`);
      return;
    case 'too_small':
      if (issue.origin === 'number')
        located.add(
          path,
          `"${name}" is number ${JSON.stringify(value)}`,
          `at least ${String(issue.minimum)}: ${about}`,
        );
      else if (issue.origin === 'array')
        located.add(
          path,
          `"${name}" has ${(value as unknown[]).length} items`,
          `at least ${String(issue.minimum)}: ${about}`,
        );
      else located.add(path, `"${name}" is empty`, `a non-empty text: ${about}`);
      return;
    case 'too_big':
      if (issue.origin === 'number')
        located.add(path, `"${name}" is number ${JSON.stringify(value)}`, `at most ${String(issue.maximum)}: ${about}`);
      else if (issue.origin === 'array')
        located.add(path, `"${name}" has ${(value as unknown[]).length} items`, `at most ${String(issue.maximum)}`);
      else
        located.add(
          path,
          `"${name}" is too long (${String(value).length} characters)`,
          `at most ${String(issue.maximum)} characters`,
        );
      return;
    case 'invalid_union': {
      // A steps item is a step unless it has "use" (an include): report that branch's issues.
      if (path.length === 2 && path[0] === 'steps' && issue.errors.length === 2) {
        const isUse = typeof value === 'object' && value !== null && 'use' in value;
        for (const inner of issue.errors[isUse ? 1 : 0] ?? [])
          reportZodIssue(located, { ...inner, path: [...issue.path, ...inner.path] }, data);
        return;
      }
      // Report the branch that got furthest (e.g. the bad item inside a list of variants).
      const branches = issue.errors.filter((b) => b.length > 0);
      const deepest = branches.sort(
        (a, b) => Math.max(...b.map((i) => i.path.length)) - Math.max(...a.map((i) => i.path.length)),
      )[0];
      if (deepest && deepest.some((i) => i.path.length > 0)) {
        for (const inner of deepest) reportZodIssue(located, { ...inner, path: [...issue.path, ...inner.path] }, data);
        return;
      }
      // Our unions are all "one text or a list of them" (variants, page patterns).
      located.add(path, `"${name}" is ${describeValue(value)}`, `a text or a list of texts: ${about}`);
      return;
    }
    case 'invalid_key': {
      // A record key (an attribute name): the key's own check says what is expected.
      const key = String(issue.path.at(-1) ?? '');
      const inner = issue.issues[0]?.message ?? about;
      located.add(path, `"${key}" is not an attribute a guide may use`, inner, true);
      return;
    }
    case 'invalid_format':
    case 'custom':
    case 'not_multiple_of':
    case 'invalid_element':
      located.add(
        path,
        `"${name}" is ${describeValue(value)}`,
        issue.message.startsWith('Invalid') ? about : issue.message,
      );
      return;
  }
}

const SIGNAL_KINDS = ['css', 'role', 'label', 'placeholder', 'text', 'id', 'attr', 'href', 'tag'] as const;
const SIGNAL_LIST = 'css, role (with name), label, placeholder, text, id, attr, href, tag';

function toList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Checks one CSS selector: not cut by a YAML comment, and valid CSS. */
function checkSelector(located: Located, selector: string, path: Path): boolean {
  // An unquoted "a #b" is read by YAML as "a" plus a comment: the selector is silently cut.
  const node = located.doc.getIn(path, true);
  if (
    isScalar(node) &&
    node.type === 'PLAIN' &&
    typeof node.comment === 'string' &&
    /^\S/.test(node.comment) &&
    !node.commentBefore
  ) {
    located.add(
      path,
      `the CSS selector was cut at " #${node.comment.trim()}": YAML reads " #" as the start of a comment`,
      `the selector in quotes: css: "${selector} #${node.comment.trim()}"`,
    );
    return false;
  }
  try {
    parseSelector(selector);
    return true;
  } catch (error) {
    located.add(
      path,
      `"${selector}" is not a valid CSS selector (${(error as Error).message})`,
      'a CSS selector such as "#nir" or \'a[href*="page=monCompte"]\'',
    );
    return false;
  }
}

function compileSignal(located: Located, source: SignalSource, path: Path): Signal | undefined {
  if (source.name !== undefined && source.role === undefined) {
    located.add([...path, 'name'], '"name" without "role"', 'a "role" next to "name" (e.g. role: button)', true);
    return undefined;
  }
  const kinds = SIGNAL_KINDS.filter((k) => source[k] !== undefined);
  if (kinds.length !== 1) {
    located.add(
      path,
      kinds.length === 0 ? 'a signal with no kind' : `a signal mixing ${kinds.join(' and ')}`,
      `exactly one of: ${SIGNAL_LIST} — write each signal as its own list item`,
    );
    return undefined;
  }
  const kind = kinds[0];
  switch (kind) {
    case 'css': {
      const list = toList(source.css);
      const ok = list.map((css, i) =>
        checkSelector(located, css, Array.isArray(source.css) ? [...path, 'css', i] : [...path, 'css']),
      );
      // A list of selectors is one signal: the CSS selector list matches any of them.
      return ok.every(Boolean) ? { kind, css: list.join(', ') } : undefined;
    }
    case 'role':
      if (source.name === undefined) {
        located.add(
          path,
          '"role" without "name"',
          'a "name": the accessible name of the element, so the role alone cannot match several elements',
        );
        return undefined;
      }
      return { kind, role: source.role ?? 'button', name: toList(source.name) };
    case 'label':
      return { kind, label: toList(source.label) };
    case 'placeholder':
      return { kind, placeholder: toList(source.placeholder) };
    case 'text':
      return { kind, text: toList(source.text) };
    case 'id':
      return { kind, id: source.id ?? '' };
    case 'attr': {
      const attr = source.attr ?? {};
      if (Object.keys(attr).length === 0) {
        located.add([...path, 'attr'], '"attr" lists no attribute', 'at least one attribute, e.g. { name: nir }');
        return undefined;
      }
      return { kind, attr };
    }
    case 'href':
      return { kind, href: source.href ?? '' };
    case 'tag':
      return { kind, tag: source.tag ?? '' };
    case undefined:
      return undefined;
  }
}

function compileScope(located: Located, source: ScopeSource, path: Path): Scope | undefined {
  const kinds = (['landmark', 'heading', 'any'] as const).filter((k) => source[k] !== undefined);
  if (kinds.length !== 1) {
    located.add(
      path,
      kinds.length === 0 ? '"within" says nowhere' : `"within" mixes ${kinds.join(' and ')}`,
      'exactly one of: landmark (with an optional name), heading, any',
    );
    return undefined;
  }
  if (source.name !== undefined && source.landmark === undefined) {
    located.add(
      [...path, 'name'],
      '"name" in "within" without "landmark"',
      'a "landmark" next to "name" (e.g. landmark: navigation)',
      true,
    );
    return undefined;
  }
  switch (kinds[0]) {
    case 'landmark':
      return {
        kind: 'landmark',
        landmark: source.landmark ?? 'main',
        ...(source.name !== undefined ? { name: toList(source.name) } : {}),
      };
    case 'heading':
      return { kind: 'heading', heading: toList(source.heading) };
    case 'any': {
      // A scope may be a bare custom element (within: { any: [{ tag: app-mfa }] }).
      const target = compileTarget(located, { any: source.any ?? [] }, path, true);
      return target.any.length ? { kind: 'target', target } : undefined;
    }
    case undefined:
      return undefined;
  }
}

function compileTarget(located: Located, source: TargetSource, path: Path, isScope = false): Target {
  const any: Signal[] = [];
  source.any.forEach((signal, i) => {
    const compiled = compileSignal(located, signal, [...path, 'any', i]);
    if (compiled) any.push(compiled);
  });
  if (!isScope && any.length === source.any.length && any.every((signal) => signal.kind === 'tag')) {
    located.add(
      [...path, 'any'],
      'no usable signal: a tag alone names a kind of element, not one element',
      'a signal that names this element: css, role + name, label, placeholder, text, id, attr or href',
    );
  }
  const target: Target = { any };
  if (source.within) {
    const within = compileScope(located, source.within, [...path, 'within']);
    if (within) target.within = within;
  }
  if (source.context) {
    const { landmark, heading, near } = source.context;
    if (landmark === undefined && heading === undefined && near === undefined)
      located.add([...path, 'context'], '"context" says nothing', 'at least one of: landmark, heading, near', true);
    else
      target.context = {
        ...(landmark !== undefined ? { landmark } : {}),
        ...(heading !== undefined ? { heading: toList(heading) } : {}),
        ...(near !== undefined ? { near: toList(near) } : {}),
      };
  }
  if (source.nth !== undefined) target.nth = source.nth;
  return target;
}

function compilePattern(located: Located, pattern: string, path: Path): boolean {
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    located.add(
      path,
      `"pattern" is not a valid regular expression (${(error as Error).message.replace(/^Invalid regular expression: /, '')})`,
      'a JavaScript regular expression such as "^\\d{13}$"',
    );
    return false;
  }
  const risk = regexRisk(pattern);
  if (risk) {
    const what =
      risk.why === 'nested-repeat'
        ? 'repeats a group that itself repeats'
        : 'repeats a choice whose branches start alike';
    located.addIn(
      path,
      risk.at,
      `"pattern" ${what} (${risk.group}), which can freeze the page`,
      'a pattern without a repeated group that repeats inside or has choices starting alike, e.g. ^\\d{13}$ rather than ^(\\d+)+$',
    );
    return false;
  }
  return true;
}

const SIMPLE_DONE_KINDS = ['click', 'submit', 'input', 'choose', 'url', 'visible', 'gone', 'text'] as const;
const NEEDS_TARGET: Record<string, string> = { click: 'click', submit: 'send', input: 'fill', choose: 'choose in' };

function compileSimpleDone(
  located: Located,
  source: SimpleDoneSource,
  path: Path,
  hasTarget: boolean,
  extra: readonly string[] = [],
  allowed: readonly (typeof SIMPLE_DONE_KINDS)[number][] = SIMPLE_DONE_KINDS,
  field = 'done',
): SimpleDone | undefined {
  const kinds = allowed.filter((k) => source[k] !== undefined);
  const expected = `exactly one of: ${[...allowed, ...extra].join(', ')}`;
  if (kinds.length !== 1) {
    located.add(
      path,
      kinds.length === 0 ? `"${field}" says nothing` : `"${field}" mixes ${kinds.join(' and ')}`,
      expected,
    );
    return undefined;
  }
  const kind = kinds[0];
  if (kind && kind in NEEDS_TARGET && !hasTarget) {
    located.add(
      [...path, kind],
      `"done: ${kind}" on a step without "target"`,
      `a "target" for the learner to ${NEEDS_TARGET[kind]}`,
      true,
    );
    return undefined;
  }
  switch (kind) {
    case 'click':
    case 'submit':
      return { kind };
    case 'input': {
      const input = source.input ?? {};
      const done: SimpleDone = { kind };
      if (input.pattern !== undefined) {
        if (!compilePattern(located, input.pattern, [...path, 'input', 'pattern'])) return undefined;
        done.pattern = input.pattern;
        if (input.practice !== undefined && !new RegExp(input.pattern, 'u').test(input.practice)) {
          located.add(
            [...path, 'input', 'practice'],
            `"practice" ${JSON.stringify(input.practice)} does not match the pattern`,
            `a fictitious value matching ${input.pattern}`,
          );
          return undefined;
        }
      }
      if (input.practice !== undefined) done.practice = input.practice;
      return done;
    }
    case 'choose': {
      const choose = source.choose ?? {};
      if ((choose.value === undefined) === (choose.checked === undefined)) {
        located.add(
          [...path, 'choose'],
          choose.value === undefined
            ? '"choose" says neither value nor checked'
            : '"choose" gives both value and checked',
          'either "value" (a radio or list option) or "checked" (a checkbox)',
        );
        return undefined;
      }
      return choose.value !== undefined ? { kind, value: choose.value } : { kind, checked: choose.checked ?? true };
    }
    case 'url':
      return { kind, url: toList(source.url) };
    case 'visible':
    case 'gone': {
      const target = source[kind];
      return target ? { kind, target: compileTarget(located, target, [...path, kind]) } : undefined;
    }
    case 'text':
      return { kind, text: toList(source.text) };
    case undefined:
      return undefined;
  }
}

function compileDone(
  located: Located,
  source: DoneSource,
  path: Path,
  hasTarget: boolean,
  allowed: readonly (typeof SIMPLE_DONE_KINDS)[number][] = SIMPLE_DONE_KINDS,
  field = 'done',
): Done | undefined {
  const group = (['any', 'all'] as const).filter((k) => source[k] !== undefined);
  const simple = allowed.filter((k) => source[k] !== undefined);
  if (group.length + simple.length > 1) {
    located.add(
      path,
      `"${field}" mixes ${[...group, ...simple].join(' and ')}`,
      `exactly one of: ${[...allowed, 'any', 'all'].join(', ')} — put several conditions under "any" or "all"`,
    );
    return undefined;
  }
  const kind = group[0];
  if (kind === undefined) return compileSimpleDone(located, source, path, hasTarget, ['any', 'all'], allowed, field);
  const of: SimpleDone[] = [];
  (source[kind] ?? []).forEach((child, i) => {
    const compiled = compileSimpleDone(located, child, [...path, kind, i], hasTarget, [], allowed, field);
    if (compiled) of.push(compiled);
  });
  return of.length === (source[kind] ?? []).length ? { kind, of } : undefined;
}

const CONDITION_KINDS = ['url', 'visible', 'gone', 'text'] as const;

function isCondition(done: SimpleDone): done is SimpleCondition {
  return (CONDITION_KINDS as readonly string[]).includes(done.kind);
}

/** A `when`: what the page shows (no learner action), so it can be checked at any moment. */
function compileCondition(located: Located, source: ConditionSource, path: Path): Condition | undefined {
  const done = compileDone(located, source, path, false, CONDITION_KINDS, 'when');
  if (!done) return undefined;
  switch (done.kind) {
    case 'any':
    case 'all':
      return done.of.every(isCondition) ? { kind: done.kind, of: done.of.filter(isCondition) } : undefined;
    case 'click':
    case 'submit':
    case 'input':
    case 'choose':
      return undefined;
    case 'url':
    case 'visible':
    case 'gone':
    case 'text':
      return done;
  }
}

function compileStep(located: Located, step: StepSource, path: Path, hosts: Set<string>): Step {
  const page = toList(step.page.url);
  for (const pattern of page) {
    const host = patternHost(pattern);
    if (host) hosts.add(host);
  }
  const target = step.target ? compileTarget(located, step.target, [...path, 'target']) : undefined;
  const done = compileDone(located, step.done, [...path, 'done'], target !== undefined);
  const when = step.when ? compileCondition(located, step.when, [...path, 'when']) : undefined;
  const evidence = step.evidence;
  if (evidence?.grade === 'confirmed' && evidence.source === undefined) {
    located.add(
      [...path, 'evidence'],
      '"confirmed" without a "source"',
      'a "source" naming what confirms this element (repository @ commit, file:line, or "live check")',
    );
  }
  return {
    id: step.id,
    page,
    ...(target ? { target } : {}),
    say: step.say,
    done: done ?? { kind: 'click' as const },
    ...(step.risk ? { risk: step.risk } : {}),
    ...(step.optional ? { optional: true as const } : {}),
    ...(when ? { when } : {}),
    ...(step.next !== undefined ? { next: step.next } : {}),
    ...(evidence ? { evidence } : {}),
  };
}

/** An include (`- use: caf/se-connecter`) where it stands in the file. */
interface Include {
  use: string;
  path: Path;
}

/** One file compiled on its own; its includes are resolved against the other files after. */
interface Draft {
  id: string;
  located: Located;
  source: GuideSource;
  parts: ({ step: Step } | { include: Include })[];
  interruptions: Step[];
  hosts: Set<string>;
}

function compileSemantics(located: Located, id: string, source: GuideSource): Draft {
  const site = id.split('/')[0] ?? '';
  if (source.site !== site) {
    located.add(['site'], `"site" is "${source.site}" but the file is in guides/${site}/`, `site: ${site}`);
  }
  const seen = new Set<string>();
  const hosts = new Set<string>();
  const checkId = (stepId: string, path: Path) => {
    if (stepId === END)
      located.add([...path, 'id'], `step id "${END}" is reserved`, `another id: "next: ${END}" finishes the guide`);
    else if (seen.has(stepId))
      located.add([...path, 'id'], `step id "${stepId}" is used twice`, 'a unique id for each step');
    seen.add(stepId);
  };
  const parts: Draft['parts'] = source.steps.map((item, i) => {
    const path = ['steps', i] as const;
    if ('use' in item) {
      if (item.use === id)
        located.add([...path, 'use'], `"use: ${item.use}" includes this guide in itself`, 'the id of another guide');
      return { include: { use: item.use, path } };
    }
    checkId(item.id, path);
    return { step: compileStep(located, item, path, hosts) };
  });
  // Branches only jump forward, so a guide can never loop.
  const position = new Map<string, number>();
  parts.forEach((part, i) => 'step' in part && position.set(part.step.id, i));
  parts.forEach((part, i) => {
    if (!('step' in part) || part.step.next === undefined || part.step.next === END) return;
    const later = [...position].filter(([, at]) => at > i).map(([stepId]) => stepId);
    const at = position.get(part.step.next);
    const expected = `one of the later steps of this guide${later.length ? ` (${later.join(', ')})` : ''}, or "${END}"`;
    if (at === undefined)
      located.add(
        ['steps', i, 'next'],
        `"next" names "${part.step.next}", which is not a step of this guide`,
        expected,
      );
    else if (at <= i)
      located.add(['steps', i, 'next'], `"next" goes back to "${part.step.next}": the guide would loop`, expected);
  });
  const interruptions = (source.interruptions ?? []).map((item, i) => {
    const path = ['interruptions', i] as const;
    checkId(item.id, path);
    if (!item.when)
      located.add(
        path,
        `interruption "${item.id}" has no "when"`,
        'a "when": what the page shows when this step is needed (a banner, a captcha address)',
      );
    if (item.next !== undefined)
      located.add(
        [...path, 'next'],
        '"next" in an interruption',
        'no "next": after an interruption the guide goes on where it was',
        true,
      );
    return compileStep(located, item, path, hosts);
  });
  const [year, month, day] = source.verified.on.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  if (date.getUTCMonth() + 1 !== month || date.getUTCDate() !== day) {
    located.add(
      ['verified', 'on'],
      `"verified.on" ${source.verified.on} is not a real date`,
      'a date written YYYY-MM-DD',
    );
  }
  return { id, located, source, parts, interruptions, hosts };
}

interface Expanded {
  steps: Step[];
  interruptions: Step[];
  hosts: Set<string>;
  /** False when an include could not be resolved: the steps are partial. */
  complete: boolean;
}

/**
 * Replaces every include by the included guide's steps (themselves expanded). In an included
 * guide, "next: end" means the end of that part: it becomes the step after the include.
 * Include loops and unknown guides are located errors on the `use` line.
 */
function createResolver(drafts: ReadonlyMap<string, Draft>) {
  const memo = new Map<string, Expanded | 'busy'>();
  const resolve = (draft: Draft): Expanded => {
    const done = memo.get(draft.id);
    if (done && done !== 'busy') return done;
    memo.set(draft.id, 'busy');
    const steps: Step[] = [];
    let complete = true;
    const interruptions = [...draft.interruptions];
    const hosts = new Set(draft.hosts);
    const ids = new Set(draft.parts.flatMap((part) => ('step' in part ? [part.step.id] : [])));
    /** Included steps whose "next: end" waits for the first step after their include. */
    let pendingEnd: Step[] = [];
    const settle = (stepId: string) => {
      for (const step of pendingEnd) step.next = stepId;
      pendingEnd = [];
    };
    for (const part of draft.parts) {
      if ('step' in part) {
        settle(part.step.id);
        steps.push(part.step);
        continue;
      }
      const { use, path } = part.include;
      const child = drafts.get(use);
      if (!child) {
        const known = [...drafts.keys()].filter((known) => known !== draft.id);
        draft.located.add(
          [...path, 'use'],
          `unknown guide "${use}" in "use"`,
          known.length ? `one of: ${known.join(', ')}` : 'the id of a guide in guides/<site>/<procedure>.yaml',
        );
        complete = false;
        continue;
      }
      if (child.located.errors.length) {
        complete = false; // its own errors are reported with its file
        continue;
      }
      if (memo.get(use) === 'busy') {
        draft.located.add(
          [...path, 'use'],
          `"use: ${use}" makes a loop: ${use} includes ${draft.id}, directly or not`,
          'guides that include each other one way only',
        );
        complete = false;
        continue;
      }
      const included = resolve(child);
      const clash = included.steps.find((step) => ids.has(step.id));
      if (clash) {
        draft.located.add(
          [...path, 'use'],
          `step id "${clash.id}" of ${use} is also a step of this guide`,
          'distinct step ids in a guide and the guides it uses',
        );
        complete = false;
        continue;
      }
      const copies = included.steps.map((step) => ({ ...step }));
      if (copies[0]) settle(copies[0].id);
      for (const step of copies) {
        ids.add(step.id);
        steps.push(step);
        if (step.next === END) pendingEnd.push(step);
      }
      for (const host of included.hosts) hosts.add(host);
      complete &&= included.complete;
      for (const step of included.interruptions)
        if (!interruptions.some((own) => own.id === step.id)) interruptions.push(step);
    }
    settle(END);
    const expanded = { steps, interruptions, hosts, complete };
    memo.set(draft.id, expanded);
    return expanded;
  };
  return resolve;
}

function finish(draft: Draft, expanded: Expanded): Guide {
  const { located, source } = draft;
  const first = expanded.steps[0];
  if (expanded.complete && first && !matchAnyUrlPattern(first.page, source.start)) {
    located.add(
      ['start'],
      `"start" ${source.start} is not a page of the first step`,
      `an address matching ${first.page.join(' or ')}`,
    );
  }
  return {
    id: draft.id,
    title: source.title,
    summary: source.summary,
    site: source.site,
    start: source.start,
    hosts: [...expanded.hosts].sort(),
    verified: source.verified,
    steps: expanded.steps,
    ...(expanded.interruptions.length ? { interruptions: expanded.interruptions } : {}),
  };
}

type DraftResult = { ok: true; draft: Draft } | { ok: false; errors: GuideError[] };

/** Parses, validates and compiles one guide file. `file` is the path shown in errors. A guide
 * that includes others (`use`) needs them: compile it with compileGuides. */
export function compileGuide(file: string, text: string): CompileResult {
  const result = compileDraft(file, text);
  if (!result.ok) return result;
  const { draft } = result;
  const guide = finish(draft, createResolver(new Map([[draft.id, draft]]))(draft));
  return draft.located.errors.length ? { ok: false, errors: sortErrors(draft.located.errors) } : { ok: true, guide };
}

export type CompileAllResult = { ok: true; guides: Guide[] } | { ok: false; errors: GuideError[] };

/** Compiles several guide files together, so that a guide can include another (`use`). */
export function compileGuides(files: readonly { file: string; text: string }[]): CompileAllResult {
  const errors: GuideError[] = [];
  const drafts = new Map<string, Draft>();
  for (const { file, text } of files) {
    const result = compileDraft(file, text);
    if (result.ok) drafts.set(result.draft.id, result.draft);
    else errors.push(...result.errors);
  }
  const resolve = createResolver(drafts);
  const guides: Guide[] = [];
  for (const draft of drafts.values()) {
    if (draft.located.errors.length) continue;
    const guide = finish(draft, resolve(draft));
    if (!draft.located.errors.length) guides.push(guide);
  }
  for (const draft of drafts.values()) errors.push(...sortErrors(draft.located.errors));
  return errors.length ? { ok: false, errors } : { ok: true, guides };
}

/** Reads a YAML file into `schema`'s shape, or into located errors (syntax, duplicates, aliases,
 * schema problems). `fields` lists the top-level fields for the "empty file" message. Shared by
 * the guides, the risk rules and the official-domain list. */
export function readYamlFile<T>(
  file: string,
  text: string,
  schema: z.ZodType<T>,
  fields: string,
): { ok: true; data: T; located: Located } | { ok: false; errors: GuideError[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const located = new Located(file, doc, lines, schema);
  for (const error of doc.errors) {
    const pos = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
    const key = text.slice(error.pos[0]).split(/[:\n]/)[0]?.trim();
    const what =
      error.code === 'DUPLICATE_KEY'
        ? `"${key}" is written twice in the same map`
        : `YAML syntax error: ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`;
    located.errors.push({
      file,
      line: pos.line,
      col: pos.col,
      what,
      expected:
        error.code === 'DUPLICATE_KEY'
          ? 'each field once per map'
          : 'valid YAML (check indentation, colons and quotes)',
    });
  }
  if (located.errors.length) return { ok: false, errors: located.errors };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    located.add(
      [],
      `YAML could not be read: ${(error as Error).message}`,
      'plain YAML without aliases (*name) or anchors',
    );
    return { ok: false, errors: located.errors };
  }
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    located.add(
      [],
      data === null || data === undefined ? 'the file is empty' : `the file holds ${describeValue(data)}`,
      `a map of fields: ${fields}`,
    );
    return { ok: false, errors: located.errors };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) reportZodIssue(located, issue, data);
    return { ok: false, errors: sortErrors(located.errors) };
  }
  return { ok: true, data: parsed.data, located };
}

function compileDraft(file: string, text: string): DraftResult {
  const id = guideIdFromPath(file);
  if (!id) {
    return {
      ok: false,
      errors: [
        {
          file,
          line: 1,
          col: 1,
          what: `the file name "${file}" is not a guide path`,
          expected: 'guides/<site>/<procedure>.yaml, in kebab-case (e.g. guides/caf/attestation-paiement.yaml)',
        },
      ],
    };
  }
  const read = readYamlFile(file, text, GuideSchema, 'title, summary, site, start, verified, steps');
  if (!read.ok) return read;
  const { located } = read;
  const draft = compileSemantics(located, id, read.data);
  return located.errors.length ? { ok: false, errors: sortErrors(located.errors) } : { ok: true, draft };
}

export type RulesResult = { ok: true; rules: RiskRule[] } | { ok: false; errors: GuideError[] };

/** Compiles the built-in risk rules file (data/risk-rules.yaml): located errors like a guide's. */
export function compileRules(file: string, text: string): RulesResult {
  const read = readYamlFile(file, text, RulesFileSchema, 'rules');
  if (!read.ok) return read;
  const { located, data } = read;
  const seen = new Set<string>();
  const rules = data.rules.map((rule, i): RiskRule => {
    const path = ['rules', i] as const;
    if (seen.has(rule.id))
      located.add([...path, 'id'], `rule id "${rule.id}" is used twice`, 'a unique id for each rule');
    seen.add(rule.id);
    const target = compileTarget(located, rule.target, [...path, 'target']);
    const on = compileSimpleDone(located, rule.on, [...path, 'on'], true, [], RULE_ACTIONS, 'on');
    const when = rule.when ? compileCondition(located, rule.when, [...path, 'when']) : undefined;
    return {
      id: rule.id,
      page: toList(rule.page.url),
      target,
      on: on && isRuleAction(on) ? on : { kind: 'click' },
      ...(when ? { when } : {}),
      risk: rule.risk,
    };
  });
  return located.errors.length ? { ok: false, errors: sortErrors(located.errors) } : { ok: true, rules };
}

const RULE_ACTIONS = ['click', 'submit', 'choose'] as const;

function isRuleAction(done: SimpleDone): done is RiskRule['on'] {
  return (RULE_ACTIONS as readonly string[]).includes(done.kind);
}

function sortErrors(errors: GuideError[]): GuideError[] {
  return [...errors].sort((a, b) => a.line - b.line || a.col - b.col);
}
