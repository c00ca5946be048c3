// Build-time: reads data/official-domains.yaml with exact locations, validates it (zod shapes,
// then cross-checks with the Public Suffix List) and returns the data or every located error,
// in the guide compiler's format (file:line:col — what — expected).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDomain } from 'tldts';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { GuideError } from '../guide/build';
import { OfficialDomainsSchema } from './domains-schema';
import type { OfficialDomains } from './types';

export const OFFICIAL_DOMAINS_FILE = 'data/official-domains.yaml';

export type OfficialDomainsResult = { ok: true; data: OfficialDomains } | { ok: false; errors: GuideError[] };

type Path = (string | number)[];

class Located {
  readonly errors: GuideError[] = [];
  constructor(
    readonly file: string,
    readonly doc: Document,
    readonly lines: LineCounter,
  ) {}

  /** Position of the node at `path`, or of its closest existing ancestor. */
  position(path: Path): { line: number; col: number } {
    for (let depth = path.length; depth >= 0; depth--) {
      const node: unknown = depth === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, depth), true);
      const offset =
        node && typeof node === 'object' && 'range' in node ? (node as { range?: number[] }).range?.[0] : undefined;
      if (offset !== undefined) return this.lines.linePos(offset);
    }
    return { line: 1, col: 1 };
  }

  /** Position of the key `key` in the map at `path` (an unknown field is shown at its name). */
  keyPosition(path: Path, key: string): { line: number; col: number } {
    const parent: unknown = path.length ? this.doc.getIn(path, true) : this.doc.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
      const offset = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      if (offset !== undefined) return this.lines.linePos(offset);
    }
    return this.position(path);
  }

  add(path: Path, what: string, expected: string, at = this.position(path)): void {
    this.errors.push({ file: this.file, ...at, what, expected });
  }
}

function fieldName(path: Path): string {
  return (
    path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
      .join('')
      .replace(/^\./, '') || 'the file'
  );
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  return typeof value === 'object' ? 'a map' : `${typeof value} ${JSON.stringify(value)}`;
}

/** The zod schema at `path` inside the file's schema (lists by element, maps by field). */
function schemaAt(path: Path): z.ZodType | undefined {
  let schema: z.ZodType | undefined = OfficialDomainsSchema;
  for (const step of path) {
    const def = schema?._zod.def as { shape?: Record<string, z.ZodType>; element?: z.ZodType } | undefined;
    schema = typeof step === 'number' ? def?.element : def?.shape?.[step];
  }
  return schema;
}

/** The description of the schema at `path` (the "expected" part of an error). */
function expectedAt(path: Path): string {
  return schemaAt(path)?.description ?? 'see the header of data/official-domains.yaml';
}

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (v, p) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[p] : undefined),
    data,
  );
}

function reportIssue(located: Located, issue: z.core.$ZodIssue, data: unknown): void {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const shape = (schemaAt(path)?._zod.def as { shape?: object } | undefined)?.shape ?? {};
    for (const key of issue.keys) {
      located.add(
        [...path, key],
        `unknown field "${key}" in ${fieldName(path)}`,
        `one of: ${Object.keys(shape).join(', ')}`,
        located.keyPosition(path, key),
      );
    }
    return;
  }
  const value = valueAt(data, path);
  const what =
    value === undefined ? `missing field "${fieldName(path)}"` : `"${fieldName(path)}" is ${describeValue(value)}`;
  located.add(path, what, expectedAt(path));
}

/** Cross-checks that zod cannot express: references, duplicates, Public Suffix List cuts. */
function checkMeaning(located: Located, data: OfficialDomains): void {
  const ids = new Map<string, number>();
  const owners = new Map<string, string>();
  const brands = new Map<string, string>();
  data.services.forEach((service, i) => {
    const at: Path = ['services', i];
    if (ids.has(service.id)) located.add([...at, 'id'], `the id "${service.id}" is used twice`, 'one id per service');
    ids.set(service.id, i);
    if (service.domains.length + service.hosts.length === 0) {
      located.add(at, `the service "${service.id}" has no domain and no host`, 'at least one of domains, hosts');
    }
    service.domains.forEach((domain, j) => {
      if (getDomain(domain) !== domain) {
        located.add(
          [...at, 'domains', j],
          `"${domain}" is not a registrable domain (the Public Suffix List cuts it as "${getDomain(domain) ?? 'nothing'}")`,
          'the domain a registrar sells, e.g. caf.fr or impots.gouv.fr; put other hosts under hosts',
        );
      }
    });
    service.hosts.forEach((host, j) => {
      if (!getDomain(host)) {
        located.add(
          [...at, 'hosts', j],
          `"${host}" has no registrable domain`,
          'a host under a public suffix, e.g. www.caf.fr',
        );
      }
    });
    for (const [field, list] of [
      ['domains', service.domains],
      ['hosts', service.hosts],
    ] as const) {
      list.forEach((address, j) => {
        const owner = owners.get(address);
        if (owner !== undefined && owner !== service.id) {
          located.add([...at, field, j], `"${address}" is also listed for "${owner}"`, 'each address in one service');
        }
        owners.set(address, service.id);
      });
    }
    [...service.brands, ...service.words].forEach((brand) => {
      const owner = brands.get(brand);
      if (owner !== undefined && owner !== service.id) {
        located.add([...at, 'brands'], `the name "${brand}" is also a name of "${owner}"`, 'each name in one service');
      }
      brands.set(brand, service.id);
    });
    let start: URL | undefined;
    try {
      start = new URL(service.start);
    } catch {
      start = undefined;
    }
    const host = start?.hostname;
    const domain = host ? getDomain(host) : null;
    if (!start || start.protocol !== 'https:' || !host) {
      located.add([...at, 'start'], `"start" is ${describeValue(service.start)}`, 'an https:// address');
    } else if (!service.hosts.includes(host) && !(domain && service.domains.includes(domain))) {
      located.add(
        [...at, 'start'],
        `"start" leads to ${host}, which is not a genuine address of "${service.id}"`,
        `a page on one of: ${[...service.domains, ...service.hosts].join(', ')}`,
      );
    }
  });
  const known = [...ids.keys()].join(', ');
  if (!ids.has(data.fallback)) located.add(['fallback'], `unknown service "${data.fallback}"`, `one of: ${known}`);
  data.intermediaries.forEach((pattern, i) => {
    if (!ids.has(pattern.service)) {
      located.add(['intermediaries', i, 'service'], `unknown service "${pattern.service}"`, `one of: ${known}`);
    }
  });
  for (const field of ['governments', 'platforms'] as const) {
    data[field].forEach((domain, i) => {
      if (getDomain(domain) !== domain) {
        located.add(
          [field, i],
          `"${domain}" is not a registrable domain (the Public Suffix List cuts it as "${getDomain(domain) ?? 'nothing'}")`,
          field === 'governments'
            ? 'a domain such as gouv.nc; endings like gouv.fr need no entry'
            : 'a domain such as facebook.com',
        );
      }
    });
  }
}

/** Parses and validates the text of the official-domain file; `file` is the path shown in errors. */
export function parseOfficialDomains(file: string, text: string): OfficialDomainsResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const located = new Located(file, doc, lines);
  for (const error of doc.errors) {
    const pos = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
    located.errors.push({
      file,
      line: pos.line,
      col: pos.col,
      what:
        error.code === 'DUPLICATE_KEY'
          ? 'a field is written twice in the same map'
          : `YAML syntax error: ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? ''}`,
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
    located.add([], `YAML could not be read: ${(error as Error).message}`, 'plain YAML without aliases or anchors');
    return { ok: false, errors: located.errors };
  }
  const parsed = OfficialDomainsSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) reportIssue(located, issue, data);
    return { ok: false, errors: located.errors.sort((a, b) => a.line - b.line || a.col - b.col) };
  }
  checkMeaning(located, parsed.data);
  if (located.errors.length)
    return { ok: false, errors: located.errors.sort((a, b) => a.line - b.line || a.col - b.col) };
  return { ok: true, data: parsed.data };
}

/** Reads `data/official-domains.yaml` under `rootDir`. */
export function loadOfficialDomains(rootDir: string): OfficialDomainsResult & { path: string } {
  const path = join(rootDir, OFFICIAL_DOMAINS_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return {
      ok: false,
      path,
      errors: [
        {
          file: OFFICIAL_DOMAINS_FILE,
          line: 1,
          col: 1,
          what: `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
          expected: 'the official-domain list at data/official-domains.yaml',
        },
      ],
    };
  }
  return { ...parseOfficialDomains(OFFICIAL_DOMAINS_FILE, text), path };
}
