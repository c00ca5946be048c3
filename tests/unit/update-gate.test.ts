// The update gate (src/session/update-gate.ts): a downloaded update is applied at once when no
// guide runs, and waits — across service-worker restarts, through the stored mark — while one does.
import { describe, expect, it } from 'vitest';
import { createUpdateGate, startSession, type SessionState } from '../../src/session';

function world(sessions: Record<string, SessionState>) {
  const state = { sessions, pending: false, reloads: 0 };
  const gate = () =>
    createUpdateGate({
      sessions: () => Promise.resolve(state.sessions),
      pending: () => Promise.resolve(state.pending),
      setPending: (value) => {
        state.pending = value;
        return Promise.resolve();
      },
      reload: () => {
        state.reloads++;
      },
    });
  return { state, gate };
}

const running = startSession('caf/attestation-paiement', 'decouvre', 0);

describe('update gate', () => {
  it('applies an update at once when no guide runs (a finished one does not count)', async () => {
    const { state, gate } = world({ '1': { ...running, status: 'finished' } });
    await gate().updateAvailable();
    expect(state).toMatchObject({ pending: false, reloads: 1 });
  });

  it('keeps the update waiting while a guide runs, then applies it when the guide ends, even after a worker restart', async () => {
    const { state, gate } = world({ '1': running });
    await gate().updateAvailable();
    expect(state).toMatchObject({ pending: true, reloads: 0 });
    await gate().check(); // a step done, the guide still runs
    expect(state.reloads).toBe(0);
    state.sessions = {}; // the learner left the guide
    await gate().check(); // a new gate: the worker was stopped in between
    expect(state).toMatchObject({ pending: false, reloads: 1 });
  });

  it('does nothing on check when no update waits', async () => {
    const { state, gate } = world({});
    await gate().check();
    expect(state.reloads).toBe(0);
  });
});
