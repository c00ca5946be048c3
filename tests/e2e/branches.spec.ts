// Branches, interruptions, optional steps and stuck help, in Chromium with the built extension on
// the replicas: the France Travail cookie banner pauses the guide; « déjà déclaré » ends it; the
// optional receipt download can be skipped; the CAF captcha page is explained and the guide goes
// on after it; « Je ne trouve pas » keeps a local diagnostic without anything the learner typed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchWithExtension, type Launched } from '../support/extension';
import { act, contains, expectStep, loadGuide, startGuideFromPopup } from '../support/learner';
import { clickOverlayButton, waitForOverlay } from '../support/overlay';
import { SITES_DIR } from '../support/replicas';

const actualisation = loadGuide('france-travail/actualisation');
const connexion = loadGuide('caf/se-connecter');
const at = (guide: typeof actualisation, id: string) => {
  const index = guide.steps.findIndex((s) => s.id === id);
  if (index === -1) throw new Error(`no step ${id} in ${guide.id}`);
  return index;
};
let browser: Launched;

test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true });
});
test.afterEach(async () => {
  await browser.close();
});

/** The France Travail login (four steps on one page), then the dashboard with its cookie banner. */
async function logInToFranceTravail(): Promise<Page> {
  const page = await startGuideFromPopup(browser, actualisation);
  for (let i = 0; i < at(actualisation, 'ouvrir-actualisation'); i++)
    await act(page, (await expectStep(page, actualisation, i)).step);
  await page.waitForURL(/tableaudebord/);
  return page;
}

/** The cookie banner interrupts the guide: the coach points at « Continuer sans accepter ». */
async function answerCookieBanner(page: Page): Promise<void> {
  const banner = await waitForOverlay(page, (s) => s.tooltip?.progress === 'Avant de continuer');
  expect(banner.tooltip?.say).toContain('Continuer sans accepter');
  const button = await page.locator('#pecookies-continue-btn').boundingBox();
  expect(button).not.toBeNull();
  expect(banner.ring && button && contains(banner.ring, button)).toBe(true);
  // The banner sits at the bottom of the screen: the tooltip goes above it, fully on screen.
  const card = banner.tooltip!.box;
  const height = page.viewportSize()!.height;
  expect(card.y).toBeGreaterThanOrEqual(0);
  expect(card.y + card.height).toBeLessThanOrEqual(button!.y);
  expect(button!.y + button!.height).toBeLessThanOrEqual(height);
  await page.locator('#pecookies-continue-btn').click();
}

test('the cookie banner pauses the guide, then the step comes back; the optional receipt can be skipped', async () => {
  const page = await logInToFranceTravail();
  await answerCookieBanner(page);
  // Back to the guide's own step, on the same page.
  await act(page, (await expectStep(page, actualisation, at(actualisation, 'ouvrir-actualisation'))).step);
  // The normal first page: the « déjà déclaré » step is passed over, the first question is shown.
  const questions = at(actualisation, 'question-activite');
  expect(at(actualisation, 'deja-declare')).toBe(questions - 1);
  const receipt = at(actualisation, 'telecharger-justificatif');
  for (let i = questions; i < receipt; i++) await act(page, (await expectStep(page, actualisation, i)).step);
  // The receipt download is optional: the help offers to skip it.
  await expectStep(page, actualisation, receipt);
  await clickOverlayButton(page, 'help-button');
  await waitForOverlay(page, (s) => (s.tooltip?.help ?? '').includes('Passer cette étape'));
  await clickOverlayButton(page, 'skip');
  const end = await waitForOverlay(page, (s) => s.panel?.kind === 'finished');
  expect(end.panel?.text).toContain('Bravo');
});

test('« Vous avez déjà déclaré votre situation »: the coach says so and the guide ends there', async () => {
  // This month's actualisation is already done: the site shows the message at the first page's address.
  await browser.context.route('https://candidat.francetravail.fr/actualisation/declaration/activites', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(join(SITES_DIR, 'france-travail', 'actualisation-deja-faite.html')),
    }),
  );
  const page = await logInToFranceTravail();
  await answerCookieBanner(page);
  await act(page, (await expectStep(page, actualisation, at(actualisation, 'ouvrir-actualisation'))).step);
  const { step } = await expectStep(page, actualisation, at(actualisation, 'deja-declare'));
  expect(step.say).toContain('Vous avez déjà fait votre actualisation');
  await act(page, step);
  await page.waitForURL(/tableaudebord/);
  await waitForOverlay(page, (s) => s.panel?.kind === 'finished');
});

test('the CAF captcha page is explained; back on the CAF site the guide goes on at its step', async () => {
  const page = await startGuideFromPopup(browser, connexion);
  await act(page, (await expectStep(page, connexion, 0)).step);
  await expectStep(page, connexion, 1);
  // The site sends the learner to its anti-robot check (another host).
  await page.goto('https://validate.perfdrive.com/');
  const captcha = await waitForOverlay(page, (s) => s.panel?.kind === 'note');
  expect(captcha.panel?.text).toContain('Avant de continuer');
  expect(captcha.panel?.text).toContain('vérifie que vous êtes une personne');
  // Check done: the site sends the learner back to the login, where the guide was.
  await page.goto('https://wwwd.caf.fr/redirect/s/Redirect?page=monCompte');
  await expectStep(page, connexion, 1);
});

test('« Je ne trouve pas » and « Demander de l’aide » keep a local diagnostic, never what was typed', async () => {
  const page = await startGuideFromPopup(browser, connexion);
  const password = at(connexion, 'saisir-mot-de-passe');
  for (let i = 0; i < password; i++) await act(page, (await expectStep(page, connexion, i)).step);
  await expectStep(page, connexion, password);
  // The login form goes away (a site change): the coach cannot point at the password field.
  await page.evaluate(() => document.getElementById('formConnexion')?.remove());
  const lost = await waitForOverlay(page, (s) => s.panel?.kind === 'not-found');
  expect(lost.panel?.text).toContain('Je ne vois pas « Mot de passe » sur cette page.');
  // The ways forward are offered at once.
  expect(lost.panel?.text).toContain('Recommencer le guide');
  await clickOverlayButton(page, 'help-button');
  await clickOverlayButton(page, 'ask');
  const asked = await waitForOverlay(page, (s) => (s.panel?.text ?? '').includes('Montrez cet écran'));
  expect(asked.panel?.text).toContain('Montrez cet écran à un conseiller ou à un proche.');

  type Record = { guideId: string; stepId: string; page: string; reason: string; tried: string[] };
  const read = () =>
    browser.worker.evaluate<Record[]>(
      '(async () => (await chrome.storage.session.get("diagnostics")).diagnostics ?? [])()',
    );
  await expect.poll(async () => (await read()).map((r) => r.reason)).toEqual(['missing', 'help-asked']);
  const [missing] = await read();
  expect(missing).toMatchObject({ guideId: 'caf/se-connecter', stepId: 'saisir-mot-de-passe' });
  // The guide's own page pattern for the step, never the address the learner visited.
  expect(connexion.steps[password]?.page).toContain(missing?.page);
  expect(missing?.tried).toContain('{"kind":"css","css":"#inputMotDePasse"}: no element');
  // The number typed at the previous step is nowhere in storage.
  const nir = connexion.steps.find((s) => s.id === 'saisir-numero')?.done;
  expect(nir?.kind === 'input' && nir.practice).toBe('1234567890123');
  const stored = await browser.worker.evaluate<string>(
    '(async () => JSON.stringify(await Promise.all([chrome.storage.session, chrome.storage.local].map((a) => a.get(null)))))()',
  );
  expect(stored).toContain('saisir-mot-de-passe');
  expect(stored).not.toContain('1234567890123');
});
