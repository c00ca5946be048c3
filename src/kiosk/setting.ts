// The kiosk setting (kiosk mode on or off, minutes of inactivity) as the wipe needs it. Managed
// storage can answer `{}` or fail just after the browser starts: that read is retried, then the
// last setting a real policy gave (kept in storage.local) applies. An empty read never turns kiosk
// mode off. Reads, storage and waiting are injected.

export interface KioskSetting {
  kioskMode: boolean;
  inactivityMinutes: number;
}

/** Where the setting came from: a policy that answered, the last one remembered, or the default. */
export type SettingSource = 'policy' | 'memory' | 'default';

export interface SettingRead {
  setting: KioskSetting;
  source: SettingSource;
}

export interface PolicyAnswer {
  /** False when managed storage failed or answered no field at all. */
  answered: boolean;
  setting: KioskSetting;
}

export interface SettingPort {
  readPolicy(): Promise<PolicyAnswer>;
  remembered(): Promise<KioskSetting | undefined>;
  remember(setting: KioskSetting): Promise<void>;
  sleep(ms: number): Promise<void>;
}

/** Waits between the start-up reads that found no policy: about 15 seconds in all. */
export const STARTUP_RETRIES_MS = [1000, 2000, 4000, 8000] as const;

export async function readKioskSetting(
  port: SettingPort,
  startup: boolean,
  fallback: KioskSetting,
): Promise<SettingRead> {
  const waits = startup ? STARTUP_RETRIES_MS : [];
  for (let attempt = 0; ; attempt++) {
    const answer = await port.readPolicy().catch((): PolicyAnswer => ({ answered: false, setting: fallback }));
    if (answer.answered) {
      const known = await port.remembered();
      if (known?.kioskMode !== answer.setting.kioskMode || known.inactivityMinutes !== answer.setting.inactivityMinutes)
        await port.remember(answer.setting);
      return { setting: answer.setting, source: 'policy' };
    }
    const wait = waits[attempt];
    if (wait === undefined) break;
    await port.sleep(wait);
  }
  const known = await port.remembered();
  return known ? { setting: known, source: 'memory' } : { setting: fallback, source: 'default' };
}
