// The three levels, in Chromium with the built extension: « Je m'entraîne » points only after
// the learner hesitates; « Je me débrouille » lets the learner go alone but still warns before a
// risky step.
import { expect, test } from '@playwright/test';
import { launchWithExtension, type Launched } from '../support/extension';
import { act, expectStep, loadGuide, startGuideFromPopup } from '../support/learner';
import { readOverlay } from '../support/overlay';

const guide = loadGuide('caf/attestation-paiement');
let browser: Launched;

test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true });
});
test.afterEach(async () => {
  await browser.close();
});

test("« Je m'entraîne »: no tooltip at first, then the tooltip when the learner hesitates", async () => {
  const page = await startGuideFromPopup(browser, guide, 'entraine');
  await page.waitForTimeout(3000);
  expect((await readOverlay(page)).tooltip, 'nothing pointed during the first seconds').toBeUndefined();
  const started = Date.now();
  await expectStep(page, guide, 0, 8000);
  expect(Date.now() - started).toBeGreaterThan(1000);
  // Acting quickly on the next step: the coach stays quiet and follows.
  await act(page, guide.steps[0]!);
  await page.waitForURL(/wwwd\.caf\.fr/);
  await page.waitForTimeout(1000);
  expect((await readOverlay(page)).tooltip).toBeUndefined();
});

test('« Je me débrouille »: the learner goes alone, and the risky step is still announced', async () => {
  const page = await startGuideFromPopup(browser, guide, 'debrouille');
  const risky = guide.steps.findIndex((s) => s.risk !== undefined);
  expect(risky).toBeGreaterThan(0);
  for (let i = 0; i < risky; i++) {
    await page.waitForTimeout(400);
    expect((await readOverlay(page)).tooltip, `step ${i + 1} is not pointed`).toBeUndefined();
    await act(page, guide.steps[i]!);
  }
  const { overlay } = await expectStep(page, guide, risky, 3000);
  expect(overlay.tooltip?.risk).toContain(guide.steps[risky]!.risk!.why);
});
