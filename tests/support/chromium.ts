// Finds a Chromium to drive: CHROMIUM_PATH, then Debian's chromium, then Playwright's own
// browser. When none exists, one clear sentence says how to install one.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const NO_CHROMIUM =
  'No Chromium found: install one with "sudo apt-get install -y chromium" (Debian/Ubuntu) or "npx playwright install chromium", or set CHROMIUM_PATH to a Chromium executable.';

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  // Debian's /usr/bin/chromium is a wrapper script; the binary beside it starts faster and quieter.
  for (const candidate of ['/usr/lib/chromium/chromium', '/usr/bin/chromium']) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    const own = chromium.executablePath();
    return existsSync(own) ? own : undefined;
  } catch {
    return undefined;
  }
}
