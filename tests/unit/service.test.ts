// SessionService with an in-memory store and a recording tabs port: start, navigation to the start
// page, step-done, stale events, quit, one session per window, commands serialised in order.
import { describe, expect, it } from 'vitest';
import type { Catalogue, Guide } from '../../src/guide';
import { SessionService, type SessionState, type SessionStore, type Snapshot, type TabsPort } from '../../src/session';

const GUIDE: Guide = {
  id: 'exemple/demarche',
  title: 'Démarche fictive',
  summary: 'Une démarche inventée pour les tests.',
  site: 'exemple',
  start: 'https://www.exemple.fr/',
  hosts: ['compte.exemple.fr', 'www.exemple.fr'],
  verified: { on: '2026-01-15', against: 'rien', source: 'fictif' },
  steps: [
    {
      id: 'ouvrir',
      page: ['https://www.exemple.fr/*'],
      target: { any: [{ kind: 'role', role: 'link', name: ['Mon Compte'] }] },
      say: 'Cliquez sur « Mon Compte ».',
      done: { kind: 'click' },
    },
    {
      id: 'saisir',
      page: ['https://compte.exemple.fr/connexion'],
      target: { any: [{ kind: 'label', label: ['Identifiant'] }] },
      say: 'Écrivez votre identifiant.',
      done: { kind: 'input' },
    },
  ],
};
const CATALOGUE: Catalogue = { version: 1, guides: [GUIDE], rules: [], hosts: [] };

class MemoryStore implements SessionStore {
  data: Record<string, SessionState> = {};
  writes = 0;
  async read() {
    return structuredClone(this.data);
  }
  async write(sessions: Record<string, SessionState>) {
    // A real storage write takes a while: give unserialised commands a chance to interleave.
    await new Promise((resolve) => setTimeout(resolve, 1));
    this.writes++;
    this.data = structuredClone(sessions);
  }
}

class FakeTabs implements TabsPort {
  readonly navigations: { tabId: number; url: string }[] = [];
  readonly broadcasts: { windowId: number; snapshot: Snapshot | null }[] = [];
  constructor(private readonly active: Record<number, { id: number; url?: string }> = {}) {}
  async activeTab(windowId: number) {
    return this.active[windowId];
  }
  async navigate(tabId: number, url: string) {
    this.navigations.push({ tabId, url });
  }
  async broadcast(windowId: number, snapshot: Snapshot | null) {
    this.broadcasts.push({ windowId, snapshot });
  }
}

function setup(
  active: Record<number, { id: number; url?: string }> = { 1: { id: 10, url: 'https://www.exemple.fr/accueil' } },
) {
  let clock = 1_000;
  const store = new MemoryStore();
  const tabs = new FakeTabs(active);
  const service = new SessionService(CATALOGUE, store, tabs, () => clock);
  return {
    store,
    tabs,
    service,
    tick(ms: number) {
      clock += ms;
    },
  };
}

describe('SessionService', () => {
  it('starts a session for the window, stores it and broadcasts it', async () => {
    const { service, store, tabs } = setup();
    const snapshot = await service.run(1, { type: 'start', guideId: 'exemple/demarche', level: 'entraine' });
    const state = {
      guideId: 'exemple/demarche',
      level: 'entraine',
      status: 'running',
      stepIndex: 0,
      startedAt: 1000,
      stepStartedAt: 1000,
      durations: {},
    };
    expect(snapshot).toEqual({ guide: GUIDE, state });
    expect(store.data).toEqual({ '1': state });
    expect(tabs.broadcasts).toEqual([{ windowId: 1, snapshot: { guide: GUIDE, state } }]);
  });

  it('« Reprendre » sends the active tab to the current step’s page, or to the start for a wildcard page', async () => {
    const { service, tabs } = setup({ 1: { id: 10, url: 'https://www.exemple.fr/aides' } });
    await service.run(1, { type: 'start', guideId: 'exemple/demarche', level: 'decouvre' });
    await service.run(1, { type: 'resume' });
    // Step 1's page is https://www.exemple.fr/* : the trailing * is dropped.
    expect(tabs.navigations.at(-1)).toEqual({ tabId: 10, url: 'https://www.exemple.fr/' });
    await service.run(1, { type: 'step-done', guideId: 'exemple/demarche', stepId: 'ouvrir' });
    await service.run(1, { type: 'resume' });
    expect(tabs.navigations.at(-1)).toEqual({ tabId: 10, url: 'https://compte.exemple.fr/connexion' });
  });

  it('« Reprendre » without a session goes nowhere', async () => {
    const { service, tabs } = setup();
    expect(await service.run(1, { type: 'resume' })).toBeNull();
    expect(tabs.navigations).toEqual([]);
  });

  it('does not navigate when the active tab is already on the first step’s page', async () => {
    const { service, tabs } = setup({ 1: { id: 10, url: 'https://www.exemple.fr/aides' } });
    await service.run(1, { type: 'start', guideId: 'exemple/demarche', level: 'decouvre' });
    expect(tabs.navigations).toEqual([]);
  });

  it.each([
    ['on another site', { id: 10, url: 'https://www.autre-exemple.fr/' }],
    ['on a lookalike host', { id: 10, url: 'https://www.exemple.fr.autre.example/' }],
    ['whose url the extension cannot see', { id: 10 }],
  ])('sends the active tab %s to the start page', async (_, tab) => {
    const { service, tabs } = setup({ 1: tab });
    await service.run(1, { type: 'start', guideId: 'exemple/demarche', level: 'decouvre' });
    expect(tabs.navigations).toEqual([{ tabId: 10, url: 'https://www.exemple.fr/' }]);
  });

  it('sends the tab back to the start page on restart from another page', async () => {
    const active = { 1: { id: 10, url: 'https://www.exemple.fr/' } };
    const { service, tabs } = setup(active);
    await service.run(1, { type: 'start', guideId: 'exemple/demarche', level: 'decouvre' });
    await service.run(1, { type: 'step-done', guideId: 'exemple/demarche', stepId: 'ouvrir' });
    active[1] = { id: 10, url: 'https://compte.exemple.fr/connexion' };
    const snapshot = await service.run(1, { type: 'restart' });
    expect(snapshot?.state.stepIndex).toBe(0);
    expect(tabs.navigations).toEqual([{ tabId: 10, url: 'https://www.exemple.fr/' }]);
  });

  it('advances on step-done for the current step, with its duration', async () => {
    const { service, store, tabs, tick } = setup();
    await service.run(1, { type: 'start', guideId: 'exemple/demarche', level: 'decouvre' });
    tick(4_000);
    const snapshot = await service.run(1, { type: 'step-done', guideId: 'exemple/demarche', stepId: 'ouvrir' });
    expect(snapshot?.state).toMatchObject({ stepIndex: 1, stepStartedAt: 5_000, durations: { ouvrir: 4_000 } });
    expect(store.data['1']?.stepIndex).toBe(1);
    expect(tabs.broadcasts).toHaveLength(2);
    expect(tabs.broadcasts[1]?.snapshot?.state.stepIndex).toBe(1);
  });

  it.each([
    ['another step', { guideId: 'exemple/demarche', stepId: 'saisir' }],
    ['another guide', { guideId: 'exemple/autre', stepId: 'ouvrir' }],
  ])('ignores a stale step-done for %s: no write, no broadcast', async (_, report) => {
    const { service, store, tabs } = setup();
    const started = await service.run(1, { type: 'start', guideId: 'exemple/demarche', level: 'decouvre' });
    const writes = store.writes;
    const snapshot = await service.run(1, { type: 'step-done', ...report });
    expect(snapshot).toEqual(started);
    expect(store.writes).toBe(writes);
    expect(tabs.broadcasts).toHaveLength(1);
  });

  it('ignores step-done, back and restart in a window without a session', async () => {
    const { service, store, tabs } = setup();
    expect(await service.run(1, { type: 'step-done', guideId: 'exemple/demarche', stepId: 'ouvrir' })).toBeNull();
    expect(await service.run(1, { type: 'back' })).toBeNull();
    expect(await service.run(1, { type: 'restart' })).toBeNull();
    expect(store.data).toEqual({});
    expect(tabs.navigations).toEqual([]);
  });

  it('finishes after the last step', async () => {
    const { service } = setup();
    await service.run(1, { type: 'start', guideId: 'exemple/demarche', level: 'decouvre' });
    await service.run(1, { type: 'step-done', guideId: 'exemple/demarche', stepId: 'ouvrir' });
    const snapshot = await service.run(1, { type: 'step-done', guideId: 'exemple/demarche', stepId: 'saisir' });
    expect(snapshot?.state.status).toBe('finished');
  });

  it('quits: removes the session and broadcasts null', async () => {
    const { service, store, tabs } = setup();
    await service.run(1, { type: 'start', guideId: 'exemple/demarche', level: 'decouvre' });
    expect(await service.run(1, { type: 'quit' })).toBeNull();
    expect(store.data).toEqual({});
    expect(tabs.broadcasts.at(-1)).toEqual({ windowId: 1, snapshot: null });
    expect(await service.run(1, { type: 'get' })).toBeNull();
  });

  it('keeps one independent session per window', async () => {
    const { service, tabs } = setup({
      1: { id: 10, url: 'https://www.exemple.fr/' },
      2: { id: 20, url: 'https://www.exemple.fr/' },
    });
    await service.run(1, { type: 'start', guideId: 'exemple/demarche', level: 'decouvre' });
    await service.run(2, { type: 'start', guideId: 'exemple/demarche', level: 'debrouille' });
    await service.run(1, { type: 'step-done', guideId: 'exemple/demarche', stepId: 'ouvrir' });
    expect((await service.run(1, { type: 'get' }))?.state).toMatchObject({ stepIndex: 1, level: 'decouvre' });
    expect((await service.run(2, { type: 'get' }))?.state).toMatchObject({ stepIndex: 0, level: 'debrouille' });
    await service.run(2, { type: 'quit' });
    expect((await service.run(1, { type: 'get' }))?.state.stepIndex).toBe(1);
    expect(await service.run(2, { type: 'get' })).toBeNull();
    expect(tabs.broadcasts.map((b) => b.windowId)).toEqual([1, 2, 1, 2]);
  });

  it('runs commands in arrival order even when they are not awaited', async () => {
    const { service } = setup();
    const started = service.run(1, { type: 'start', guideId: 'exemple/demarche', level: 'decouvre' });
    const done = service.run(1, { type: 'step-done', guideId: 'exemple/demarche', stepId: 'ouvrir' });
    const got = service.run(1, { type: 'get' });
    const [a, b, c] = await Promise.all([started, done, got]);
    expect(a?.state.stepIndex).toBe(0);
    expect(b?.state.stepIndex).toBe(1);
    expect(c?.state.stepIndex).toBe(1);
  });

  it('rejects an unknown guide id and keeps working afterwards', async () => {
    const { service, store, tabs } = setup();
    await expect(service.run(1, { type: 'start', guideId: 'exemple/inconnu', level: 'decouvre' })).rejects.toThrow(
      'unknown guide exemple/inconnu',
    );
    expect(store.data).toEqual({});
    expect(tabs.broadcasts).toEqual([]);
    await expect(service.run(1, { type: 'get' })).resolves.toBeNull();
  });

  it('runs the kiosk wipe alone: a step reported at the same moment is wiped too, or finds nothing', async () => {
    const store = new MemoryStore();
    const service = new SessionService(CATALOGUE, store, new FakeTabs({ 1: { id: 10 } }));
    await service.run(1, { type: 'start', guideId: GUIDE.id, level: 'decouvre' });
    // Not awaited: the step arrives just before the wipe, another just after.
    const before = service.run(1, { type: 'step-done', guideId: GUIDE.id, stepId: 'ouvrir' });
    const wiped = service.exclusive(async () => {
      store.data = {};
    });
    const after = service.run(1, { type: 'step-done', guideId: GUIDE.id, stepId: 'saisir' });
    await Promise.all([before, wiped, after]);
    expect(store.data).toEqual({});
    await expect(after).resolves.toBeNull();
  });
});
