// Takes docs/screenshot-pin.png: the popup's first screen with its « keep the button in sight »
// hint, as a learner sees it while the button is not pinned (built extension, headless
// Chromium, where an unpacked extension starts unpinned). Run after `npm run build`.
import { join } from 'node:path';
import { launchWithExtension, ROOT } from '../tests/support/extension';

async function main(): Promise<void> {
  const browser = await launchWithExtension({ headless: true });
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 420, height: 900 });
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const hint = page.getByTestId('pin-hint');
    await hint.waitFor();
    const file = join(ROOT, 'docs', 'screenshot-pin.png');
    await hint.screenshot({ path: file });
    console.log(file);
  } finally {
    await browser.close();
  }
}

void main();
