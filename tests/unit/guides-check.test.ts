// guides:check without a browser: the walk path (conditional steps, next), the counts and the exit
// rule, the table, each step's evidence in the detail, and the --live helpers (pages it would load,
// where candidate replicas go, and the evidence it writes into the guide files).
// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGuides } from '../../src/guide/build';
import {
  foundByFile,
  recordLiveEvidence,
  recordLiveEvidenceCanonical,
  stepFiles,
} from '../../scripts/lib/guides-check/live-evidence';
import { buildCatalogue } from '../../src/guide/build';
import type { Guide, Step } from '../../src/guide';
import {
  candidateHtml,
  candidatePath,
  liveHosts,
  livePages,
  noNetworkMessage,
} from '../../scripts/lib/guides-check/live';
import { resultOf, walkPath, withEvidence, type StepReport } from '../../scripts/lib/guides-check/replay';
import { failed, formatTable, signalSummary, summarize } from '../../scripts/lib/guides-check/report';

const ROOT = join(import.meta.dirname, '..', '..');

function step(id: string, extra: Partial<Step> = {}): Step {
  return { id, page: ['https://www.caf.fr/*'], say: 'Cliquez.', done: { kind: 'click' }, ...extra };
}

function guide(steps: Step[]): Guide {
  return { id: 'caf/exemple', site: 'caf', start: 'https://www.caf.fr/', steps } as unknown as Guide;
}

const report = (stepId: string, result: StepReport['result'], matches: number[] = []): StepReport => ({
  guide: 'caf/exemple',
  step: stepId,
  result,
  signals: matches.map((n, i) => ({ signal: `css #s${i}`, matches: n, note: n ? 'this element' : 'no element' })),
  evidence: { grade: 'inferred' },
});

describe('walkPath', () => {
  it('passes over conditional steps and follows next, up to end', () => {
    const steps = [
      step('a'),
      step('b', { when: { kind: 'text', text: ['x'] } }),
      step('c', { next: 'e' }),
      step('d'),
      step('e', { next: 'end' }),
      step('f'),
    ];
    expect(walkPath(guide(steps)).map((s) => s.id)).toEqual(['a', 'c', 'e']);
  });

  it('walks every step of the real guides that has no condition', () => {
    const built = buildCatalogue(ROOT);
    if (!built.ok) throw new Error('guides do not compile');
    for (const g of built.catalogue.guides) {
      const path = walkPath(g);
      expect(path.length).toBeGreaterThan(0);
      expect(path.every((s) => !s.when)).toBe(true);
    }
  });
});

describe('the report', () => {
  it('maps locator statuses to results: hidden and errors count as missing', () => {
    expect(['found', 'ambiguous', 'missing', 'hidden', 'error'].map(resultOf)).toEqual([
      'found',
      'ambiguous',
      'missing',
      'missing',
      'missing',
    ]);
  });

  it('counts results and fails on a missing or ambiguous step only', () => {
    const ok = summarize(1, [report('a', 'found', [1]), report('b', 'skipped')]);
    expect(ok).toMatchObject({ guides: 1, steps: 2, found: 1, ambiguous: 0, missing: 0, skipped: 1 });
    expect(failed(ok)).toBe(false);
    expect(failed(summarize(1, [report('a', 'ambiguous', [2])]))).toBe(true);
    const stopped = summarize(1, [report('a', 'missing', [0]), report('b', 'not reached')]);
    expect(stopped).toMatchObject({ missing: 1, notReached: 1 });
    expect(failed(stopped)).toBe(true);
  });

  it('shows the signals that matched for a found step, and every signal otherwise', () => {
    expect(signalSummary(report('a', 'found', [1, 0]))).toBe('css #s0 ×1');
    expect(signalSummary(report('a', 'missing', [0, 1]))).toBe('css #s0 ×0, css #s1 ×1');
    const table = formatTable(summarize(1, [report('a', 'found', [1]), report('b', 'missing', [0])]));
    expect(table).toContain('caf/exemple: 1/2 steps found');
    expect(table).toMatch(/missing +b +inferred +css #s0 ×0/);
    expect(table).toMatch(/guides: 1, walks: 1, steps: 2, found: 1, ambiguous: 0, missing: 1/);
  });
});

describe('--live', () => {
  const g = guide([step('a', { page: ['https://wwwd.caf.fr/x*'] }), step('b', { page: ['https://wwwd.caf.fr/x*'] })]);

  it('lists the start page and each page pattern once, and the hosts', () => {
    expect(livePages([g])).toEqual([
      { guide: 'caf/exemple', start: 'https://www.caf.fr/', pages: ['https://wwwd.caf.fr/x*'] },
    ]);
    expect(liveHosts([g])).toEqual(['www.caf.fr', 'wwwd.caf.fr']);
    expect(noNetworkMessage([g])).toMatch(/needs the network[\s\S]*caf\/exemple: start https:\/\/www\.caf\.fr\//);
  });

  it('keeps a failing page as out/live/<guide>/<step>.html with where it came from', () => {
    expect(candidatePath('/p/out/live', 'caf/se-connecter', 'saisir-numero')).toBe(
      join('/p/out/live', 'caf', 'se-connecter', 'saisir-numero.html'),
    );
    const html = candidateHtml('<html></html>', 'https://www.caf.fr/', step('a'), new Date('2026-12-01T00:00:00Z'));
    expect(html).toMatch(/^<!-- Candidate replica for step a, taken from https:\/\/www\.caf\.fr\/ on 2026-12-01/);
    expect(html.endsWith('<html></html>')).toBe(true);
  });
});

describe('each step’s evidence in the report', () => {
  const source = 'konnectors/caf @ 9eac7347, src/index.js:75';
  const g = guide([
    step('a', { evidence: { grade: 'confirmed', source, on: '2026-12-07' } }),
    step('b', { evidence: { grade: 'partial' } }),
    step('c'),
  ]);

  it('carries the grade, source and date of each step, inferred when the guide says nothing', () => {
    const reports = withEvidence(
      g,
      ['a', 'b', 'c'].map((id) => report(id, 'found', [1])),
    );
    expect(reports.map((r) => r.evidence)).toEqual([
      { grade: 'confirmed', source, on: '2026-12-07' },
      { grade: 'partial' },
      { grade: 'inferred' },
    ]);
    // --json prints the report as it is: the evidence is in every step's detail.
    const json = JSON.parse(JSON.stringify(summarize(1, reports))) as { detail: StepReport[] };
    expect(json.detail[0]).toMatchObject({ step: 'a', result: 'found', evidence: { grade: 'confirmed', source } });
  });

  it('shows the grade of each step and the guide’s totals in the table', () => {
    const table = formatTable(
      summarize(
        1,
        withEvidence(
          g,
          ['a', 'b', 'c'].map((id) => report(id, 'found', [1])),
        ),
      ),
    );
    expect(table).toContain('caf/exemple: 3/3 steps found; evidence: 1/3 confirmed (+1 partial)');
    expect(table).toMatch(/found +a +confirmed +css #s0 ×1/);
    expect(table).toMatch(/found +b +partial +css #s0 ×1/);
    expect(table).toMatch(/found +c +inferred +css #s0 ×1/);
  });
});

describe('--live records what it found', () => {
  const GUIDE = `# a comment at the top that must stay
title: Exemple
steps:
  - id: ouvrir # the first step
    say: Cliquez.
    done:
      click: target
  - id: saisir
    evidence:
      grade: partial # the page only
    say: Écrivez.
  - use: caf/se-connecter
  - id: rester
    say: Attendez.
interruptions:
  - id: cookies
    say: Acceptez.
`;

  it('marks the found steps confirmed by the live check on the day, keeping comments, order and the others', () => {
    const out = recordLiveEvidence(GUIDE, new Set(['ouvrir', 'saisir', 'cookies', 'se-connecter']), '2026-12-07');
    expect(out).toBe(`# a comment at the top that must stay
title: Exemple
steps:
  - id: ouvrir # the first step
    say: Cliquez.
    done:
      click: target
    evidence:
      grade: confirmed
      source: live check
      on: 2026-12-07
  - id: saisir
    evidence:
      grade: confirmed
      source: live check
      on: 2026-12-07
    say: Écrivez.
  - use: caf/se-connecter
  - id: rester
    say: Attendez.
interruptions:
  - id: cookies
    say: Acceptez.
    evidence:
      grade: confirmed
      source: live check
      on: 2026-12-07
`);
  });

  it('leaves the text as it is when nothing was found, and refuses a date that is not YYYY-MM-DD', () => {
    expect(recordLiveEvidence(GUIDE, new Set(), '2026-12-07')).toBe(GUIDE);
    expect(() => recordLiveEvidence(GUIDE, new Set(['ouvrir']), '07/12/2026')).toThrow(/YYYY-MM-DD/);
  });

  it('writes a real guide in canonical form that still compiles, only the found step changed', async () => {
    const path = join(ROOT, 'guides', 'caf', 'se-connecter.yaml');
    const text = readFileSync(path, 'utf8');
    const ids = [...text.matchAll(/^ {2}- id: ([a-z0-9-]+)/gm)].map((m) => m[1]!);
    const first = ids[0]!;
    const out = await recordLiveEvidenceCanonical(path, text, new Set([first]), '2026-12-07');
    const compiled = compileGuides([{ file: 'guides/caf/se-connecter.yaml', text: out }]);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
    const steps = compiled.guides[0]!.steps;
    expect(steps.find((s) => s.id === first)?.evidence).toEqual({
      grade: 'confirmed',
      source: 'live check',
      on: '2026-12-07',
    });
    // Every other step is as the file had it, and running it again changes nothing (canonical, stable).
    const before = compileGuides([{ file: 'guides/caf/se-connecter.yaml', text }]);
    if (!before.ok) throw new Error('se-connecter does not compile');
    expect(steps.filter((s) => s.id !== first)).toEqual(before.guides[0]!.steps.filter((s) => s.id !== first));
    expect(await recordLiveEvidenceCanonical(path, out, new Set([first]), '2026-12-07')).toBe(out);
    // The comments of the file are all still there.
    const comments = (t: string) => t.split('\n').filter((line) => /(^|\s)#\s/.test(line)).length;
    expect(comments(out)).toBe(comments(text));
  });

  it('writes a step of an included guide in that guide’s own file', () => {
    const files: Record<string, string> = {
      'caf/demarche': 'steps:\n  - id: ouvrir\n  - use: caf/connexion\n  - id: telecharger\n',
      'caf/connexion': 'steps:\n  - id: saisir-numero\n  - use: caf/code\n',
      'caf/code': 'steps:\n  - id: saisir-code\n',
    };
    const read = (id: string) => files[id];
    expect(Object.fromEntries(stepFiles('caf/demarche', read))).toEqual({
      ouvrir: 'caf/demarche',
      'saisir-numero': 'caf/connexion',
      'saisir-code': 'caf/code',
      telecharger: 'caf/demarche',
    });
    const found = (stepId: string, result: StepReport['result'] = 'found', variant?: string): StepReport => ({
      ...report(stepId, result),
      guide: 'caf/demarche',
      ...(variant ? { variant } : {}),
    });
    const byFile = foundByFile(
      [found('ouvrir'), found('saisir-numero'), found('saisir-code'), found('telecharger', 'missing')],
      read,
    );
    expect(Object.fromEntries([...byFile].map(([file, ids]) => [file, [...ids]]))).toEqual({
      'caf/demarche': ['ouvrir'],
      'caf/connexion': ['saisir-numero'],
      'caf/code': ['saisir-code'],
    });
  });
});
