// The whole CAF payment-certificate guide with the keyboard only (issue 6, item 5): the learner
// starts it from the popup with Tab, Space and Enter, reaches each field and button of the real
// pages with Tab, types, confirms our questions with the keyboard, reads the code in the mailbox
// tab and comes back, and downloads the certificate — the mouse is never used.
import { expect, test, type Download, type Page } from '@playwright/test';
import { launchWithExtension, type Launched } from '../support/extension';
import { loadGuide, tabTo, walkGuide } from '../support/learner';
import { waitForOverlay } from '../support/overlay';

const guide = loadGuide('caf/attestation-paiement');
let browser: Launched;

test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true });
});
test.afterEach(async () => {
  await browser.close();
});

/** The popup with the keyboard: the level « Je découvre », then the guide. */
async function startWithKeyboard(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await tabTo(page, page.locator('input[name="level"][value="decouvre"]'), 'popup');
  await page.keyboard.press('Space');
  await expect(page.locator('input[name="level"][value="decouvre"]')).toBeChecked();
  await tabTo(page, page.locator(`[data-guide="${guide.id}"]`), 'popup');
  await page.keyboard.press('Enter');
  await page.waitForURL('https://www.caf.fr/');
  return page;
}

test('a learner completes the whole CAF payment-certificate guide with the keyboard only', async () => {
  const first = await startWithKeyboard();
  let mouseUsed = 0;
  const watchMouse = async (page: Page) => {
    await page.exposeFunction('__mouseUsed', () => mouseUsed++).catch(() => undefined);
    await page.addInitScript(() => {
      for (const type of ['mousedown', 'pointerdown'])
        addEventListener(
          type,
          (e) => e.isTrusted && (window as unknown as { __mouseUsed: () => void }).__mouseUsed(),
          true,
        );
    });
  };
  await watchMouse(first);
  browser.context.on('page', (page) => void watchMouse(page));
  await first.reload();

  let download: Promise<Download> | undefined;
  const seen: string[] = [];
  const page = await walkGuide(browser, first, guide, {
    hands: 'keyboard',
    onStep: ({ step, index, page: tab }) => {
      seen.push(step.id);
      if (index === guide.steps.length - 1) download = tab.waitForEvent('download');
    },
  });
  expect(seen).toEqual(guide.steps.map((s) => s.id));
  expect((await download!).suggestedFilename()).toBe('attestation-paiement.pdf');
  const end = await waitForOverlay(page, (s) => s.panel?.kind === 'finished');
  expect(end.panel?.text).toContain('Bravo');
  expect(mouseUsed, 'no mouse press on any page').toBe(0);
});
