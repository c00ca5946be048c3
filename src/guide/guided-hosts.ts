// Build-time (Node only): every host a guide visits must be an official host of a service in
// data/official-domains.yaml, or be allowed, with why and a source, in data/guided-hosts.yaml
// (the CAF's captcha host). The coach's arrows and our trust go to those hosts only. The judge
// of official hosts is passed in: this room does not import the genuine-site check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { readYamlFile } from './compile';
import type { GuideError } from './errors';
import type { Catalogue } from './types';

export const GUIDED_HOSTS_FILE = 'data/guided-hosts.yaml';

const host = z
  .string()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/)
  .describe('A host name in lower case, e.g. validate.perfdrive.com.');
export const GuidedHostsSchema = z
  .object({
    version: z.literal(1),
    allowed: z.array(
      z
        .object({
          host,
          sites: z.array(z.string().min(1)).min(1).describe('The guide sites (a guide’s `site`) that may visit it.'),
          why: z.string().min(10).describe('Why a guide goes there, in one sentence.'),
          source: z.string().min(5).describe('Where this comes from (repository @ commit, file:line, or a page).'),
        })
        .strict(),
    ),
  })
  .strict();
export type GuidedHosts = z.infer<typeof GuidedHostsSchema>;

/** Reads data/guided-hosts.yaml with located errors; a project without it allows nothing. */
export function loadGuidedHosts(
  rootDir: string,
): { ok: true; data: GuidedHosts } | { ok: false; errors: GuideError[] } {
  let text: string;
  try {
    text = readFileSync(join(rootDir, GUIDED_HOSTS_FILE), 'utf8');
  } catch {
    return { ok: true, data: { version: 1, allowed: [] } };
  }
  const read = readYamlFile(GUIDED_HOSTS_FILE, text, GuidedHostsSchema, 'version, allowed');
  return read.ok ? { ok: true, data: read.data } : read;
}

/** Where `text` first names `host` in an address (1-based line and column), else its first
 * `use:` (the host comes from a guide it includes), else the file's start. */
function whereNamed(text: string, name: string): { line: number; col: number } {
  let at = text.search(new RegExp(`https://${name.replaceAll('.', '\\.')}(?=[/?*]|$)`, 'm'));
  if (at === -1) at = text.search(/(?<=- )use: /);
  if (at === -1) return { line: 1, col: 1 };
  const before = text.slice(0, at).split('\n');
  return { line: before.length, col: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * The guided hosts that are neither official (`officialService` gives the service a host is an
 * official host of) nor allowed for the guide's site, located in the guide file; and the entries
 * of the allow-list that no guide needs (already official, or visited by none).
 */
export function checkGuidedHosts(
  rootDir: string,
  catalogue: Pick<Catalogue, 'guides'>,
  officialService: (host: string) => string | undefined,
  allowed: GuidedHosts,
): GuideError[] {
  const errors: GuideError[] = [];
  const used = new Set<string>();
  for (const guide of catalogue.guides) {
    const file = `guides/${guide.id}.yaml`;
    for (const name of guide.hosts) {
      if (officialService(name) !== undefined) continue;
      if (allowed.allowed.some((entry) => entry.host === name && entry.sites.includes(guide.site))) {
        used.add(name);
        continue;
      }
      errors.push({
        file,
        ...whereNamed(readFileSync(join(rootDir, file), 'utf8'), name),
        what: `the guide visits ${name}, which is not an official host of any service in data/official-domains.yaml`,
        expected: `an official host of the service (its domains or hosts, with a source), or ${name} allowed for the site "${guide.site}" in ${GUIDED_HOSTS_FILE} with why and a source`,
      });
    }
  }
  const text = allowed.allowed.length ? readFileSync(join(rootDir, GUIDED_HOSTS_FILE), 'utf8') : '';
  for (const entry of allowed.allowed) {
    const service = officialService(entry.host);
    if (service === undefined && used.has(entry.host)) continue;
    const at = text.indexOf(`host: ${entry.host}`);
    const before = text.slice(0, Math.max(0, at)).split('\n');
    errors.push({
      file: GUIDED_HOSTS_FILE,
      line: at === -1 ? 1 : before.length,
      col: at === -1 ? 1 : (before.at(-1)?.length ?? 0) + 1,
      what:
        service === undefined
          ? `${entry.host} is allowed but no guide of ${entry.sites.join(', ')} visits it`
          : `${entry.host} is allowed but is already an official host of "${service}"`,
      expected: 'only the hosts a guide visits that are not official (remove this entry)',
    });
  }
  return errors;
}

/** The judge `checkGuidedHosts` needs, from the services of data/official-domains.yaml: a host is
 * official for a service that lists it, or lists its registrable domain (`registrable`: the
 * Public Suffix List's cut, passed in by the caller). */
export function officialHostJudge(
  services: readonly { id: string; domains: readonly string[]; hosts: readonly string[] }[],
  registrable: (host: string) => string | null,
): (host: string) => string | undefined {
  return (name) => {
    const domain = registrable(name);
    return services.find((s) => s.hosts.includes(name) || (domain !== null && s.domains.includes(domain)))?.id;
  };
}
