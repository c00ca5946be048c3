// Before any browser test: stop at once, with one clear sentence, when there is no Chromium or
// no built extension.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, NO_CHROMIUM } from './chromium';
import { ALL_SITES_EXTENSION_DIR, EXTENSION_DIR } from './extension';

export default function globalSetup(): void {
  if (!findChromium()) throw new Error(NO_CHROMIUM);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('The extension is not built: run "npm run build" first (npm test does it for you).');
  }
  if (!existsSync(join(ALL_SITES_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('The « all sites » build is missing: run "npm run build:all-sites" (npm test does it for you).');
  }
}
