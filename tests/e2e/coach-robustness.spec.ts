// The coach under bad conditions, in Chromium with the built extension: an element that
// disappears or is duplicated (calm message, never a wrong arrow), a page that throws, removes
// our overlay or forges WXT's teardown event; and the learner's own buttons (help, back, quit).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchWithExtension, type Launched } from '../support/extension';
import { SITES_DIR } from '../support/replicas';
import { act, expectStep, loadGuide, startGuideFromPopup } from '../support/learner';
import { clickOverlayButton, readOverlay, waitForOverlay } from '../support/overlay';

const guide = loadGuide('caf/attestation-paiement');
let browser: Launched;
let page: Page;

test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true });
  page = await startGuideFromPopup(browser, guide);
  await expectStep(page, guide, 0);
});
test.afterEach(async () => {
  await browser.close();
});

test('a target that disappears gives a calm message, and the tooltip comes back with it', async () => {
  await page.evaluate(() => {
    const item = document.querySelector('.is-disconnected');
    (window as unknown as { saved: Element | null }).saved = item;
    item?.remove();
  });
  const lost = await waitForOverlay(page, (s) => s.panel?.kind === 'not-found');
  expect(lost.tooltip).toBeUndefined();
  expect(lost.ring).toBeUndefined();
  expect(lost.panel?.text).toContain('Je ne vois pas « Mon Compte » sur cette page.');
  expect(lost.panel?.text).toContain(`Étape 1 sur ${guide.steps.length}`);
  await page.evaluate(() => {
    const saved = (window as unknown as { saved: Element }).saved;
    document.querySelector('nav ul')?.append(saved);
  });
  await expectStep(page, guide, 0);
});

test('two identical candidates are ambiguous: nothing is pointed at', async () => {
  // A variant of the home page with the "Mon Compte" entry twice, served before the step searches.
  const home = readFileSync(join(SITES_DIR, 'caf', 'accueil.html'), 'utf8');
  const item = /<li class="is-disconnected">[\s\S]*?<\/li>/.exec(home)?.[0];
  expect(item, 'the replica has the Mon Compte entry').toBeDefined();
  await page.route('https://www.caf.fr/', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: home.replace(item!, `${item!}${item!}`) }),
  );
  await page.reload();
  const state = await waitForOverlay(page, (s) => s.panel?.kind === 'not-found');
  expect(state.tooltip).toBeUndefined();
  expect(state.ring).toBeUndefined();
});

test('a hostile or buggy page cannot switch the coach off', async () => {
  await page.evaluate((id) => {
    // WXT 0.21 tears a content script down on this event; extension ids are public.
    document.dispatchEvent(
      new CustomEvent(`${id}:coach:wxt:content-script-started`, {
        detail: { contentScriptName: 'coach', messageId: 'x' },
      }),
    );
    document.dispatchEvent(
      new CustomEvent(`${id}:content:wxt:content-script-started`, {
        detail: { contentScriptName: 'content', messageId: 'x' },
      }),
    );
    document.querySelector('coup-de-pouce-coach')?.remove();
    setTimeout(() => {
      throw new Error('une erreur de la page');
    });
  }, browser.extensionId);
  await expectStep(page, guide, 0);
  await act(page, guide.steps[0]!);
  await expectStep(page, guide, 1);
});

test('« Je ne trouve pas » explains what to look for; « Précédent » and « Quitter » work', async () => {
  await clickOverlayButton(page, 'help-button');
  const help = await waitForOverlay(page, (s) => (s.tooltip?.help ?? '') !== '');
  expect(help.tooltip?.help).toContain('Cherchez « Mon Compte ».');
  await act(page, guide.steps[0]!);
  await expectStep(page, guide, 1);
  await clickOverlayButton(page, 'back');
  const back = await waitForOverlay(page, (s) => s.panel?.kind === 'elsewhere');
  expect(back.panel?.text).toContain(`Étape 1 sur ${guide.steps.length}`);
  expect(back.panel?.text).toContain('Cette étape se fait sur une autre page.');
  await clickOverlayButton(page, 'quit');
  await waitForOverlay(page, (s) => !s.tooltip && !s.panel);
  await page.reload();
  await page.waitForTimeout(500);
  expect((await readOverlay(page)).panel).toBeUndefined();
  expect((await readOverlay(page)).tooltip).toBeUndefined();
});

test('a page that mutates without pause keeps its coach, and the step still completes', async () => {
  await page.evaluate(() => {
    const box = document.createElement('div');
    document.body.append(box);
    let n = 0;
    // Thousands of mutations a second, forever (like a ticker or a badly written widget).
    const churn = () => {
      for (let i = 0; i < 50; i++) box.textContent = `Actualité fictive ${n++}`;
      setTimeout(churn, 0);
    };
    churn();
  });
  await page.waitForTimeout(500);
  const { step } = await expectStep(page, guide, 0);
  await act(page, step);
  await expectStep(page, guide, 1);
});

test('the coach is reachable with the keyboard, after the page', async () => {
  let reached = false;
  for (let i = 0; i < 12 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.localName === 'coup-de-pouce-coach');
  }
  expect(reached, 'Tab reaches the coach').toBe(true);
  // The first stop is « Écouter »; « Précédent » is disabled on the first step, so the next
  // one is « Je ne trouve pas ».
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const help = await waitForOverlay(page, (s) => (s.tooltip?.help ?? '') !== '');
  expect(help.tooltip?.help).toContain('Cherchez « Mon Compte ».');
});

test('the focus stays where the learner is typing when the step changes', async () => {
  await act(page, guide.steps[0]!);
  await act(page, (await expectStep(page, guide, 1)).step);
  await expectStep(page, guide, 2);
  await page.locator('#nir').click();
  await page.keyboard.type('1234567890123', { delay: 10 });
  await expectStep(page, guide, 3);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('nir');
});
