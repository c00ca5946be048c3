// Secrets on the wrong site, in Chromium with the extension built with the optional « all
// sites » permission granted (npm run build:all-sites; the normal build asks for it from the
// popup). A NIR or an IBAN sent to an ordinary site, or a secret sent to an imitation of the
// Caf, is held behind our dialog; the genuine Caf site is left alone. Once the genuine Caf page
// asks for its one-time code, six digits sent to another site are held too (issue 5 D2).
// A hostile test page cannot set the dialog off, answer it, or slip past it (frames, shadow
// roots; issue 15 D6). Values are fictitious.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ALL_SITES_EXTENSION_DIR, launchWithExtension, type Launched } from '../support/extension';
import { localeTable } from '../support/locales';
import { clickOverlayButton, inOverlay, readOverlay, waitForOverlay } from '../support/overlay';
import { SITES_DIR } from '../support/replicas';

const FORM = 'https://www.boutique-exemple-fictive.fr/formulaire';
const NIR = '1 85 05 78 006 084 91'; // fictitious, with a valid key
const IBAN = 'FR76 3000 6000 0112 3456 7890 189'; // the usual documentation example
let browser: Launched;

async function launch(extensionDir?: string): Promise<Launched> {
  const launched = await launchWithExtension({ headless: true, ...(extensionDir ? { extensionDir } : {}) });
  // The content script is registered by the worker once it has looked at the permission.
  await expect
    .poll(() =>
      launched.worker.evaluate<number>('(async () => (await chrome.scripting.getRegisteredContentScripts()).length)()'),
    )
    .toBe(extensionDir ? 1 : 0);
  return launched;
}

test.afterEach(async () => {
  await browser.close();
});

async function typeIn(page: Page, selector: string, value: string): Promise<void> {
  await page.locator(selector).click();
  await page.locator(selector).pressSequentially(value, { delay: 5 });
}

test('a NIR sent to an ordinary site is held: « Annuler » keeps it, « Je continue » sends it, once', async () => {
  browser = await launch(ALL_SITES_EXTENSION_DIR);
  const page = await browser.context.newPage();
  await page.goto(FORM);
  await typeIn(page, '#prenom', 'Camille');
  await typeIn(page, '#secu', NIR);
  await page.locator('#envoyer').click();
  const asked = await waitForOverlay(page, (s) => s.dialog !== undefined);
  expect(asked.dialog?.text).toContain('Vous allez donner votre numéro de sécurité sociale à ce site.');
  expect(asked.dialog?.text).toContain('Ce site n’est pas un site officiel.');
  await clickOverlayButton(page, 'cancel');
  await waitForOverlay(page, (s) => s.dialog === undefined);
  expect(page.url()).toBe(FORM);

  // Enter in a field sends the form too: asked again, then sent after « Je continue ».
  await page.locator('#prenom').press('Enter');
  await waitForOverlay(page, (s) => s.dialog !== undefined);
  await clickOverlayButton(page, 'confirm');
  await expect(page.locator('#merci')).toBeVisible();

  // Nothing typed was kept anywhere the extension writes.
  const stored = await browser.worker.evaluate<string>(
    '(async () => JSON.stringify(await Promise.all([chrome.storage.session, chrome.storage.local, chrome.storage.sync].map((a) => a.get(null)))))()',
  );
  expect(stored).not.toContain('006084');
});

test('in Arabic, the dialog speaks Arabic, right to left', async () => {
  browser = await launch(ALL_SITES_EXTENSION_DIR);
  await browser.worker.evaluate(
    `chrome.storage.local.set({ display: { language: 'ar', size: 'normal', highContrast: false, autoRead: false } })`,
  );
  const ar = localeTable('ar');
  const page = await browser.context.newPage();
  await page.goto(FORM);
  await typeIn(page, '#secu', NIR);
  await page.locator('#envoyer').click();
  const asked = await waitForOverlay(page, (s) => s.dialog !== undefined);
  expect(asked.dialog?.text).toContain(`${ar['secrets.nir']} ${ar['secrets.unofficial']}`);
  expect(asked.dialog?.text).toContain(ar['secrets.unofficialCheck1']);
  expect(asked.dialog?.text).toContain(ar['overlay.cancel']);
  expect(
    await inOverlay<string>(page, `function () { return this.querySelector('[dir]')?.getAttribute('dir'); }`),
  ).toBe('rtl');
  await clickOverlayButton(page, 'cancel');
  expect(page.url()).toBe(FORM);
});

test('an ordinary form without secrets, or with an invalid number, is sent at once', async () => {
  browser = await launch(ALL_SITES_EXTENSION_DIR);
  const page = await browser.context.newPage();
  await page.goto(FORM);
  await typeIn(page, '#prenom', 'Camille');
  await typeIn(page, '#secu', '1 85 05 78 006 084 92'); // wrong key: not a NIR
  await page.locator('#envoyer').click();
  await expect(page.locator('#merci')).toBeVisible();
  const overlay = await waitForOverlay(page, () => true).catch(() => undefined);
  expect(overlay?.dialog).toBeUndefined();
});

test('an IBAN in a form-less page: the button is held, and once agreed it is not asked again', async () => {
  browser = await launch(ALL_SITES_EXTENSION_DIR);
  const page = await browser.context.newPage();
  await page.goto(FORM);
  await typeIn(page, '#iban', IBAN);
  await page.locator('#envoyer-app').click();
  const asked = await waitForOverlay(page, (s) => s.dialog !== undefined);
  expect(asked.dialog?.text).toContain('IBAN');
  await expect(page.locator('#envoye')).toBeHidden();
  await clickOverlayButton(page, 'confirm');
  await expect(page.locator('#envoye')).toBeVisible();
});

test('on an imitation of the Caf, once past the warning page, a NIR is a danger', async () => {
  browser = await launch(ALL_SITES_EXTENSION_DIR);
  await browser.context.route(/^https:\/\/caf-allocataire-fr\.com\//, (route) =>
    route.fulfill({
      path: join(SITES_DIR, 'phishing', 'caf-allocataire.html'),
      contentType: 'text/html; charset=utf-8',
    }),
  );
  const page = await browser.context.newPage();
  await page.goto('https://caf-allocataire-fr.com/').catch(() => undefined);
  await page.getByRole('button', { name: 'Continuer quand même' }).click();
  await page.getByRole('button', { name: 'Je suis sûr(e), continuer' }).click();
  await expect(page.locator('#fake-title')).toBeVisible();
  await typeIn(page, '#nir', NIR);
  await page.getByRole('button', { name: 'Valider' }).click();
  const asked = await waitForOverlay(page, (s) => s.dialog !== undefined);
  expect(asked.dialog?.text).toContain('Ce site imite un site officiel.');
  expect(asked.dialog?.level).toBe('danger');
});

test('the genuine Caf login is left alone: a NIR and a password are sent without our question', async () => {
  browser = await launch(ALL_SITES_EXTENSION_DIR);
  const page = await browser.context.newPage();
  await page.goto('https://wwwd.caf.fr/redirect/s/Redirect?page=monCompte');
  await page.locator('.conteneur-connexion-cnaf .btn-form-cnaf.btn-majeur-cnaf').first().click();
  await typeIn(page, '#nir', '1850578006084'); // the CAF field takes the 13 digits alone
  await typeIn(page, '#inputMotDePasse', 'motdepasse-fictif');
  await page.locator('#formConnexion button[type="submit"]').click();
  await expect(page.locator('app-mfa #envoyerCode')).toBeVisible();
  const overlay = await waitForOverlay(page, () => true, 500).catch(() => undefined);
  expect(overlay?.dialog).toBeUndefined();
});

test('the normal build registers no script on other sites until the permission is given', async () => {
  browser = await launch();
  const page = await browser.context.newPage();
  await page.goto(FORM);
  await typeIn(page, '#secu', NIR);
  await page.locator('#envoyer').click();
  await expect(page.locator('#merci')).toBeVisible();
  // The popup offers the protection, switched off.
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(popup.getByTestId('secrets-switch')).not.toBeChecked();
});

const CODE = '123456'; // the Caf replica's fictitious code

/** The genuine Caf login up to its 2FA page, which asks for the code sent by e-mail. */
async function cafAsksForCode(): Promise<Page> {
  browser = await launch(ALL_SITES_EXTENSION_DIR);
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

test('a one-time code: after the Caf asks for its code, six digits sent to another site are held with a warning naming the Caf', async () => {
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

test('a one-time code: without a code asked by a genuine site, the same six digits are sent at once', async () => {
  browser = await launch(ALL_SITES_EXTENSION_DIR);
  const page = await browser.context.newPage();
  await page.goto(FORM);
  await typeIn(page, '#reference', CODE);
  await page.locator('#envoyer-numero').click();
  await expect(page.locator('#merci')).toBeVisible();
  expect(await stored()).not.toContain('codeExpected');
});

// The hostile test page (tests/fixtures/sites/exemple-fictif/piege.html): a page that tries to
// set our dialog off, to close or answer it, or to slip a secret past it (issue 15 D6).
const TRAP = 'https://www.boutique-exemple-fictive.fr/piege';

/** No dialog comes: the form is sent and the thank-you page shows. */
async function sentWithoutQuestion(page: Page): Promise<void> {
  await expect(page.locator('#merci')).toBeVisible();
  expect((await readOverlay(page)).dialog).toBeUndefined();
}

test('a value the page planted, or typed by a scripted input event, does not set our dialog off', async () => {
  browser = await launch(ALL_SITES_EXTENSION_DIR);
  const page = await browser.context.newPage();
  await page.goto(TRAP);
  // The page writes a NIR in the field and fakes the learner's typing (untrusted events).
  await page.evaluate((nir) => {
    const field = document.querySelector<HTMLInputElement>('#plante-secu');
    if (!field) throw new Error('no field');
    field.value = nir;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }, NIR);
  // The learner only types a name: the NIR is not theirs, the form goes without our question.
  await typeIn(page, '#plante-nom', 'Camille Exemple');
  await page.locator('#envoyer-plante').click();
  await sentWithoutQuestion(page);
});

test('a field the learner typed in and the page then changed counts as what it holds now', async () => {
  browser = await launch(ALL_SITES_EXTENSION_DIR);
  const page = await browser.context.newPage();
  await page.goto(TRAP);
  await typeIn(page, '#plante-secu', 'Camille');
  await page.evaluate((nir) => {
    const field = document.querySelector<HTMLInputElement>('#plante-secu');
    if (field) field.value = nir;
  }, NIR);
  await page.locator('#envoyer-plante').click();
  await sentWithoutQuestion(page);
});

test('typing into a field the page keeps invisible does not count', async () => {
  browser = await launch(ALL_SITES_EXTENSION_DIR);
  const page = await browser.context.newPage();
  await page.goto(TRAP);
  await typeIn(page, '#cache-prenom', 'Camille');
  // The page moves the focus to its invisible field: the keys the learner types land there.
  await page.locator('#cache-secu').focus();
  await page.keyboard.type(NIR, { delay: 5 });
  await page.locator('#envoyer-cache').click();
  await sentWithoutQuestion(page);
});

test('a page’s synthetic Escape or click neither closes nor answers our dialog; a real Escape cancels', async () => {
  browser = await launch(ALL_SITES_EXTENSION_DIR);
  const page = await browser.context.newPage();
  await page.goto(TRAP);
  await typeIn(page, '#plante-secu', NIR);
  await page.locator('#envoyer-plante').click();
  await waitForOverlay(page, (s) => s.dialog?.ready === true);
  await page.evaluate(() => {
    for (const target of [document, document.body, document.documentElement.lastElementChild]) {
      target?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      target?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }
    document.documentElement.lastElementChild?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
    );
  });
  // Still asking, nothing sent.
  expect((await readOverlay(page)).dialog).toBeDefined();
  expect(page.url()).toBe(TRAP);
  await page.keyboard.press('Escape');
  await waitForOverlay(page, (s) => s.dialog === undefined);
  expect(page.url()).toBe(TRAP);
});

test('a form inside an open shadow root is checked', async () => {
  browser = await launch(ALL_SITES_EXTENSION_DIR);
  const page = await browser.context.newPage();
  await page.goto(TRAP);
  await typeIn(page, '#ombre-secu', NIR); // Playwright's locators pierce open shadow roots
  await page.locator('#ombre-envoyer').click();
  const asked = await waitForOverlay(page, (s) => s.dialog !== undefined);
  expect(asked.dialog?.text).toContain('Vous allez donner votre numéro de sécurité sociale à ce site.');
  expect(page.url()).toBe(TRAP);
  await clickOverlayButton(page, 'confirm');
  await expect(page.locator('#merci')).toBeVisible();
});

test('a form inside an about:blank frame written by the page is checked', async () => {
  browser = await launch(ALL_SITES_EXTENSION_DIR);
  const page = await browser.context.newPage();
  await page.goto(TRAP);
  const frame = page.frameLocator('#cadre-vide');
  await frame.locator('#cadre-secu').click();
  await frame.locator('#cadre-secu').pressSequentially(NIR, { delay: 5 });
  await frame.locator('#cadre-envoyer').click();
  const asked = await waitForOverlay(page, (s) => s.dialog !== undefined);
  expect(asked.dialog?.text).toContain('Ce site n’est pas un site officiel.');
  expect(page.url()).toBe(TRAP);
  // « Annuler » has the focus in the frame; « Je continue » is the next button.
  await waitForOverlay(page, (s) => s.dialog?.ready === true);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#merci')).toBeVisible();
});
