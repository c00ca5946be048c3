// The background's session service: one session per browser window, kept in storage (never in
// service-worker variables, which MV3 drops after ~30 s idle). Operations are serialised so a
// step reported just before a navigation is applied before the next page asks where it is.
import type { Catalogue, Guide } from '../guide';
import { matchAnyUrlPattern } from '../shared/url-pattern';
import { sessionEvents, type JournalEvent } from './journal';
import { startSession, transition, type Level, type SessionEvent, type SessionState } from './machine';

export interface SessionStore {
  read(): Promise<Record<string, SessionState>>;
  write(sessions: Record<string, SessionState>): Promise<void>;
}

export interface TabsPort {
  /** The active tab of a window (its URL only when the extension may see it). */
  activeTab(windowId: number): Promise<{ id: number; url?: string } | undefined>;
  navigate(tabId: number, url: string): Promise<void>;
  /** Tells every tab of the window that the session changed. */
  broadcast(windowId: number, snapshot: Snapshot | null): Promise<void>;
}

export interface Snapshot {
  guide: Guide;
  state: SessionState;
}

export type SessionCommand =
  | { type: 'get' }
  | { type: 'start'; guideId: string; level: Level }
  | { type: 'step-done'; guideId: string; stepId: string }
  | { type: 'back' }
  | { type: 'restart' }
  | { type: 'jump'; guideId: string; stepId: string }
  /** Skip the current step (optional, or conditional and not shown): it must be the one named. */
  | { type: 'skip'; guideId: string; stepId: string }
  | { type: 'quit' }
  /** Go back to the page of the current step (after the tab was closed, say). */
  | { type: 'resume' };

export class SessionService {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly guides: Map<string, Guide>;

  constructor(
    catalogue: Catalogue,
    private readonly store: SessionStore,
    private readonly tabs: TabsPort,
    private readonly now: () => number = Date.now,
    /** Where the counsellor's report is kept (steps done, times, end); failures never stop a guide. */
    private readonly journal?: (events: JournalEvent[]) => Promise<void>,
  ) {
    this.guides = new Map(catalogue.guides.map((guide) => [guide.id, guide]));
  }

  /** Runs one command for a window; commands run one at a time, in arrival order. */
  run(windowId: number, command: SessionCommand): Promise<Snapshot | null> {
    const next = this.queue.then(() => this.apply(windowId, command));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Runs `task` between two commands, alone: the kiosk wipe, so that a step reported at the same
   * moment is either wiped with the rest or finds nothing left to write to. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private snapshot(state: SessionState | undefined): Snapshot | null {
    const guide = state && this.guides.get(state.guideId);
    return guide && state ? { guide, state } : null;
  }

  private async apply(windowId: number, command: SessionCommand): Promise<Snapshot | null> {
    const sessions = await this.store.read();
    const key = String(windowId);
    const current = sessions[key];
    const at = this.now();
    let next: SessionState | undefined;
    switch (command.type) {
      case 'get':
        return this.snapshot(current);
      case 'resume': {
        const snapshot = this.snapshot(current);
        if (snapshot) await this.openStep(windowId, snapshot);
        return snapshot;
      }
      case 'start': {
        const guide = this.guides.get(command.guideId);
        if (!guide) throw new Error(`unknown guide ${command.guideId}`);
        next = startSession(guide.id, command.level, at);
        break;
      }
      case 'step-done':
        if (!current || current.guideId !== command.guideId) return this.snapshot(current);
        next = this.step(current, { type: 'step-done', stepId: command.stepId, at });
        break;
      case 'back':
        next = current && this.step(current, { type: 'back', at });
        break;
      case 'restart':
        next = current && this.step(current, { type: 'restart', at });
        break;
      case 'jump':
      case 'skip':
        if (!current || current.guideId !== command.guideId) return this.snapshot(current);
        next = this.step(current, { type: command.type, stepId: command.stepId, at });
        break;
      case 'quit':
        next = undefined;
        break;
    }
    if (next === current && command.type !== 'quit') return this.snapshot(current);
    if (next) sessions[key] = next;
    else delete sessions[key];
    await this.store.write(sessions);
    const snapshot = this.snapshot(next);
    await this.tabs.broadcast(windowId, snapshot);
    // After the pages are told: the report's note must not delay the guide.
    void this.note(command.type, current, next, at);
    if (command.type === 'start' || command.type === 'restart') await this.openStart(windowId, snapshot);
    return snapshot;
  }

  private async note(
    type: SessionCommand['type'],
    before: SessionState | undefined,
    after: SessionState | undefined,
    at: number,
  ) {
    if (!this.journal) return;
    const kind = type === 'start' || type === 'step-done' || type === 'skip' || type === 'quit' ? type : 'other';
    const guide = this.guides.get((before ?? after)?.guideId ?? '');
    const events = sessionEvents(kind, before, after, guide, at);
    if (events.length > 0) await this.journal(events).catch(() => undefined);
  }

  private step(state: SessionState, event: SessionEvent): SessionState {
    const guide = this.guides.get(state.guideId);
    return guide ? transition(state, event, guide.steps) : state;
  }

  /**
   * Sends the window's active tab to the current step's page: its address when the guide gives a
   * fixed one (a trailing * is dropped), else the guide's start. The address always comes from
   * the catalogue, never from a message.
   */
  private async openStep(windowId: number, snapshot: Snapshot): Promise<void> {
    const step = snapshot.guide.steps[Math.min(snapshot.state.stepIndex, snapshot.guide.steps.length - 1)];
    const pattern = step?.page[0]?.replace(/\*$/, '');
    const url = pattern && !pattern.includes('*') ? pattern : snapshot.guide.start;
    const tab = await this.tabs.activeTab(windowId);
    if (tab) await this.tabs.navigate(tab.id, url);
  }

  /** Sends the window's active tab to the guide's start page unless it is already on the first step's page. */
  private async openStart(windowId: number, snapshot: Snapshot | null): Promise<void> {
    const first = snapshot?.guide.steps[0];
    if (!snapshot || !first) return;
    const tab = await this.tabs.activeTab(windowId);
    if (!tab) return;
    if (tab.url && matchAnyUrlPattern(first.page, tab.url)) return;
    await this.tabs.navigate(tab.id, snapshot.guide.start);
  }
}
