// First step of `npm test`: the browser the tests drive is there, installed by itself on
// Debian/Ubuntu when missing (scripts/lib/browsers.ts); elsewhere one sentence says what to do.
import { ensureChromium } from './lib/browsers';

const chromium = ensureChromium();
if (!chromium) process.exit(1);
console.log(`Chromium: ${chromium}`);
