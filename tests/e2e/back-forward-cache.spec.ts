// Back/forward cache: a page the learner returns to with Back is restored frozen, with the coach
// as it was when the learner left. The coach must ask again where the learner is (pageshow) and
// resync there, instead of showing a stale step. Playwright turns the cache off by default; this
// test turns it on and checks that the page really came from the cache.
import { expect, test } from '@playwright/test';
import { launchWithExtension, type Launched } from '../support/extension';
import { act, expectStep, loadGuide, startGuideFromPopup } from '../support/learner';

const guide = loadGuide('caf/attestation-paiement');
let browser: Launched;

test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true, backForwardCache: true });
});
test.afterEach(async () => {
  await browser.close();
});

test('Back to a page restored from the back/forward cache: the coach resumes at the step it shows', async () => {
  const page = await startGuideFromPopup(browser, guide);
  await page.addInitScript(() =>
    addEventListener('pageshow', (event) => {
      (window as unknown as { restored: boolean }).restored = event.persisted;
    }),
  );
  await page.reload(); // so that the init script runs on the CAF home page too
  await act(page, (await expectStep(page, guide, 0)).step);
  await expectStep(page, guide, 1);
  // A restored page fires no load event: wait for the navigation to commit only.
  await page.goBack({ waitUntil: 'commit' });
  expect(page.url()).toBe('https://www.caf.fr/');
  await expect.poll(() => page.evaluate(() => (window as unknown as { restored?: boolean }).restored)).toBe(true);
  const { overlay } = await expectStep(page, guide, 0);
  expect(overlay.tooltip?.resumed).toBe('On reprend ici.');
  await act(page, guide.steps[0]!);
  await expectStep(page, guide, 1);
});
