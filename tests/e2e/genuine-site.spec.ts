// The genuine-site check in Chromium with the built extension: a fictitious imitation of the Caf
// (tests/fixtures/sites/phishing/) is replaced by the warning page before it shows; the page
// links to the genuine site, names the reporting channels, and lets the learner go on only
// after a second confirmation, for the rest of the session (one free-host subdomain only). The
// genuine site is never warned; a page rewriting its address with history.pushState is judged.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchWithExtension, type Launched } from '../support/extension';
import { SITES_DIR } from '../support/replicas';

const FAKE = 'https://caf-allocataire-fr.com/';
const FAKE_SUBDOMAIN = 'https://caf.fr.secure-x.com/connexion';
let browser: Launched;

test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true });
  // A freshly installed extension's worker may still be starting: navigations before its
  // listeners exist are not seen (a browser restart would queue them). Wait for them.
  await expect
    .poll(() => browser.worker.evaluate<boolean>('chrome.webNavigation.onBeforeNavigate.hasListeners()'))
    .toBe(true);
  // Registered after the replicas' catch-all, so it is tried first (Playwright runs the newest route first).
  await browser.context.route(
    /^https:\/\/(caf-allocataire-fr\.com|caf\.fr\.secure-x\.com|caf-aide\.web\.app|ameli-aide\.web\.app)\//,
    (route) =>
      route.fulfill({
        path: join(SITES_DIR, 'phishing', 'caf-allocataire.html'),
        contentType: 'text/html; charset=utf-8',
      }),
  );
  // An ordinary site whose address says nothing (as a hacked site's would).
  await browser.context.route(/^https:\/\/jardin-exemple\.fr\//, (route) =>
    route.fulfill({
      body: '<!doctype html><html lang="fr"><title>Jardin</title><h1 id="garden">Le jardin</h1></html>',
      contentType: 'text/html; charset=utf-8',
    }),
  );
});
test.afterEach(async () => {
  await browser.close();
});

/** Starts a navigation the extension may replace (goto then fails as "interrupted"). */
async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url).catch(() => undefined);
}

const warningUrl = () => new RegExp(`^chrome-extension://${browser.extensionId}/warning\\.html\\?`);

test('an imitation of the Caf is replaced by the warning page, and « Continuer quand même » needs a second yes', async () => {
  const page = await browser.context.newPage();
  await visit(page, FAKE);
  await expect(page).toHaveURL(warningUrl());
  expect(new URL(page.url()).searchParams.get('url')).toBe(FAKE);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /Attention : ce site n'est peut-être pas le vrai site de la Caf\./,
  );
  await expect(page.getByText('caf-allocataire-fr.com', { exact: true })).toBeVisible();
  await expect(
    page.getByText("L'adresse contient le nom « caf », mais ce n'est pas l'adresse du vrai site."),
  ).toBeVisible();
  const genuine = page.getByRole('link', { name: 'Aller sur le vrai site de la Caf' });
  await expect(genuine).toHaveAttribute('href', 'https://www.caf.fr/');
  const report = page.getByRole('region', { name: 'Signaler une arnaque' });
  for (const channel of [
    '33700',
    'signal-spam.fr',
    'internet-signalement.gouv.fr',
    'PHAROS',
    'Info Escroqueries',
    '0 805 805 817',
  ]) {
    await expect(report, channel).toContainText(channel);
  }
  // The text is large enough to read (18 px or more).
  const size = await page.locator('main').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(18);

  // First « Continuer quand même »: nothing happens yet but a second question.
  await page.getByRole('button', { name: 'Continuer quand même' }).click();
  await expect(page.getByRole('heading', { name: 'Êtes-vous sûr(e) ?' })).toBeFocused();
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(warningUrl());
  // « Non » goes back to the first choice.
  await page.getByRole('button', { name: 'Non, je ne continue pas' }).click();
  await expect(page.getByRole('button', { name: 'Continuer quand même' })).toBeFocused();
  await page.getByRole('button', { name: 'Continuer quand même' }).click();
  await page.getByRole('button', { name: 'Je suis sûr(e), continuer' }).click();

  await page.waitForURL(FAKE);
  await expect(page.locator('#fake-title')).toHaveText('Espace allocataire');
  // Allowed for the rest of the session: not blocked again, now or on a new visit.
  await page.waitForTimeout(1000);
  expect(page.url()).toBe(FAKE);
  await visit(page, `${FAKE}?encore=1`);
  await page.waitForTimeout(1000);
  expect(page.url()).toBe(`${FAKE}?encore=1`);
  await expect(page.locator('#fake-title')).toBeVisible();

  // Another imitation is still blocked: the allowance was for that one site only.
  await visit(page, FAKE_SUBDOMAIN);
  await expect(page).toHaveURL(warningUrl());
  await expect(page.getByRole('heading', { level: 1 })).toContainText('le vrai site de la Caf');
  await expect(
    page.getByText(/Le nom « caf » est au début de l'adresse\. Mais le site appartient à « secure-x\.com »\./),
  ).toBeVisible();
});

test('the genuine Caf site is never warned about', async () => {
  const page = await browser.context.newPage();
  await page.goto('https://www.caf.fr/');
  await page.waitForTimeout(1500);
  expect(page.url()).toBe('https://www.caf.fr/');
  await expect(page).toHaveTitle(/caf\.fr/);
});

test('the « Aller sur le vrai site de la Caf » button leads to the genuine site', async () => {
  const page = await browser.context.newPage();
  await visit(page, FAKE);
  await expect(page).toHaveURL(warningUrl());
  await page.getByRole('link', { name: 'Aller sur le vrai site de la Caf' }).click();
  await page.waitForURL('https://www.caf.fr/');
  await page.waitForTimeout(1000);
  expect(page.url()).toBe('https://www.caf.fr/');
});

test('a page that rewrites its address with history.pushState to name a service is replaced by the warning', async () => {
  const page = await browser.context.newPage();
  await page.goto('https://jardin-exemple.fr/');
  await expect(page.locator('#garden')).toBeVisible();
  await page.evaluate(() => history.pushState(null, '', '/impots.gouv.fr/connexion'));
  await expect(page).toHaveURL(warningUrl());
  expect(new URL(page.url()).searchParams.get('url')).toBe('https://jardin-exemple.fr/impots.gouv.fr/connexion');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('le vrai site des impôts');
});

test('« Continuer quand même » on one web.app site allows that site only, not all of web.app', async () => {
  const page = await browser.context.newPage();
  await visit(page, 'https://caf-aide.web.app/');
  await expect(page).toHaveURL(warningUrl());
  await page.getByRole('button', { name: 'Continuer quand même' }).click();
  await page.getByRole('button', { name: 'Je suis sûr(e), continuer' }).click();
  await page.waitForURL('https://caf-aide.web.app/');
  await expect(page.locator('#fake-title')).toBeVisible();

  await visit(page, 'https://ameli-aide.web.app/');
  await expect(page).toHaveURL(warningUrl());
  await expect(page.getByRole('heading', { level: 1 })).toContainText("le vrai site de l'Assurance Maladie");
});
