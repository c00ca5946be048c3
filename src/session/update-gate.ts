// An extension update never cuts a running guide. Chrome and Firefox hold a downloaded update
// while the extension listens to runtime.onUpdateAvailable; this gate applies it (reload) at once
// when no guide runs, and otherwise as soon as the last running guide ends or is left. The
// « update waiting » mark lives in storage.session, so a stopped service worker loses nothing.
import type { SessionState } from './machine';

export interface UpdateGatePorts {
  sessions(): Promise<Record<string, SessionState>>;
  pending(): Promise<boolean>;
  setPending(value: boolean): Promise<void>;
  /** runtime.reload(): the new version starts; pages' coaches see their port close and step aside. */
  reload(): void;
}

export interface UpdateGate {
  /** runtime.onUpdateAvailable fired. */
  updateAvailable(): Promise<void>;
  /** A session changed (a guide ended, was left, or the worker started): apply a waiting update? */
  check(): Promise<void>;
}

const running = (sessions: Record<string, SessionState>) =>
  Object.values(sessions).some((session) => session.status === 'running');

export function createUpdateGate(ports: UpdateGatePorts): UpdateGate {
  const applyIfIdle = async () => {
    if (running(await ports.sessions())) return false;
    await ports.setPending(false);
    ports.reload();
    return true;
  };
  return {
    async updateAvailable() {
      if (!(await applyIfIdle())) await ports.setPending(true);
    },
    async check() {
      if (await ports.pending()) await applyIfIdle();
    },
  };
}
