// Property-based tests (fast-check): over random guides with forward branches and conditional
// steps, any sequence of events keeps the session valid and a guide always ends (no loops);
// over random edits of a guide file, the compiler never throws and every error is located.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGuide } from '../../src/guide/build';
import { startSession, transition, type SessionEvent } from '../../src/session';

/** A random guide shape: n steps, some conditional, some with a branch to a later step or the end. */
const stepsArb = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc
    .tuple(
      ...Array.from({ length: n }, (_, i) =>
        fc.record({
          conditional: fc.boolean(),
          // a later step (i+1 … n-1), the end, or nothing
          next: fc.oneof(fc.constant(undefined), fc.constant('end'), fc.integer({ min: i + 1, max: n + 1 })),
        }),
      ),
    )
    .map((specs) =>
      specs.map((spec, i) => ({
        id: `s${i}`,
        ...(spec.conditional ? { when: { kind: 'text' as const, text: ['x'] } } : {}),
        ...(spec.next === undefined
          ? {}
          : { next: spec.next === 'end' || spec.next >= specs.length ? 'end' : `s${spec.next}` }),
      })),
    ),
);

const eventArb = (ids: string[]) =>
  fc.oneof(
    fc.record({ type: fc.constant('step-done' as const), stepId: fc.constantFrom(...ids), at: fc.nat() }),
    fc.record({ type: fc.constant('skip' as const), stepId: fc.constantFrom(...ids), at: fc.nat() }),
    fc.record({ type: fc.constant('jump' as const), stepId: fc.constantFrom(...ids, 'inconnue'), at: fc.nat() }),
    fc.record({ type: fc.constant('back' as const), at: fc.nat() }),
    fc.record({ type: fc.constant('restart' as const), at: fc.nat() }),
  );

describe('the step machine (properties)', () => {
  it('any sequence of events keeps the step index in the guide and the durations non-negative', () => {
    fc.assert(
      fc.property(
        stepsArb.chain((steps) =>
          fc.tuple(fc.constant(steps), fc.array(eventArb(steps.map((s) => s.id)), { maxLength: 40 })),
        ),
        ([steps, events]) => {
          let state = startSession('exemple/demarche', 'decouvre', 0);
          for (const event of events as SessionEvent[]) {
            state = transition(state, event, steps);
            expect(state.stepIndex).toBeGreaterThanOrEqual(0);
            expect(state.stepIndex).toBeLessThan(steps.length);
            expect(['running', 'finished']).toContain(state.status);
            for (const ms of Object.values(state.durations)) expect(ms).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });

  it('doing or skipping the current step always moves forward, so every guide ends', () => {
    fc.assert(
      fc.property(stepsArb, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (steps, skips) => {
        let state = startSession('exemple/demarche', 'decouvre', 0);
        for (let turn = 0; turn < steps.length && state.status === 'running'; turn++) {
          const before = state.stepIndex;
          const stepId = steps[before]?.id ?? '';
          state = transition(state, { type: skips[turn] ? 'skip' : 'step-done', stepId, at: turn }, steps);
          if (state.status === 'running') expect(state.stepIndex).toBeGreaterThan(before);
        }
        expect(state.status).toBe('finished');
      }),
    );
  });

  it('« Précédent » never lands on a conditional step after the first', () => {
    fc.assert(
      fc.property(
        stepsArb.chain((steps) => fc.tuple(fc.constant(steps), fc.nat({ max: steps.length - 1 }))),
        ([steps, from]) => {
          const state = { ...startSession('exemple/demarche', 'decouvre', 0), stepIndex: from };
          const back = transition(state, { type: 'back', at: 1 }, steps);
          if (back !== state && back.stepIndex > 0) expect(steps[back.stepIndex]?.when).toBeUndefined();
        },
      ),
    );
  });
});

const GUIDE = `title: Démarche fictive
summary: Une démarche inventée pour les tests.
site: caf
start: https://www.caf.fr/
verified:
  on: 2026-01-15
  against: tests/fixtures/sites/caf/
  source: exemple fictif
steps:
  - id: ouvrir
    page:
      url: https://www.caf.fr/*
    target:
      any:
        - css: "#mon-compte"
        - role: link
          name: Mon Compte
    say: Cliquez sur « Mon Compte ».
    done:
      click: target
    next: valider
  - id: deja-fait
    page:
      url: https://www.caf.fr/*
    when:
      text: Déjà fait
    say: C'est déjà fait.
    done:
      url: https://www.caf.fr/fin
    next: end
  - id: valider
    page:
      url: https://www.caf.fr/*
    target:
      any:
        - id: valider
    say: Cliquez sur « Valider ».
    done:
      click: target
interruptions:
  - id: cookies
    page:
      url: https://www.caf.fr/*
    when:
      visible:
        any:
          - css: "#cookies"
    target:
      any:
        - css: "#cookies button"
    say: Fermez le bandeau.
    done:
      click: target
`;

describe('the guide compiler (properties)', () => {
  it('the fixture guide compiles, so the edits below start from a valid file', () => {
    expect(compileGuide('guides/caf/exemple.yaml', GUIDE).ok).toBe(true);
  });

  it('never throws on random edits of a guide, and every error names a place in the file', () => {
    const lines = GUIDE.split('\n');
    const edit = fc.oneof(
      // delete a line
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat({ max: lines.length - 1 }) }),
      // replace a line's value part with random text
      fc.record({
        kind: fc.constant('replace' as const),
        at: fc.nat({ max: lines.length - 1 }),
        text: fc.string({ maxLength: 20 }),
      }),
      // re-indent a line
      fc.record({
        kind: fc.constant('indent' as const),
        at: fc.nat({ max: lines.length - 1 }),
        by: fc.integer({ min: -4, max: 4 }),
      }),
      // swap two lines
      fc.record({
        kind: fc.constant('swap' as const),
        at: fc.nat({ max: lines.length - 1 }),
        with: fc.nat({ max: lines.length - 1 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const text = [...lines];
        for (const e of edits) {
          const line = text[e.at] ?? '';
          switch (e.kind) {
            case 'delete':
              text.splice(e.at, 1);
              break;
            case 'replace':
              text[e.at] = line.includes(':') ? `${line.slice(0, line.indexOf(':') + 1)} ${e.text}` : e.text;
              break;
            case 'indent':
              text[e.at] = e.by >= 0 ? `${' '.repeat(e.by)}${line}` : line.slice(Math.min(-e.by, line.search(/\S|$/)));
              break;
            case 'swap': {
              const other = text[e.with] ?? '';
              text[e.with] = line;
              text[e.at] = other;
              break;
            }
          }
        }
        const source = text.join('\n');
        const result = compileGuide('guides/caf/exemple.yaml', source);
        if (result.ok) return;
        const count = source.split('\n').length;
        for (const error of result.errors) {
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.line).toBeLessThanOrEqual(count + 1);
          expect(error.col).toBeGreaterThanOrEqual(1);
          expect(error.what.length).toBeGreaterThan(0);
          expect(error.expected.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
