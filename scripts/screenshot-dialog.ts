// Takes docs/screenshot-dialog.png: the risky-step dialog before « Valider mon actualisation »
// on the France Travail replica (built extension, headless Chromium). Run after `npm run build`.
import { join } from 'node:path';
import { launchWithExtension, ROOT } from '../tests/support/extension';
import { loadGuide, startGuideFromPopup, walkGuide } from '../tests/support/learner';
import { waitForOverlay } from '../tests/support/overlay';

async function main(): Promise<void> {
  const browser = await launchWithExtension({ headless: true });
  try {
    const guide = loadGuide('france-travail/actualisation');
    const index = guide.steps.findIndex((step) => step.id === 'valider-actualisation');
    let page = await startGuideFromPopup(browser, guide);
    page = await walkGuide(browser, page, guide, { until: index });
    await page.locator('#btn-valider-actu').click();
    await waitForOverlay(page, (state) => state.dialog !== undefined);
    const file = join(ROOT, 'docs', 'screenshot-dialog.png');
    await page.screenshot({ path: file });
    console.log(file);
  } finally {
    await browser.close();
  }
}

void main();
