// The build refuses a guide that sends the coach to a host that is not an official host of a
// service (data/official-domains.yaml), except the few allowed with a source in
// data/guided-hosts.yaml (the CAF's captcha host): issue 15 D7. Fictitious hosts only.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import {
  buildCatalogue,
  checkGuidedHosts,
  formatGuideError,
  loadGuidedHosts,
  officialHostJudge,
  type GuidedHosts,
} from '../../src/guide/build';
import { loadOfficialDomains } from '../../src/risk/build';

const ROOT = join(import.meta.dirname, '..', '..');
const official = loadOfficialDomains(ROOT);
if (!official.ok) throw new Error('official domains do not load');
const judge = officialHostJudge(official.data.services, getDomain);

/** A project folder with one guide file and an allow-list. */
function project(guide: string, allowList?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'guided-hosts-'));
  mkdirSync(join(dir, 'guides', 'caf'), { recursive: true });
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'guides', 'caf', 'exemple.yaml'), guide);
  if (allowList !== undefined) writeFileSync(join(dir, 'data', 'guided-hosts.yaml'), allowList);
  return dir;
}

const CAPTCHA: GuidedHosts = {
  version: 1,
  allowed: [{ host: 'validate.perfdrive.com', sites: ['caf'], why: 'the CAF captcha step', source: 'konnectors/caf' }],
};
const GUIDE = 'title: Exemple\nsteps:\n  - page:\n      url: https://caf-aide-fictive.example/*\n';

describe('guided hosts', () => {
  it('every host of the real guides is official, or the allowed CAF captcha host', () => {
    const built = buildCatalogue(ROOT);
    const allowed = loadGuidedHosts(ROOT);
    if (!built.ok || !allowed.ok) throw new Error('project data does not load');
    expect(allowed.data.allowed.map((entry) => entry.host)).toEqual(['validate.perfdrive.com']);
    expect(checkGuidedHosts(ROOT, built.catalogue, judge, allowed.data).map(formatGuideError)).toEqual([]);
  });

  it('a host of no service fails, located where the guide names it', () => {
    const dir = project(GUIDE);
    const guides = [{ id: 'caf/exemple', site: 'caf', hosts: ['www.caf.fr', 'caf-aide-fictive.example'] }];
    expect(checkGuidedHosts(dir, { guides } as never, judge, { version: 1, allowed: [] })).toEqual([
      {
        file: 'guides/caf/exemple.yaml',
        line: 4,
        col: 12,
        what: 'the guide visits caf-aide-fictive.example, which is not an official host of any service in data/official-domains.yaml',
        expected:
          'an official host of the service (its domains or hosts, with a source), or caf-aide-fictive.example allowed for the site "caf" in data/guided-hosts.yaml with why and a source',
      },
    ]);
  });

  it('the allowed captcha host is allowed for the CAF guides only; an entry no guide needs fails', () => {
    const dir = project('steps:\n  - page: { url: https://validate.perfdrive.com/* }\n', 'version: 1\nallowed: []\n');
    const caf = [{ id: 'caf/exemple', site: 'caf', hosts: ['validate.perfdrive.com'] }];
    expect(checkGuidedHosts(dir, { guides: caf } as never, judge, CAPTCHA)).toEqual([]);
    const ameli = [{ id: 'caf/exemple', site: 'ameli', hosts: ['validate.perfdrive.com'] }];
    expect(checkGuidedHosts(dir, { guides: ameli } as never, judge, CAPTCHA).map((e) => e.what)).toEqual([
      'the guide visits validate.perfdrive.com, which is not an official host of any service in data/official-domains.yaml',
      'validate.perfdrive.com is allowed but no guide of caf visits it',
    ]);
    const official = { version: 1 as const, allowed: [{ ...CAPTCHA.allowed[0]!, host: 'www.caf.fr' }] };
    expect(checkGuidedHosts(dir, { guides: [] }, judge, official).map((e) => e.what)).toEqual([
      'www.caf.fr is allowed but is already an official host of "caf"',
    ]);
  });

  it('an allow-list entry without a source is refused, located', () => {
    const dir = project(
      GUIDE,
      'version: 1\nallowed:\n  - host: validate.perfdrive.com\n    sites: [caf]\n    why: the CAF captcha step\n',
    );
    const read = loadGuidedHosts(dir);
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.errors.map(formatGuideError).join('\n')).toMatch(
        /^data\/guided-hosts\.yaml:3:\d+ — missing field "allowed\[0\]\.source"/,
      );
  });

  it('official hosts: listed hosts, and every host under a listed registrable domain', () => {
    expect(judge('wwwd.caf.fr')).toBe('caf');
    expect(judge('mail.google.com')).toBe('google');
    expect(judge('sites.google.com')).toBeUndefined(); // Google lists hosts, not google.com
    expect(judge('caf.fr.evil.example')).toBeUndefined();
  });
});

describe('guided hosts: a host that comes from an included guide', () => {
  it('is located at the « use: » that brings it', () => {
    const dir = project('title: Exemple\nsteps:\n  - use: caf/se-connecter\n');
    const guides = [{ id: 'caf/exemple', site: 'caf', hosts: ['caf-aide-fictive.example'] }];
    const [error] = checkGuidedHosts(dir, { guides } as never, judge, { version: 1, allowed: [] });
    expect([error?.line, error?.col]).toEqual([3, 5]);
  });
});
