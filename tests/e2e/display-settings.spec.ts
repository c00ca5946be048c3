// « Affichage » in the popup, in Chromium with the built extension: العربية turns the popup right
// to left and Arabic, « Très grande » makes its text larger, « Contraste élevé » black; the choices
// are stored in storage.local and the warning page follows them; « Terminer ma session » wipes
// them; the policy's default language is used until the learner chooses one.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axePage } from '../support/axe';
import { ALL_SITES_EXTENSION_DIR, launchWithExtension, type Launched } from '../support/extension';
import { loadGuide } from '../support/learner';
import { localeTable } from '../support/locales';
import { SITES_DIR } from '../support/replicas';

const ar = localeTable('ar');
const en = localeTable('en');
const FAKE = 'https://caf-allocataire-fr.com/';
let browser: Launched;

test.afterEach(async () => {
  await browser.close();
});

async function openPopup(): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(popup.locator('[data-guide="caf/attestation-paiement"]')).toBeVisible();
  return popup;
}

const storedDisplay = () =>
  browser.worker.evaluate<unknown>('(async () => (await chrome.storage.local.get("display")).display)()');

/** The computed font size of an element, in px. */
const fontSize = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

async function expectDirection(page: Page, lang: string, dir: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('dir', dir);
}

test('العربية, « Très grande » and « Contraste élevé » change the popup, are stored, and « Terminer ma session » wipes them', async () => {
  browser = await launchWithExtension({ headless: true });
  const popup = await openPopup();
  await expectDirection(popup, 'fr', 'ltr');
  const display = popup.getByRole('region', { name: 'Affichage' });
  // Each language is named in itself, marked with its own language; the current one is pressed.
  for (const [name, lang] of [
    ['Français', 'fr'],
    ['English', 'en'],
    ['العربية', 'ar'],
  ]) {
    await expect(display.getByRole('button', { name, exact: true })).toHaveAttribute('lang', lang!);
  }
  await expect(display.getByRole('button', { name: 'Français' })).toHaveAttribute('aria-pressed', 'true');
  await expect(display.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'false');

  // « Très grande »: the popup's text is half as large again.
  const normal = { body: await fontSize(popup, 'body'), title: await fontSize(popup, 'button.guide .title') };
  await display.getByRole('radio', { name: 'Très grande' }).check();
  await expect.poll(() => fontSize(popup, 'body')).toBeCloseTo(normal.body * 1.5, 1);
  expect(await fontSize(popup, 'button.guide .title')).toBeCloseTo(normal.title * 1.5, 1);

  // « Contraste élevé »: black background, white text.
  expect(await background(popup)).not.toBe('rgb(0, 0, 0)');
  await display.getByRole('checkbox', { name: 'Contraste élevé' }).check();
  await expect.poll(() => background(popup)).toBe('rgb(0, 0, 0)');
  expect(await popup.evaluate(() => getComputedStyle(document.querySelector('h1')!).color)).toBe('rgb(255, 255, 255)');

  // العربية: right to left, and the popup's own words in Arabic (the guides stay French, marked so).
  await display.getByRole('button', { name: 'العربية' }).click();
  await expectDirection(popup, 'ar', 'rtl');
  await expect(popup.getByRole('button', { name: ar['popup.help.ask'] })).toBeVisible();
  await expect(popup.getByRole('button', { name: ar['popup.end.button'] })).toBeVisible();
  await expect(popup.getByRole('heading', { name: ar['display.title'] })).toBeVisible();
  await expect(popup.getByRole('radio', { name: ar['display.sizeLarger'] })).toBeChecked();
  await expect(popup.getByRole('button', { name: 'العربية' })).toHaveAttribute('aria-pressed', 'true');
  // The guide's title in Arabic (guides/caf/attestation-paiement.ar.yaml), marked so.
  const title = popup.locator('[data-guide="caf/attestation-paiement"] .title');
  await expect(title).toHaveAttribute('lang', 'ar');
  await expect(title).toHaveText(loadGuide('caf/attestation-paiement').text?.ar?.title ?? 'missing');
  expect(await fontSize(popup, 'body')).toBeCloseTo(normal.body * 1.5, 1);

  // Stored as settings, and found again by the next popup.
  await expect.poll(storedDisplay).toEqual({ language: 'ar', size: 'larger', highContrast: true, autoRead: false });
  await popup.reload();
  await expectDirection(popup, 'ar', 'rtl');
  await expect(popup.getByRole('button', { name: ar['popup.end.button'] })).toBeVisible();
  expect(await background(popup)).toBe('rgb(0, 0, 0)');
  // Still accessible so: no WCAG A/AA violation (contrast, language of parts, names).
  expect((await axePage(popup)).violations).toEqual([]);

  // « Terminer ma session » forgets them: French, normal size, normal contrast, nothing stored.
  await popup.getByRole('button', { name: ar['popup.end.button'] }).click();
  // The learner keeps the tabs (this page among them) to see the result.
  await popup.getByTestId('close-tabs').uncheck();
  await popup.getByRole('button', { name: ar['popup.end.confirm'] }).click();
  await expectDirection(popup, 'fr', 'ltr');
  await expect(popup.getByTestId('end-done')).toContainText('Tout est effacé');
  await expect(popup.getByRole('button', { name: 'Français' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => fontSize(popup, 'body')).toBeCloseTo(normal.body, 1);
  expect(await background(popup)).not.toBe('rgb(0, 0, 0)');
  expect(await storedDisplay()).toBeUndefined();
});

test('the warning page follows the stored choices: Arabic, larger text, high contrast', async () => {
  browser = await launchWithExtension({ headless: true });
  await expect
    .poll(() => browser.worker.evaluate<boolean>('chrome.webNavigation.onCommitted.hasListeners()'))
    .toBe(true);
  await browser.context.route(/^https:\/\/caf-allocataire-fr\.com\//, (route) =>
    route.fulfill({ path: join(SITES_DIR, 'phishing', 'caf-allocataire.html'), contentType: 'text/html' }),
  );
  const popup = await openPopup();
  const root = await fontSize(popup, 'html');
  await popup.getByRole('radio', { name: 'Très grande' }).check();
  await popup.getByRole('checkbox', { name: 'Contraste élevé' }).check();
  await popup.getByRole('button', { name: 'العربية' }).click();
  await expect.poll(storedDisplay).toMatchObject({ language: 'ar' });

  const warning = await browser.context.newPage();
  await warning.goto(FAKE).catch(() => undefined);
  await expect(warning).toHaveURL(new RegExp(`^chrome-extension://${browser.extensionId}/warning\\.html\\?`));
  await expectDirection(warning, 'ar', 'rtl');
  // The data names the genuine site in French only: in Arabic, its address.
  await expect(warning.getByRole('heading', { level: 1 })).toContainText('www.caf.fr');
  await expect(
    warning.getByRole('link', { name: ar['warning.goGenuine']!.replace('{site}', 'www.caf.fr') }),
  ).toBeVisible();
  await expect(warning.getByRole('button', { name: ar['warning.continueAnyway'] })).toBeVisible();
  await expect(warning).toHaveTitle(ar['warning.pageTitle']!);
  expect(await background(warning)).toBe('rgb(0, 0, 0)');
  expect((await axePage(warning)).violations).toEqual([]);
  // Its main text is 1.25 rem, and the root is half as large again.
  expect(await fontSize(warning, 'main')).toBeCloseTo(root * 1.5 * 1.25, 1);
});

test("the policy's default language is used until the learner chooses one", async () => {
  browser = await launchWithExtension({ headless: true, extensionDir: ALL_SITES_EXTENSION_DIR });
  await browser.worker.evaluate(`chrome.storage.local.set({ testPolicy: { defaultLanguage: 'en' } })`);
  const popup = await openPopup();
  await expectDirection(popup, 'en', 'ltr');
  await expect(popup.getByRole('button', { name: en['popup.end.button'] })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  expect(await storedDisplay()).toBeUndefined();

  await popup.getByRole('button', { name: 'Français' }).click();
  await expectDirection(popup, 'fr', 'ltr');
  await expect(popup.getByRole('button', { name: 'Terminer ma session' })).toBeVisible();
  await expect.poll(storedDisplay).toMatchObject({ language: 'fr' });
});
