// Kiosk mode's unattended wipe follows the person: the system's idle or locked state starts it, the
// alarm checks the same state, and page activity plays no part. The kiosk setting survives an
// empty or failed policy read (retried just after start-up, then remembered), and an empty read
// never removes the alarm. Idle state, alarm, policy and waiting are all injected: no real time.
import { describe, expect, it } from 'vitest';
import {
  createKioskWatch,
  readKioskSetting,
  STARTUP_RETRIES_MS,
  type IdleState,
  type KioskSetting,
  type PolicyAnswer,
  type SettingRead,
} from '../../src/kiosk';
import { parsePolicy } from '../../src/policy';

const OFF: KioskSetting = { kioskMode: false, inactivityMinutes: 15 };
const ON: KioskSetting = { kioskMode: true, inactivityMinutes: 10 };

function settingPort(answers: (PolicyAnswer | Error)[], memory?: KioskSetting) {
  const waits: number[] = [];
  let remembered = memory;
  let reads = 0;
  return {
    port: {
      readPolicy: () => {
        const answer = answers[Math.min(reads++, answers.length - 1)]!;
        return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
      },
      remembered: () => Promise.resolve(remembered),
      remember: (setting: KioskSetting) => {
        remembered = setting;
        return Promise.resolve();
      },
      sleep: (ms: number) => {
        waits.push(ms);
        return Promise.resolve();
      },
    },
    waits,
    reads: () => reads,
    memory: () => remembered,
  };
}
const empty: PolicyAnswer = { answered: false, setting: OFF };

describe('readKioskSetting', () => {
  it('a policy that answers is used and remembered', async () => {
    const { port, memory } = settingPort([{ answered: true, setting: ON }]);
    expect(await readKioskSetting(port, true, OFF)).toEqual({ setting: ON, source: 'policy' });
    expect(memory()).toEqual(ON);
  });

  it('just after start-up, an empty or failed read is retried until the policy answers', async () => {
    const { port, waits, reads } = settingPort([empty, new Error('not ready'), { answered: true, setting: ON }]);
    expect(await readKioskSetting(port, true, OFF)).toEqual({ setting: ON, source: 'policy' });
    expect(reads()).toBe(3);
    expect(waits).toEqual(STARTUP_RETRIES_MS.slice(0, 2));
  });

  it('when the policy never answers, the last known setting stays (kiosk mode is not lost)', async () => {
    const { port, waits } = settingPort([empty], ON);
    expect(await readKioskSetting(port, true, OFF)).toEqual({ setting: ON, source: 'memory' });
    expect(waits).toEqual([...STARTUP_RETRIES_MS]);
  });

  it('later reads are not retried; with nothing remembered the default applies', async () => {
    const { port, waits, memory } = settingPort([empty]);
    expect(await readKioskSetting(port, false, OFF)).toEqual({ setting: OFF, source: 'default' });
    expect(waits).toEqual([]);
    expect(memory()).toBeUndefined();
  });

  it('a policy that really says no kiosk replaces the remembered kiosk setting', async () => {
    const { port, memory } = settingPort([{ answered: true, setting: OFF }], ON);
    expect(await readKioskSetting(port, false, OFF)).toEqual({ setting: OFF, source: 'policy' });
    expect(memory()).toEqual(OFF);
  });
});

describe('a broken kioskMode field', () => {
  it('keeps the safe side (kiosk mode on) with a notice; an absent one is off', () => {
    const broken = parsePolicy({ kioskMode: 'oui' });
    expect(broken.policy.kioskMode).toBe(true);
    expect(broken.notices.join(' ')).toContain('Le réglage le plus sûr s’applique : mode kiosque');
    expect(parsePolicy({ defaultLevel: 'entraine' }).policy.kioskMode).toBe(false);
  });
});

function watchPort(read: SettingRead, idle: IdleState = 'active', something = true) {
  const calls: string[] = [];
  let alarm = false;
  let release: (() => void) | undefined;
  let hold = false;
  const port = {
    setting: (startup: boolean) => {
      calls.push(`setting${startup ? ' (startup)' : ''}`);
      return Promise.resolve(read);
    },
    queryIdle: (seconds: number) => {
      calls.push(`query ${seconds}`);
      return Promise.resolve(idle);
    },
    setDetectionInterval: (seconds: number) => calls.push(`interval ${seconds}`),
    alarmExists: () => Promise.resolve(alarm),
    createAlarm: () => {
      alarm = true;
      calls.push('alarm created');
      return Promise.resolve();
    },
    clearAlarm: () => {
      alarm = false;
      calls.push('alarm cleared');
      return Promise.resolve();
    },
    somethingToWipe: () => Promise.resolve(something),
    wipe: () => {
      calls.push('wipe');
      return hold ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
    },
  };
  return {
    port,
    calls,
    hasAlarm: () => alarm,
    setAlarm: (on: boolean) => (alarm = on),
    holdWipes: () => (hold = true),
    release: () => release?.(),
  };
}

describe('createKioskWatch', () => {
  it('kiosk mode: the alarm, and the idle detection interval from the inactivity minutes', async () => {
    const { port, calls, hasAlarm } = watchPort({ setting: ON, source: 'policy' });
    await createKioskWatch(port).schedule();
    expect(calls).toEqual(['setting', 'interval 600', 'alarm created']);
    expect(hasAlarm()).toBe(true);
  });

  it('an empty read (default or remembered setting) never clears the alarm; a real « no kiosk » does', async () => {
    for (const source of ['default', 'memory'] as const) {
      const fake = watchPort({ setting: OFF, source });
      fake.setAlarm(true);
      await createKioskWatch(fake.port).schedule();
      expect(fake.hasAlarm(), source).toBe(true);
    }
    const fake = watchPort({ setting: OFF, source: 'policy' });
    fake.setAlarm(true);
    await createKioskWatch(fake.port).schedule();
    expect(fake.hasAlarm()).toBe(false);
  });

  it.each([
    ['idle', true],
    ['locked', true],
    ['active', false],
  ] as const)('the system says %s: wipe %s', async (state, wiped) => {
    const { port, calls } = watchPort({ setting: ON, source: 'policy' });
    await createKioskWatch(port).idleStateChanged(state);
    expect(calls.includes('wipe')).toBe(wiped);
  });

  it('outside kiosk mode the idle state wipes nothing', async () => {
    const { port, calls } = watchPort({ setting: OFF, source: 'policy' }, 'idle');
    const watch = createKioskWatch(port);
    await watch.idleStateChanged('idle');
    await watch.alarm();
    expect(calls).not.toContain('wipe');
  });

  it('the alarm asks the system: pages that reload do not keep a session alive, a person does', async () => {
    const away = watchPort({ setting: ON, source: 'policy' }, 'idle');
    await createKioskWatch(away.port).alarm();
    expect(away.calls).toEqual(['setting', 'query 600', 'wipe']);
    const here = watchPort({ setting: ON, source: 'policy' }, 'active');
    await createKioskWatch(here.port).alarm();
    expect(here.calls).not.toContain('wipe');
    const nothingLeft = watchPort({ setting: ON, source: 'policy' }, 'locked', false);
    await createKioskWatch(nothingLeft.port).alarm();
    expect(nothingLeft.calls).not.toContain('wipe');
  });

  it('the event and the alarm during the same absence wipe once', async () => {
    const fake = watchPort({ setting: ON, source: 'policy' }, 'idle');
    fake.holdWipes();
    const watch = createKioskWatch(fake.port);
    const first = watch.idleStateChanged('idle');
    await Promise.resolve();
    await Promise.resolve();
    const second = watch.alarm();
    await new Promise((resolve) => setTimeout(resolve, 0));
    fake.release();
    await Promise.all([first, second]);
    expect(fake.calls.filter((c) => c === 'wipe')).toHaveLength(1);
  });

  it('the browser start reads with retries, sets the alarm and wipes in kiosk mode', async () => {
    const { port, calls } = watchPort({ setting: ON, source: 'memory' });
    await createKioskWatch(port).browserStarted();
    expect(calls).toEqual(['setting (startup)', 'interval 600', 'alarm created', 'wipe']);
  });

  it('the shortest inactivity setting, one minute, gives a 60-second detection interval', async () => {
    const { port, calls } = watchPort({ setting: { kioskMode: true, inactivityMinutes: 1 }, source: 'policy' });
    await createKioskWatch(port).schedule();
    expect(calls).toContain('interval 60');
  });
});
