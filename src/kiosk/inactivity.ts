// Kiosk mode's unattended wipe, driven by the person, not by pages: the system's idle or locked
// state (idle API) starts it, a periodic alarm asks the same in case the worker missed the event,
// and the browser's start starts it too. The setting comes from src/kiosk/setting.ts. Browser
// calls are injected, so tests drive the idle state and the alarm without waiting.
import type { KioskSetting, SettingRead } from './setting';

export type IdleState = 'active' | 'idle' | 'locked';

/** The alarm that checks, every minute in kiosk mode, whether the person has gone. */
export const IDLE_ALARM = 'coup-de-pouce-idle';

/** The browser's shortest idle detection interval (Chrome: 15 seconds). */
const MIN_DETECTION_SECONDS = 15;

export function detectionSeconds(setting: KioskSetting): number {
  return Math.max(MIN_DETECTION_SECONDS, setting.inactivityMinutes * 60);
}

export interface KioskWatchPort {
  /** The kiosk setting; `startup`: just after the browser started (empty reads are retried). */
  setting(startup: boolean): Promise<SettingRead>;
  queryIdle(seconds: number): Promise<IdleState>;
  setDetectionInterval(seconds: number): void;
  alarmExists(): Promise<boolean>;
  createAlarm(): Promise<void>;
  clearAlarm(): Promise<void>;
  /** Whether a learner left anything (a trace, a running guide) for the alarm's wipe to remove. */
  somethingToWipe(): Promise<boolean>;
  wipe(): Promise<void>;
}

export interface KioskWatch {
  /** At the worker's start and whenever the policy changes: the alarm and the idle interval. */
  schedule(): Promise<void>;
  /** The browser started: the same, after retried reads, then in kiosk mode nothing of the last
   * person stays. */
  browserStarted(): Promise<void>;
  /** The system says the person is idle or locked the screen. */
  idleStateChanged(state: IdleState): Promise<void>;
  /** The periodic check. */
  alarm(): Promise<void>;
}

export function createKioskWatch(port: KioskWatchPort): KioskWatch {
  // One wipe per absence: the event and the alarm may both see the same idle period.
  let running: Promise<void> | undefined;
  const wipeOnce = () => {
    running ??= port.wipe().finally(() => (running = undefined));
    return running;
  };
  const apply = async (read: SettingRead) => {
    if (read.setting.kioskMode) {
      port.setDetectionInterval(detectionSeconds(read.setting));
      if (!(await port.alarmExists())) await port.createAlarm();
    } else if (read.source === 'policy') {
      // Only a policy that really says « no kiosk » removes the alarm; an empty read never does.
      await port.clearAlarm();
    }
  };
  return {
    async schedule() {
      await apply(await port.setting(false));
    },
    async browserStarted() {
      // Just after the start managed storage may answer nothing yet: this read is retried.
      const read = await port.setting(true);
      await apply(read);
      if (read.setting.kioskMode) await wipeOnce();
    },
    async idleStateChanged(state) {
      if (state === 'active') return;
      if ((await port.setting(false)).setting.kioskMode) await wipeOnce();
    },
    async alarm() {
      const { setting } = await port.setting(false);
      if (!setting.kioskMode) return;
      const state = await port.queryIdle(detectionSeconds(setting));
      if (state !== 'active' && (await port.somethingToWipe())) await wipeOnce();
    },
  };
}
