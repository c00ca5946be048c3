// A one-time code typed on another site than the one that asked for it (issue 5 D2), in Chromium
// with the extension built with the « all sites » permission granted (npm run build:all-sites):
// once the genuine Caf page asks for its code, six digits sent to another site are held behind
// our warning naming the Caf; without that request the same form goes through. Values are fictitious.
import { expect, test, type Page } from '@playwright/test';
import { ALL_SITES_EXTENSION_DIR, launchWithExtension, type Launched } from '../support/extension';
import { clickOverlayButton, waitForOverlay } from '../support/overlay';

const FORM = 'https://www.boutique-exemple-fictive.fr/formulaire';
const CODE = '123456'; // the replica's fictitious code
let browser: Launched;

test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true, extensionDir: ALL_SITES_EXTENSION_DIR });
  // The secrets script is registered by the worker once it has looked at the permission.
  await expect
    .poll(() =>
      browser.worker.evaluate<number>('(async () => (await chrome.scripting.getRegisteredContentScripts()).length)()'),
    )
    .toBe(1);
});
test.afterEach(async () => {
  await browser.close();
});

async function typeIn(page: Page, selector: string, value: string): Promise<void> {
  await page.locator(selector).click();
  await page.locator(selector).pressSequentially(value, { delay: 5 });
}

/** The genuine Caf login up to its 2FA page, which asks for the code sent by e-mail. */
async function cafAsksForCode(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto('https://wwwd.caf.fr/redirect/s/Redirect?page=monCompte');
  await page.locator('.conteneur-connexion-cnaf .btn-form-cnaf.btn-majeur-cnaf').first().click();
  await typeIn(page, '#nir', '1850578006084');
  await typeIn(page, '#inputMotDePasse', 'motdepasse-fictif');
  await page.locator('#formConnexion button[type="submit"]').click();
  await page.locator('#envoyerCode').click();
  await expect(page.locator('#codeMfa')).toBeFocused();
  return page;
}

const stored = () =>
  browser.worker.evaluate<string>(
    '(async () => JSON.stringify(await Promise.all([chrome.storage.session, chrome.storage.local].map((a) => a.get(null)))))()',
  );

test('after the Caf asks for its code, six digits sent to another site are held with a warning naming the Caf', async () => {
  const caf = await cafAsksForCode();
  // The background noted who asked and when: the site, never a code.
  await expect
    .poll(async () => {
      const [session] = JSON.parse(await stored()) as [{ codeExpected?: Record<string, unknown> }];
      return (
        Object.keys(session.codeExpected ?? {})
          .sort()
          .join() +
        ' ' +
        String(session.codeExpected?.site)
      );
    })
    .toBe('at,service,site caf.fr');

  const page = await browser.context.newPage();
  await page.goto(FORM);
  await typeIn(page, '#reference', CODE);
  await page.locator('#envoyer-numero').click();
  const asked = await waitForOverlay(page, (s) => s.dialog !== undefined);
  expect(asked.dialog?.level).toBe('danger');
  expect(asked.dialog?.text).toContain('Vous allez donner un code secret reçu par SMS ou par e-mail.');
  expect(asked.dialog?.text).toContain('Ce code a été demandé par le vrai site de la Caf.');
  expect(asked.dialog?.text).toContain('Tapez ce code seulement sur le site qui l’a demandé.');
  await clickOverlayButton(page, 'cancel');
  await waitForOverlay(page, (s) => s.dialog === undefined);
  expect(page.url()).toBe(FORM);

  // On the Caf's own page the code goes through without our question.
  await typeIn(caf, '#codeMfa', CODE);
  await caf.locator('#validerCode').click();
  await expect(caf).toHaveURL('https://wwwd.caf.fr/wps/myportal/caffr/moncompte/tableaudebord');
  expect(await stored()).not.toContain(CODE);
});

test('without a code asked by a genuine site, the same six digits are sent at once', async () => {
  const page = await browser.context.newPage();
  await page.goto(FORM);
  await typeIn(page, '#reference', CODE);
  await page.locator('#envoyer-numero').click();
  await expect(page.locator('#merci')).toBeVisible();
  expect(await stored()).not.toContain('codeExpected');
});
