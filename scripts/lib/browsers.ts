// Makes sure the browser the tests and `npm start` drive is there: on Debian or Ubuntu, as root
// or with password-less sudo, it installs the distribution's package by itself (one line says
// so); anywhere else it says in one sentence what to install, and the caller stops.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, NO_CHROMIUM } from '../../tests/support/chromium';

/** Whether apt-get can be run here without a password: root, or sudo that asks for none. */
function aptPrefix(): string[] | undefined {
  if (process.platform !== 'linux' || !existsSync('/etc/debian_version') || !existsSync('/usr/bin/apt-get')) {
    return undefined;
  }
  if (process.getuid?.() === 0) return [];
  return spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0 ? ['sudo', '-n'] : undefined;
}

function apt(prefix: string[], args: string[]): boolean {
  const [command, ...rest] = [...prefix, 'apt-get', ...args];
  const result = spawnSync(command!, rest, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/** The Chromium to drive, installed first when missing and possible; undefined after saying why. */
export function ensureChromium(): string | undefined {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH) {
    console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, and there is no file there. ${NO_CHROMIUM}`);
    return undefined;
  }
  const prefix = aptPrefix();
  if (!prefix) {
    console.error(NO_CHROMIUM);
    return undefined;
  }
  console.log("No Chromium found: installing Debian's chromium package (apt-get install chromium, about 2 minutes)…");
  if (!apt(prefix, ['update', '-qq']) || !apt(prefix, ['install', '-y', '-qq', 'chromium'])) {
    console.error(`The installation of chromium failed (see apt-get's message above). ${NO_CHROMIUM}`);
    return undefined;
  }
  const installed = findChromium();
  if (!installed) console.error(NO_CHROMIUM);
  return installed;
}
