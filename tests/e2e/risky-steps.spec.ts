// A risky step's action is held until the learner confirms: the France Travail « Valider mon
// actualisation » click is stopped before the site sees it; the dialog says what will happen and
// what to check; Escape and « Annuler » leave the page as it was; only a real click on « Je
// continue » lets the click through, and the guide goes on; a double-click never confirms.
import { expect, test, type Page } from '@playwright/test';
import { launchWithExtension, type Launched } from '../support/extension';
import { expectStep, loadGuide, startGuideFromPopup, walkGuide } from '../support/learner';
import { clickOverlayButton, inOverlay, readOverlay, waitForOverlay } from '../support/overlay';

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

/** Where « Je continue » is on the screen (our closed shadow root, read through DevTools). */
async function confirmButtonAt(page: Page): Promise<{ x: number; y: number }> {
  const at = await inOverlay<{ x: number; y: number } | null>(
    page,
    `function () { const b = this.querySelector('[data-cdp="confirm"]'); if (!b) return null; const r = b.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }`,
  );
  if (!at) throw new Error('no « Je continue » button');
  return at;
}

test('a double-click on « Valider mon actualisation » does not confirm it: the second click lands on « Je continue » too early', async () => {
  let page = await startGuideFromPopup(browser, guide);
  page = await walkGuide(browser, page, guide, { until: confirmIndex });
  const summary = page.url();
  const button = page.locator('#btn-valider-actu');
  // Where « Je continue » appears: the page's button is put right under it, as can happen on a
  // small screen, so the learner's second click lands on it.
  await button.click();
  await waitForOverlay(page, (s) => s.dialog !== undefined);
  const at = await confirmButtonAt(page);
  await page.keyboard.press('Escape');
  await waitForOverlay(page, (s) => s.dialog === undefined);
  await button.evaluate((el, { x, y }) => {
    Object.assign(el.style, { position: 'fixed', margin: '0', left: `${x - 20}px`, top: `${y - 20}px`, zIndex: '10' });
  }, at);
  // The tooltip has followed the button: it no longer covers that point.
  const covers = (box: { x: number; y: number; width: number; height: number } | undefined) =>
    box !== undefined && at.x >= box.x && at.x <= box.x + box.width && at.y >= box.y && at.y <= box.y + box.height;
  await waitForOverlay(page, (s) => s.ring !== undefined && covers(s.ring) && !covers(s.tooltip?.box));
  await page.mouse.dblclick(at.x, at.y);
  const asked = await waitForOverlay(page, (s) => s.dialog?.ready === true);
  expect(asked.dialog?.level).toBe('irreversible');
  expect(await confirmButtonAt(page)).toEqual(at);
  expect(page.url()).toBe(summary);
  // A press held since before the dialog (pressed on the page, released on our button) does not either.
  await page.keyboard.press('Escape');
  await waitForOverlay(page, (s) => s.dialog === undefined);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down(); // pressed on the page's button, before the dialog
  await page.keyboard.press('Enter'); // that button has the focus: the dialog opens
  await waitForOverlay(page, (s) => s.dialog !== undefined);
  await page.mouse.up(); // released on « Je continue »
  await waitForOverlay(page, (s) => s.dialog?.ready === true);
  expect(page.url()).toBe(summary);
  // A deliberate click, once the dialog can be read, goes through.
  await clickOverlayButton(page, 'confirm');
  await page.waitForURL(/\/actualisation\/confirmation/);
});
