// repairSessions: stored sessions are re-validated on read; valid entries are kept, anything
// malformed, foreign or carrying extra data (such as a typed value) is dropped entry by entry.
import { describe, expect, it } from 'vitest';
import { repairSessions } from '../../src/storage/sessions';

const VALID = {
  guideId: 'caf/attestation-paiement',
  level: 'decouvre',
  status: 'running',
  stepIndex: 2,
  startedAt: 1_000_000,
  stepStartedAt: 1_004_000,
  durations: { 'ouvrir-mon-compte': 1500, 'saisir-numero': 2500 },
};

describe('repairSessions', () => {
  it('keeps valid entries as they are', () => {
    const raw = { '7': VALID, '123456789012': { ...VALID, status: 'finished', level: 'debrouille', durations: {} } };
    expect(repairSessions(raw)).toEqual(raw);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an array', [VALID]],
    ['a string', '{"7":{}}'],
    ['a number', 7],
  ])('gives {} for %s', (_, raw) => {
    expect(repairSessions(raw)).toEqual({});
  });

  it.each([
    ['a non-numeric key', 'fenetre'],
    ['a negative key', '-1'],
    ['a fractional key', '1.5'],
    ['an over-long key', '1234567890123'],
    ['an empty key', ''],
  ])('drops %s', (_, key) => {
    expect(repairSessions({ [key]: VALID, '3': VALID })).toEqual({ '3': VALID });
  });

  it.each([
    ['a typed value (strict: no extra key)', { ...VALID, typedValue: '1234567890123' }],
    ['an unknown level', { ...VALID, level: 'expert' }],
    ['an unknown status', { ...VALID, status: 'paused' }],
    ['a missing field', (({ startedAt: _, ...rest }) => rest)(VALID)],
    ['a negative start time', { ...VALID, startedAt: -1 }],
    ['a negative step start time', { ...VALID, stepStartedAt: -5 }],
    ['a negative duration', { ...VALID, durations: { 'saisir-numero': -10 } }],
    ['a duration written as text', { ...VALID, durations: { 'saisir-numero': '10' } }],
    ['a duration keyed by free text', { ...VALID, durations: { 'Mot de passe: exemple': 10 } }],
    ['a fractional step index', { ...VALID, stepIndex: 1.5 }],
    ['a negative step index', { ...VALID, stepIndex: -1 }],
    ['a huge step index', { ...VALID, stepIndex: 1001 }],
    ['a guide id that is free text', { ...VALID, guideId: 'Jean Exemple, 12 rue Fictive' }],
    ['a session that is a string', 'running'],
    ['a session that is null', null],
    ['a session that is a list', [VALID]],
  ])('drops an entry with %s and keeps the others', (_, session) => {
    expect(repairSessions({ '1': session, '2': VALID })).toEqual({ '2': VALID });
  });

  it('returns a new object, not the stored one', () => {
    const raw = { '4': VALID };
    const repaired = repairSessions(raw);
    expect(repaired).not.toBe(raw);
    expect(repaired['4']).not.toBe(VALID);
  });
});
