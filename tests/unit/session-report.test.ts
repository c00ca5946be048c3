// The counsellor's report: the journal events a session command gives (steps with their time, a
// risky step confirmed, the end), the stored journal's strict schema and bound, and the report
// built from events and the coach's help records (runs, steps, help, warnings and choices).
import { describe, expect, it } from 'vitest';
import type { Guide } from '../../src/guide';
import { buildReport, sessionEvents, startSession, transition, type JournalEvent } from '../../src/session';
import { appendJournal, MAX_JOURNAL, repairJournal, repairProposals } from '../../src/storage';

const GUIDE: Pick<Guide, 'id' | 'title' | 'steps'> = {
  id: 'exemple/demarche',
  title: 'Démarche fictive',
  steps: [
    { id: 'ouvrir', page: ['https://www.exemple.fr/*'], say: 'Cliquez sur « Mon Compte ».', done: { kind: 'click' } },
    { id: 'saisir', page: ['https://www.exemple.fr/*'], say: 'Écrivez votre identifiant.', done: { kind: 'input' } },
    {
      id: 'valider',
      page: ['https://www.exemple.fr/*'],
      say: 'Cliquez sur « Valider ».',
      risk: { level: 'irreversible', why: 'On ne peut plus changer.' },
      done: { kind: 'click' },
    },
  ],
};
const guide = GUIDE as Guide;

describe('journal events of the session', () => {
  it('notes the start, each step with its time, a confirmed risky step and the end', () => {
    const s0 = startSession(guide.id, 'entraine', 1000);
    const events: JournalEvent[] = [...sessionEvents('start', undefined, s0, guide, 1000)];
    const s1 = transition(s0, { type: 'step-done', stepId: 'ouvrir', at: 13_000 }, guide.steps);
    events.push(...sessionEvents('step-done', s0, s1, guide, 13_000));
    const s2 = transition(s1, { type: 'skip', stepId: 'saisir', at: 14_000 }, guide.steps);
    events.push(...sessionEvents('skip', s1, s2, guide, 14_000));
    const s3 = transition(s2, { type: 'step-done', stepId: 'valider', at: 20_000 }, guide.steps);
    events.push(...sessionEvents('step-done', s2, s3, guide, 20_000));
    expect(events).toEqual([
      { kind: 'start', at: 1000, guideId: guide.id, level: 'entraine' },
      { kind: 'step', at: 13_000, guideId: guide.id, stepId: 'ouvrir', ms: 12_000, outcome: 'done' },
      { kind: 'step', at: 14_000, guideId: guide.id, stepId: 'saisir', ms: 1000, outcome: 'skipped' },
      { kind: 'risk', at: 20_000, guideId: guide.id, stepId: 'valider', choice: 'continue' },
      { kind: 'step', at: 20_000, guideId: guide.id, stepId: 'valider', ms: 6000, outcome: 'done' },
      { kind: 'end', at: 20_000, guideId: guide.id, how: 'finished' },
    ]);
  });

  it('notes nothing for a stale step-done, and the quit of a running guide', () => {
    const s0 = startSession(guide.id, 'decouvre', 0);
    const stale = transition(s0, { type: 'step-done', stepId: 'valider', at: 5 }, guide.steps);
    expect(sessionEvents('step-done', s0, stale, guide, 5)).toEqual([]);
    expect(sessionEvents('quit', s0, undefined, guide, 9)).toEqual([
      { kind: 'end', at: 9, guideId: guide.id, how: 'quit' },
    ]);
    expect(sessionEvents('other', s0, s0, guide, 9)).toEqual([]);
  });
});

describe('the stored journal', () => {
  it('keeps only ids, times and fixed choices: anything with free text is dropped', () => {
    const kept = repairJournal([
      { kind: 'start', at: 1, guideId: 'caf/x', level: 'decouvre' },
      { kind: 'step', at: 2, guideId: 'caf/x', stepId: 'saisir', ms: 5, outcome: 'done', value: '1234567890123' },
      { kind: 'help', at: 3, note: 'Je suis perdu' },
      { kind: 'site-warning', at: 4, service: 'caf', choice: 'continue' },
      { kind: 'site-warning', at: 5, service: 'https://evil.example/?nir=1', choice: 'continue' },
      { kind: 'step', at: 6, guideId: 'Caf X', stepId: 's', ms: 1, outcome: 'done' },
      { kind: 'unknown', at: 7 },
      'text',
    ]);
    expect(kept).toEqual([
      { kind: 'start', at: 1, guideId: 'caf/x', level: 'decouvre' },
      { kind: 'site-warning', at: 4, service: 'caf', choice: 'continue' },
    ]);
    expect(repairJournal({ not: 'a list' })).toEqual([]);
  });

  it('keeps the newest events only', () => {
    const many = Array.from({ length: MAX_JOURNAL + 50 }, (_, i): JournalEvent => ({ kind: 'help', at: i }));
    const kept = appendJournal(many.slice(0, MAX_JOURNAL), many.slice(MAX_JOURNAL));
    expect(kept).toHaveLength(MAX_JOURNAL);
    expect(kept[0]).toEqual({ kind: 'help', at: 50 });
  });

  it('keeps a proposal per window: a catalogue-shaped id and a level, or « invalid »', () => {
    expect(
      repairProposals({
        '12': { kind: 'proposal', at: 1, guideId: 'caf/attestation-paiement', level: 'entraine' },
        '13': { kind: 'invalid', at: 2 },
        '14': { kind: 'proposal', at: 1, guideId: 'caf/x', level: 'expert' },
        '15': { kind: 'proposal', at: 1, guideId: 'caf/x', level: 'decouvre', url: 'https://evil.example/' },
        __proto__: { kind: 'invalid', at: 3 },
        abc: { kind: 'invalid', at: 3 },
      }),
    ).toEqual({
      '12': { kind: 'proposal', at: 1, guideId: 'caf/attestation-paiement', level: 'entraine' },
      '13': { kind: 'invalid', at: 2 },
    });
  });
});

describe('the report', () => {
  const events: JournalEvent[] = [
    { kind: 'site-warning', at: 500, service: 'caf', choice: 'shown' },
    { kind: 'site-warning', at: 600, service: 'caf', choice: 'genuine' },
    { kind: 'start', at: 1000, guideId: guide.id, level: 'entraine' },
    { kind: 'step', at: 13_000, guideId: guide.id, stepId: 'ouvrir', ms: 12_000, outcome: 'done' },
    { kind: 'help', at: 20_000, guideId: guide.id, stepId: 'saisir' },
    { kind: 'step', at: 95_000, guideId: guide.id, stepId: 'saisir', ms: 82_000, outcome: 'done' },
    { kind: 'site-warning', at: 96_000, service: 'caf', choice: 'shown' },
    { kind: 'site-warning', at: 97_000, service: 'caf', choice: 'continue' },
    { kind: 'risk', at: 99_000, guideId: guide.id, stepId: 'valider', choice: 'continue' },
    { kind: 'step', at: 99_000, guideId: guide.id, stepId: 'valider', ms: 4000, outcome: 'done' },
    { kind: 'end', at: 99_000, guideId: guide.id, how: 'finished' },
    { kind: 'start', at: 200_000, guideId: 'inconnu/guide', level: 'decouvre' },
  ];
  const records = [
    { at: 50_000, guideId: guide.id, stepId: 'saisir', reason: 'stuck' as const },
    // Another guide's record, and one before this run: not in it.
    { at: 60_000, guideId: 'autre/guide', stepId: 'x', reason: 'stuck' as const },
    { at: 10, guideId: guide.id, stepId: 'ouvrir', reason: 'missing' as const },
  ];
  const report = buildReport(events, records, [GUIDE]);

  it('lists each run with its steps in order, their words and times', () => {
    expect(report.runs).toHaveLength(2);
    const [run] = report.runs;
    expect(run).toMatchObject({ guideId: guide.id, title: 'Démarche fictive', level: 'entraine', end: 'finished' });
    expect(run!.totalSteps).toBe(3);
    expect(run!.steps.map((s) => [s.number, s.say, s.ms])).toEqual([
      [1, 'Cliquez sur « Mon Compte ».', 12_000],
      [2, 'Écrivez votre identifiant.', 82_000],
      [3, 'Cliquez sur « Valider ».', 4000],
    ]);
    // A guide no longer in the catalogue still shows, by its id.
    expect(report.runs[1]).toMatchObject({ title: 'inconnu/guide', totalSteps: 0 });
  });

  it('puts the help button and the coach’s records on their step, in time order', () => {
    expect(report.runs[0]!.helps).toEqual([
      { at: 20_000, source: 'button', stepSay: 'Écrivez votre identifiant.', stepNumber: 2 },
      { at: 50_000, source: 'stuck', stepSay: 'Écrivez votre identifiant.', stepNumber: 2 },
    ]);
  });

  it('shows each warning once, with the choice made', () => {
    expect(report.runs[0]!.warnings).toEqual([
      { at: 96_000, kind: 'site', about: 'caf', choice: 'continue' },
      { at: 99_000, kind: 'risk', about: 'Cliquez sur « Valider ».', choice: 'continue' },
    ]);
    expect(report.outside.warnings).toEqual([{ at: 500, kind: 'site', about: 'caf', choice: 'genuine' }]);
  });

  it('lists a cancelled risky step and the built-in rules’ dialogs with the choice, by the French why', () => {
    const withRules = buildReport(
      [
        { kind: 'rule', at: 100, ruleId: 'ft-recherche-emploi-non', choice: 'cancel' },
        { kind: 'start', at: 1000, guideId: guide.id, level: 'decouvre' },
        { kind: 'risk', at: 2000, guideId: guide.id, stepId: 'valider', choice: 'cancel' },
        { kind: 'rule', at: 3000, ruleId: 'regle-inconnue', choice: 'continue' },
      ],
      [],
      [GUIDE],
      [{ id: 'ft-recherche-emploi-non', risk: { level: 'danger', why: 'France Travail vous désinscrit.' } }],
    );
    expect(withRules.outside.warnings).toEqual([
      { at: 100, kind: 'risk', about: 'France Travail vous désinscrit.', choice: 'cancel' },
    ]);
    expect(withRules.runs[0]!.warnings).toEqual([
      { at: 2000, kind: 'risk', about: 'Cliquez sur « Valider ».', choice: 'cancel' },
      { at: 3000, kind: 'risk', about: 'regle-inconnue', choice: 'continue' },
    ]);
    // The stored journal keeps these events, and only with a fixed choice.
    expect(repairJournal([{ kind: 'rule', at: 1, ruleId: 'x', choice: 'cancel' }])).toHaveLength(1);
    expect(repairJournal([{ kind: 'rule', at: 1, ruleId: 'x', choice: 'peut-être' }])).toHaveLength(0);
  });

  it('is empty without events', () => {
    expect(buildReport([], records, [GUIDE])).toEqual({ runs: [], outside: { helps: [], warnings: [] } });
  });
});
