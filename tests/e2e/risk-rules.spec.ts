// Built-in risk rules (data/risk-rules.yaml) in Chromium with the built extension, with no guide
// running: « Non » to « toujours à la recherche d'un emploi », « Se souvenir de moi » on the CAF
// login, Gmail's « Répondre à tous » and « Vider la corbeille maintenant » are held behind our
// dialog; « Annuler » leaves the page unchanged; « Je continue » lets the action through; a
// harmless action (« Oui », « Répondre ») is never stopped.
import { expect, test, type Page } from '@playwright/test';
import { launchWithExtension, type Launched } from '../support/extension';
import { clickOverlayButton, readOverlay, waitForOverlay } from '../support/overlay';

let browser: Launched;

test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true });
});
test.afterEach(async () => {
  await browser.close();
});

/** Opens a guided page and waits until the coach has received its rules (answer to its first question). */
async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  const answered = page.waitForResponse(() => true).catch(() => undefined);
  await page.goto(url);
  await answered;
  await page.waitForTimeout(400);
  return page;
}

test('« Non » to « toujours à la recherche d’un emploi » asks first; « Oui » does not', async () => {
  const page = await open('https://candidat.francetravail.fr/actualisation/declaration/validation?activite=NON');
  const non = page.locator('#question-maintienInscription-non');
  await page.locator('label[for="question-maintienInscription-non"]').click();
  const asked = await waitForOverlay(page, (s) => s.dialog !== undefined);
  expect(asked.dialog?.level).toBe('danger');
  expect(asked.dialog?.text).toContain('France Travail vous désinscrit');
  expect(asked.dialog?.text).toContain('la bonne réponse est « Oui »');
  await clickOverlayButton(page, 'cancel');
  await waitForOverlay(page, (s) => s.dialog === undefined);
  await expect(non).not.toBeChecked();

  // With the keyboard too: the answer waits for « Je continue ».
  await non.focus();
  await page.keyboard.press('Space');
  await waitForOverlay(page, (s) => s.dialog !== undefined);
  await expect(non).not.toBeChecked();
  await clickOverlayButton(page, 'confirm');
  await expect(non).toBeChecked();

  // The harmless answer goes through at once.
  await page.locator('#question-maintienInscription-oui').check();
  await page.waitForTimeout(300);
  expect((await readOverlay(page)).dialog).toBeUndefined();
  await expect(page.locator('#question-maintienInscription-oui')).toBeChecked();
});

test('« Valider mon actualisation » asks first with no guide running; « Annuler » stays on the validation page', async () => {
  const summary = 'https://candidat.francetravail.fr/actualisation/declaration/validation?activite=NON';
  const page = await open(summary);
  // « Oui » to « toujours à la recherche d'un emploi » is harmless: it goes through at once.
  await page.locator('#question-maintienInscription-oui').check();
  await page.locator('#btn-valider-actu').click();
  const asked = await waitForOverlay(page, (s) => s.dialog !== undefined);
  expect(asked.dialog?.level).toBe('irreversible');
  expect(asked.dialog?.text).toContain('ne peut plus être changée en ligne');
  await clickOverlayButton(page, 'cancel');
  await waitForOverlay(page, (s) => s.dialog === undefined);
  await page.waitForTimeout(300);
  expect(page.url()).toBe(summary);
  await page.locator('#btn-valider-actu').click();
  await waitForOverlay(page, (s) => s.dialog !== undefined);
  await clickOverlayButton(page, 'confirm');
  await page.waitForURL(/\/actualisation\/confirmation/);

  // The counsellor's report lists both answers, by the rule's words (no guide was running).
  // The report is behind the counsellor's PIN: chosen on the counsellor page (a private PC), typed on the report.
  const space = await browser.context.newPage();
  await space.goto(`chrome-extension://${browser.extensionId}/counsellor.html`);
  await space.locator('#new-pin').fill('4821');
  await space.locator('#new-pin-again').fill('4821');
  await space.getByRole('button', { name: 'Enregistrer le code' }).click();
  const report = await browser.context.newPage();
  await report.goto(`chrome-extension://${browser.extensionId}/report.html`);
  await report.locator('#pin').fill('4821');
  await report.getByRole('button', { name: 'Ouvrir' }).click();
  const warnings = report.getByTestId('warnings');
  await expect(warnings.locator('li')).toHaveCount(2);
  await expect(warnings.locator('li').nth(0)).toContainText('ne peut plus être changée en ligne');
  await expect(warnings.locator('li').nth(0)).toContainText('A annulé (« Annuler »)');
  await expect(warnings.locator('li').nth(1)).toContainText('A continué (« Je continue »)');
});

test('« Se souvenir de moi » on the CAF login asks first, and « Annuler » leaves the box empty', async () => {
  const page = await open('https://wwwd.caf.fr/redirect/s/Redirect?page=monCompte');
  await page.locator('.conteneur-connexion-cnaf .btn-form-cnaf.btn-majeur-cnaf').click();
  const box = page.locator('#souvenir');
  await box.click();
  const asked = await waitForOverlay(page, (s) => s.dialog !== undefined);
  expect(asked.dialog?.level).toBe('caution');
  expect(asked.dialog?.text).toContain('ordinateur partagé');
  await page.keyboard.press('Escape');
  await waitForOverlay(page, (s) => s.dialog === undefined);
  await expect(box).not.toBeChecked();
  await page.locator('label[for="souvenir"]').click();
  await waitForOverlay(page, (s) => s.dialog !== undefined);
  await clickOverlayButton(page, 'confirm');
  await expect(box).toBeChecked();
  // Unticking is not risky: no question.
  await box.click();
  await page.waitForTimeout(300);
  expect((await readOverlay(page)).dialog).toBeUndefined();
  await expect(box).not.toBeChecked();
});

test('Gmail: « Répondre à tous » and « Vider la corbeille maintenant » ask first; « Répondre » does not', async () => {
  const page = await open('https://mail.google.com/mail/u/0/#inbox/m3');
  const draft = page.locator('#brouillon');
  await page.getByRole('button', { name: 'Répondre à tous' }).click();
  const asked = await waitForOverlay(page, (s) => s.dialog !== undefined);
  expect(asked.dialog?.level).toBe('caution');
  expect(asked.dialog?.text).toContain('toutes les personnes du message');
  await clickOverlayButton(page, 'cancel');
  await waitForOverlay(page, (s) => s.dialog === undefined);
  await expect(draft).toBeHidden();
  await page.getByRole('button', { name: 'Répondre à tous' }).click();
  await waitForOverlay(page, (s) => s.dialog !== undefined);
  await clickOverlayButton(page, 'confirm');
  await expect(draft).toBeVisible();
  await page.locator('div.adn div[role="button"].aaq').click();
  await page.waitForTimeout(300);
  expect((await readOverlay(page)).dialog).toBeUndefined();

  await page.evaluate(() => (location.hash = '#trash'));
  const empty = page.locator('#corbeilleVide');
  await page.getByRole('button', { name: 'Vider la corbeille maintenant' }).click();
  const trash = await waitForOverlay(page, (s) => s.dialog !== undefined);
  expect(trash.dialog?.level).toBe('irreversible');
  expect(trash.dialog?.text).toContain('effacés pour toujours');
  await page.keyboard.press('Escape');
  await waitForOverlay(page, (s) => s.dialog === undefined);
  await expect(empty).toBeHidden();
  await page.getByRole('button', { name: 'Vider la corbeille maintenant' }).click();
  await waitForOverlay(page, (s) => s.dialog !== undefined);
  await clickOverlayButton(page, 'confirm');
  await expect(empty).toBeVisible();
});
