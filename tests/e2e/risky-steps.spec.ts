// A risky step's action is held until the learner confirms: the France Travail « Valider mon
// actualisation » click is stopped before the site sees it; the dialog says what will happen and
// what to check; Escape and « Annuler » leave the page as it was; only a real click on « Je
// continue » lets the click through, and the guide goes on.
import { expect, test } from '@playwright/test';
import { launchWithExtension, type Launched } from '../support/extension';
import { expectStep, loadGuide, startGuideFromPopup, walkGuide } from '../support/learner';
import { clickOverlayButton, readOverlay, waitForOverlay } from '../support/overlay';

const guide = loadGuide('france-travail/actualisation');
const confirmIndex = guide.steps.findIndex((s) => s.id === 'valider-actualisation');
let browser: Launched;

test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true });
});
test.afterEach(async () => {
  await browser.close();
});

test('« Valider mon actualisation » is held: Escape and « Annuler » keep the page; « Je continue » sends it', async () => {
  let page = await startGuideFromPopup(browser, guide);
  page = await walkGuide(browser, page, guide, { until: confirmIndex });
  const step = guide.steps[confirmIndex]!;
  const summary = page.url();
  expect(summary).toContain('/declaration/validation');

  await page.locator('#btn-valider-actu').click();
  const asked = await waitForOverlay(page, (s) => s.dialog !== undefined);
  expect(asked.dialog?.level).toBe('irreversible');
  expect(asked.dialog?.text).toContain('vous ne pourrez pas revenir en arrière');
  expect(asked.dialog?.text).toContain(step.risk!.why);
  for (const item of step.risk!.check ?? []) expect(asked.dialog?.text).toContain(item);
  // « Annuler » has the focus: Escape cancels, and the site never saw the click.
  await page.keyboard.press('Escape');
  await waitForOverlay(page, (s) => s.dialog === undefined);
  await page.waitForTimeout(300);
  expect(page.url()).toBe(summary);
  await expectStep(page, guide, confirmIndex);

  await page.locator('#btn-valider-actu').click();
  await waitForOverlay(page, (s) => s.dialog !== undefined);
  await clickOverlayButton(page, 'cancel');
  await waitForOverlay(page, (s) => s.dialog === undefined);
  expect(page.url()).toBe(summary);

  // The page itself cannot confirm: our dialog is out of its reach (closed shadow root).
  await page.locator('#btn-valider-actu').click();
  await waitForOverlay(page, (s) => s.dialog !== undefined);
  const reached = await page.evaluate(() => {
    const host = document.querySelector('coup-de-pouce-coach');
    return host?.shadowRoot ?? null;
  });
  expect(reached).toBeNull();
  await page.waitForTimeout(300);
  expect(page.url()).toBe(summary);
  expect((await readOverlay(page)).dialog).toBeDefined();

  // The learner confirms with a real click: the site receives the click and moves on.
  await clickOverlayButton(page, 'confirm');
  await page.waitForURL(/\/actualisation\/confirmation/);
  await expectStep(page, guide, confirmIndex + 1);
});
