// The pure step machine (startSession, transition), table-driven, and viewFor: which step a
// page shows, or that the step happens elsewhere, or that the guide is finished.
import { describe, expect, it } from 'vitest';
import type { Guide } from '../../src/guide';
import { startSession, transition, viewFor, type SessionEvent, type SessionState } from '../../src/session';

const IDS = ['ouvrir', 'saisir', 'valider'] as const;
const STEPS = IDS.map((id) => ({ id }));
const T0 = 1_000_000;

function state(overrides: Partial<SessionState> = {}): SessionState {
  return { ...startSession('exemple/demarche', 'decouvre', T0), ...overrides };
}

describe('startSession', () => {
  it('starts running at step 0 with no durations', () => {
    expect(startSession('exemple/demarche', 'entraine', T0)).toEqual({
      guideId: 'exemple/demarche',
      level: 'entraine',
      status: 'running',
      stepIndex: 0,
      startedAt: T0,
      stepStartedAt: T0,
      durations: {},
    });
  });
});

describe('transition', () => {
  const rows: [string, SessionState, SessionEvent, SessionState][] = [
    [
      'step-done on the current step advances and records its duration',
      state(),
      { type: 'step-done', stepId: 'ouvrir', at: T0 + 4000 },
      state({ stepIndex: 1, stepStartedAt: T0 + 4000, durations: { ouvrir: 4000 } }),
    ],
    [
      'step-done on the last step finishes',
      state({ stepIndex: 2, stepStartedAt: T0 + 10_000, durations: { ouvrir: 4000, saisir: 6000 } }),
      { type: 'step-done', stepId: 'valider', at: T0 + 12_000 },
      state({
        status: 'finished',
        stepIndex: 2,
        stepStartedAt: T0 + 12_000,
        durations: { ouvrir: 4000, saisir: 6000, valider: 2000 },
      }),
    ],
    [
      'back goes to the previous step and restarts its clock',
      state({ stepIndex: 2, stepStartedAt: T0 + 10_000, durations: { ouvrir: 4000, saisir: 6000 } }),
      { type: 'back', at: T0 + 11_000 },
      state({ stepIndex: 1, stepStartedAt: T0 + 11_000, durations: { ouvrir: 4000, saisir: 6000 } }),
    ],
    [
      'back from finished reopens the last step',
      state({ status: 'finished', stepIndex: 2, stepStartedAt: T0 + 12_000, durations: { valider: 2000 } }),
      { type: 'back', at: T0 + 13_000 },
      state({ status: 'running', stepIndex: 2, stepStartedAt: T0 + 13_000, durations: { valider: 2000 } }),
    ],
    [
      'restart goes to step 0, keeps startedAt and clears durations',
      state({
        status: 'finished',
        stepIndex: 2,
        stepStartedAt: T0 + 12_000,
        durations: { ouvrir: 4000, saisir: 6000, valider: 2000 },
      }),
      { type: 'restart', at: T0 + 20_000 },
      state({ stepIndex: 0, startedAt: T0, stepStartedAt: T0 + 20_000, durations: {} }),
    ],
    [
      'a clock going backwards never gives a negative duration',
      state({ stepStartedAt: T0 + 5000 }),
      { type: 'step-done', stepId: 'ouvrir', at: T0 + 1000 },
      state({ stepIndex: 1, stepStartedAt: T0 + 1000, durations: { ouvrir: 0 } }),
    ],
  ];

  it.each(rows)('%s', (_, before, event, after) => {
    expect(transition(before, event, STEPS)).toEqual(after);
  });

  const unchanged: [string, SessionState, SessionEvent][] = [
    [
      'step-done for another step (stale)',
      state({ stepIndex: 1 }),
      { type: 'step-done', stepId: 'ouvrir', at: T0 + 9000 },
    ],
    ['step-done for a step the guide does not have', state(), { type: 'step-done', stepId: 'inconnue', at: T0 + 9000 }],
    [
      'step-done once finished',
      state({ status: 'finished', stepIndex: 2 }),
      { type: 'step-done', stepId: 'valider', at: T0 + 9000 },
    ],
    ['back at step 0', state(), { type: 'back', at: T0 + 9000 }],
  ];

  it.each(unchanged)('%s changes nothing (same object)', (_, before, event) => {
    expect(transition(before, event, STEPS)).toBe(before);
  });

  it('never mutates the state it is given', () => {
    const before = state();
    const copy = structuredClone(before);
    transition(before, { type: 'step-done', stepId: 'ouvrir', at: T0 + 1 }, STEPS);
    transition(before, { type: 'restart', at: T0 + 2 }, STEPS);
    expect(before).toEqual(copy);
  });

  it('adds up the time of a step done twice after going back', () => {
    let s = state();
    s = transition(s, { type: 'step-done', stepId: 'ouvrir', at: T0 + 3000 }, STEPS);
    s = transition(s, { type: 'back', at: T0 + 5000 }, STEPS);
    expect(s.stepIndex).toBe(0);
    s = transition(s, { type: 'step-done', stepId: 'ouvrir', at: T0 + 7000 }, STEPS);
    expect(s).toMatchObject({ stepIndex: 1, durations: { ouvrir: 3000 + 2000 } });
  });

  it('runs a whole guide to the end', () => {
    let s = state();
    IDS.forEach((stepId, i) => {
      s = transition(s, { type: 'step-done', stepId, at: T0 + (i + 1) * 1000 }, STEPS);
    });
    expect(s).toMatchObject({ status: 'finished', durations: { ouvrir: 1000, saisir: 1000, valider: 1000 } });
  });
});

describe('transition with branches, conditional and optional steps', () => {
  // connexion → deja-fait (only when the page says so; then the guide ends) → questions → cookies? → valider
  const BRANCHED = [
    { id: 'connexion' },
    { id: 'deja-fait', when: { kind: 'text' as const, text: ['Déjà déclaré'] }, next: 'end' },
    { id: 'questions' },
    { id: 'cookies', when: { kind: 'text' as const, text: ['Cookies'] } },
    { id: 'valider', next: 'end' },
  ];
  const at = T0 + 1000;
  const rows: [string, SessionState, SessionEvent, Partial<SessionState>][] = [
    [
      'next: end finishes the guide',
      state({ stepIndex: 1 }),
      { type: 'step-done', stepId: 'deja-fait', at },
      { status: 'finished' },
    ],
    [
      'a skipped conditional step goes on with the following step, without its branch',
      state({ stepIndex: 1 }),
      { type: 'skip', stepId: 'deja-fait', at },
      { status: 'running', stepIndex: 2, stepStartedAt: at, durations: {} },
    ],
    [
      'skipping the last step finishes',
      state({ stepIndex: 4 }),
      { type: 'skip', stepId: 'valider', at },
      { status: 'finished' },
    ],
    [
      'a stale skip changes nothing',
      state({ stepIndex: 2 }),
      { type: 'skip', stepId: 'deja-fait', at },
      { stepIndex: 2, stepStartedAt: T0 },
    ],
    [
      '« Précédent » passes over conditional steps',
      state({ stepIndex: 4 }),
      { type: 'back', at },
      { stepIndex: 2, stepStartedAt: at },
    ],
    [
      '« Précédent » after the end returns to the last step that always happens',
      state({ status: 'finished' }),
      { type: 'back', at },
      { status: 'running', stepIndex: 4 },
    ],
  ];
  it.each(rows)('%s', (_, before, event, expected) => {
    expect(transition(before, event, BRANCHED)).toMatchObject(expected);
  });

  it('a branch to a later step jumps there', () => {
    const steps = [{ id: 'a', next: 'c' }, { id: 'b' }, { id: 'c' }];
    expect(transition(state(), { type: 'step-done', stepId: 'a', at }, steps)).toMatchObject({ stepIndex: 2 });
  });
});

describe('viewFor', () => {
  const guide: Guide = {
    id: 'exemple/demarche',
    title: 'Démarche fictive',
    summary: 'Pour les tests.',
    site: 'exemple',
    start: 'https://www.exemple.fr/',
    hosts: ['www.exemple.fr', 'compte.exemple.fr'],
    verified: { on: '2026-01-15', against: 'rien', source: 'fictif' },
    steps: [
      { id: 'ouvrir', page: ['https://www.exemple.fr/*'], say: 'Ouvrez.', done: { kind: 'click' } },
      {
        id: 'saisir',
        page: ['https://compte.exemple.fr/connexion', 'https://compte.exemple.fr/login'],
        say: 'Écrivez.',
        done: { kind: 'input' },
      },
    ],
  };
  const [first, second] = guide.steps;

  it.each([
    [
      'the current step on its page',
      state(),
      'https://www.exemple.fr/aide',
      { kind: 'step', step: first, index: 0, total: 2 },
    ],
    [
      'the current step on one of its pages',
      state({ stepIndex: 1 }),
      'https://compte.exemple.fr/login#haut',
      { kind: 'step', step: second, index: 1, total: 2 },
    ],
    [
      'elsewhere when the page is not the step’s',
      state({ stepIndex: 1 }),
      'https://www.exemple.fr/',
      { kind: 'elsewhere', step: second, index: 1, total: 2 },
    ],
    [
      'elsewhere on a lookalike host',
      state(),
      'https://www.exemple.fr.autre.example/',
      { kind: 'elsewhere', step: first, index: 0, total: 2 },
    ],
    [
      'finished once finished, whatever the page',
      state({ status: 'finished', stepIndex: 1 }),
      'https://www.exemple.fr/',
      { kind: 'finished', total: 2 },
    ],
  ])('shows %s', (_, s, href, expected) => {
    expect(viewFor(guide, s, href)).toEqual(expected);
  });
});
