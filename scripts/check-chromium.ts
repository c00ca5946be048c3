// First step of `npm test`: stop at once, in one sentence, when no Chromium can be found.
import { findChromium, NO_CHROMIUM } from '../tests/support/chromium';

const found = findChromium();
if (!found) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}
console.log(`Chromium: ${found}`);
