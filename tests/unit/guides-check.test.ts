// guides:check without a browser: the walk path (conditional steps, next), the counts and the exit
// rule, the table, and the --live helpers (pages it would load, where candidate replicas go).
// @vitest-environment node
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/guide/build';
import type { Guide, Step } from '../../src/guide';
import {
  candidateHtml,
  candidatePath,
  liveHosts,
  livePages,
  noNetworkMessage,
} from '../../scripts/lib/guides-check/live';
import { resultOf, walkPath, type StepReport } from '../../scripts/lib/guides-check/replay';
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
    expect(table).toMatch(/missing +b +css #s0 ×0/);
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
