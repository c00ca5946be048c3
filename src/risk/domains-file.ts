// Build-time: reads data/official-domains.yaml with exact locations, validates it (zod shapes,
// then cross-checks with the Public Suffix List) and returns the data or every located error,
// in the guide compiler's format (file:line:col — what — expected).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDomain } from 'tldts';
import { describeValue, readYamlFile, type GuideError, type Located } from '../guide/build';
import { OfficialDomainsSchema } from './domains-schema';
import type { OfficialDomains } from './types';

export const OFFICIAL_DOMAINS_FILE = 'data/official-domains.yaml';

export type OfficialDomainsResult = { ok: true; data: OfficialDomains } | { ok: false; errors: GuideError[] };

type Path = (string | number)[];

/** Cross-checks that zod cannot express: references, duplicates, Public Suffix List cuts. */
function checkMeaning(located: Located, data: OfficialDomains): void {
  /** Each entry must be exactly what the Public Suffix List calls a registrable domain. */
  const registrable = (list: readonly string[], at: Path, expected: string) =>
    list.forEach((domain, j) => {
      if (getDomain(domain) !== domain) {
        located.add(
          [...at, j],
          `"${domain}" is not a registrable domain (the Public Suffix List cuts it as "${getDomain(domain) ?? 'nothing'}")`,
          expected,
        );
      }
    });
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
    registrable(
      service.domains,
      [...at, 'domains'],
      'the domain a registrar sells, e.g. caf.fr or impots.gouv.fr; put other hosts under hosts',
    );
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
    registrable(service.owned, [...at, 'owned'], 'a domain such as googleusercontent.com');
    [...service.brands, ...service.words, ...service.topics, ...service.glued].forEach((brand) => {
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
  for (const [kind, rule] of Object.entries(data.secrets)) {
    rule.services.forEach((service, i) => {
      if (!ids.has(service))
        located.add(['secrets', kind, 'services', i], `unknown service "${service}"`, `one of: ${known}`);
    });
  }
  for (const field of ['governments', 'platforms', 'freeHosts'] as const) {
    data[field].forEach((domain, i) => {
      if (getDomain(domain) !== domain) {
        located.add(
          [field, i],
          `"${domain}" is not a registrable domain (the Public Suffix List cuts it as "${getDomain(domain) ?? 'nothing'}")`,
          field === 'governments'
            ? 'a domain such as gouv.nc; endings like gouv.fr need no entry'
            : field === 'platforms'
              ? 'a domain such as facebook.com'
              : 'a domain such as beget.tech',
        );
      }
    });
  }
}

/** Parses and validates the text of the official-domain file; `file` is the path shown in errors. */
export function parseOfficialDomains(file: string, text: string): OfficialDomainsResult {
  const read = readYamlFile(file, text, OfficialDomainsSchema, 'services, platforms');
  if (!read.ok) return read;
  checkMeaning(read.located, read.data);
  const { errors } = read.located;
  if (errors.length)
    return { ok: false, errors: [...errors].sort((a: GuideError, b: GuideError) => a.line - b.line || a.col - b.col) };
  return { ok: true, data: read.data };
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
