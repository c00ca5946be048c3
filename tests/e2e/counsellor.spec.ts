// Counsellor mode in Chromium with the built extension: the « Espace médiateur » page and its PIN
// (set on first use on a private PC, a wrong one refused, « Fermer l'espace » locks it again), how much of the chosen guide was checked on the real site, a session link for the CAF payment certificate that
// the learner is offered in the popup and accepts, a forged link that starts nothing,
// « J'ai besoin d'aide » raising the toolbar badge, and the printable report of the session.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { evidenceTally, frenchDate } from '../../src/guide';
import { translate, type TextKey } from '../../src/i18n';
import { evidenceSentences } from '../../src/ui/evidence-words';
import { launchWithExtension, type Launched } from '../support/extension';
import { expectStep, loadGuide, startGuideFromPopup, walkGuide } from '../support/learner';
import { readOverlay } from '../support/overlay';
import { localeTable } from '../support/locales';
import { SITES_DIR } from '../support/replicas';

const FRENCH = localeTable('fr');
const inFrench = (key: TextKey, values?: Readonly<Record<string, string | number>>) => translate(FRENCH, key, values);

const guide = loadGuide('caf/attestation-paiement');
const PIN = '4821';
const FAKE = 'https://caf-allocataire-fr.com/';
let browser: Launched;

test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true });
  // Navigations before the worker's listeners exist are not seen: wait for them.
  await expect
    .poll(() => browser.worker.evaluate<boolean>('chrome.webNavigation.onCommitted.hasListeners()'))
    .toBe(true);
  await browser.context.route(/^https:\/\/caf-allocataire-fr\.com\//, (route) =>
    route.fulfill({
      path: join(SITES_DIR, 'phishing', 'caf-allocataire.html'),
      contentType: 'text/html; charset=utf-8',
    }),
  );
});
test.afterEach(async () => {
  await browser.close();
});

const extensionPage = async (path: string): Promise<Page> => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
};

/** Every storage area as one JSON text, to look for what must not be there. */
const allStorage = () =>
  browser.worker.evaluate<string>(
    '(async () => JSON.stringify(await Promise.all([chrome.storage.session, chrome.storage.local].map((a) => a.get(null)))))()',
  );

const sessions = () =>
  browser.worker.evaluate<Record<string, { guideId: string; level: string }>>(
    '(async () => (await chrome.storage.session.get("sessions")).sessions ?? {})()',
  );

async function unlock(page: Page, pin: string): Promise<void> {
  await page.locator('#pin').fill(pin);
  await page.getByRole('button', { name: 'Ouvrir' }).click();
}

test('a counsellor sets a PIN, a wrong one is refused, a session link is accepted by the learner and runs at its level', async ({}, testInfo) => {
  const space = await extensionPage('counsellor.html');
  // First use: the counsellor chooses the PIN.
  await space.locator('#new-pin').fill(PIN);
  await space.locator('#new-pin-again').fill(PIN);
  await space.getByRole('button', { name: 'Enregistrer le code' }).click();
  await expect(space.locator('#pin')).toBeVisible();
  // Only its salted hash is stored.
  const stored = await allStorage();
  expect(stored).toContain('counsellorPin');
  expect(stored).not.toContain(`"${PIN}"`);

  await unlock(space, '0000');
  await expect(space.getByTestId('pin-message')).toHaveText('Code faux.');
  await expect(space.getByRole('heading', { name: 'Préparer un lien de séance' })).toHaveCount(0);
  await unlock(space, PIN);
  await expect(space.getByRole('heading', { name: 'Préparer un lien de séance' })).toBeVisible();

  await space.locator('#guide').selectOption(guide.id);
  // How much of the chosen guide was checked on the real site, and when: for the counsellor only.
  // caf/attestation-paiement has steps confirmed by a source (konnectors/caf) and others not.
  const tally = evidenceTally(guide);
  expect(tally.confirmed).toBeGreaterThan(1);
  expect(tally.confirmed).toBeLessThan(tally.total);
  const evidence = space.getByTestId('guide-evidence');
  await expect(evidence).toContainText(`Vérifié sur le vrai site : ${tally.confirmed} étapes sur ${tally.total}.`);
  await expect(evidence).toContainText(frenchDate(tally.last!));
  await expect(evidence).toContainText('Les autres étapes viennent de descriptions du site.');
  await expect(evidence).toHaveText(evidenceSentences(tally, inFrench).join(' '));
  expect(await space.locator('#guide').getAttribute('aria-describedby')).toBe('guide-evidence');
  // Another guide, its own count: the sentence follows the choice.
  const other = loadGuide('ameli/attestation-de-droits');
  await space.locator('#guide').selectOption(other.id);
  await expect(evidence).toHaveText(evidenceSentences(evidenceTally(other), inFrench).join(' '));
  await space.locator('#guide').selectOption(guide.id);
  await space.locator('input[name="level"][value="entraine"]').check();
  await space.getByRole('button', { name: 'Créer le lien' }).click();
  const link = (await space.getByTestId('link-text').textContent()) ?? '';
  expect(link).toBe('https://www.caf.fr/#coup-de-pouce=guide:caf/attestation-paiement;level:entraine');
  await expect(space.getByTestId('qr')).toBeVisible();
  // The picture of the counsellor page in the README (docs/screenshot-counsellor.png).
  await space.screenshot({ path: testInfo.outputPath('counsellor.png'), fullPage: true });
  expect(await space.locator('[data-testid="qr"] path').getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  // Reopened while the unlock lasts, the page stays open; « Fermer l'espace médiateur » locks it.
  await space.reload();
  await expect(space.getByRole('heading', { name: 'Préparer un lien de séance' })).toBeVisible();
  await space.getByTestId('close-space').click();
  await expect(space.locator('#pin')).toBeVisible();
  await space.reload();
  await expect(space.locator('#pin')).toBeVisible();

  // The learner's PC opens the link: the guide is offered, not started.
  const site = await browser.context.newPage();
  await site.goto(link);
  await expect
    .poll(() =>
      browser.worker.evaluate<string>('(async () => JSON.stringify(await chrome.storage.session.get("proposals")))()'),
    )
    .toContain('caf/attestation-paiement');
  expect(await sessions()).toEqual({});
  const popup = await extensionPage('popup.html');
  const offer = popup.getByTestId('link-proposal');
  await expect(offer).toContainText(guide.title);
  await expect(offer).toContainText("Je m'entraîne.");
  await offer.getByRole('button', { name: 'Commencer' }).click();
  // Started at the level the link named, on the guide's own start page.
  await expect
    .poll(async () => Object.values(await sessions()))
    .toEqual([expect.objectContaining({ guideId: guide.id, level: 'entraine' })]);
  await popup.waitForURL(/^https:\/\/www\.caf\.fr\//);
  // « Je m'entraîne »: the coach lets the learner look for the button first.
  await popup.waitForTimeout(1500);
  expect((await readOverlay(popup)).tooltip, 'nothing pointed at first').toBeUndefined();
  await expectStep(popup, guide, 0, 10_000);
});

test('a forged or unknown session link gives a calm message and starts nothing', async () => {
  const site = await browser.context.newPage();
  await site.goto('https://www.caf.fr/#coup-de-pouce=guide:caf/virement-urgent;level:decouvre');
  await expect
    .poll(() =>
      browser.worker.evaluate<string>('(async () => JSON.stringify(await chrome.storage.session.get("proposals")))()'),
    )
    .toContain('invalid');
  const popup = await extensionPage('popup.html');
  const calm = popup.getByTestId('link-invalid');
  await expect(calm).toContainText('Ce lien ne marche pas.');
  await expect(calm).toContainText("Rien n'a été lancé.");
  await expect(popup.getByTestId('link-proposal')).toHaveCount(0);
  await calm.getByRole('button', { name: "D'accord" }).click();
  await expect(calm).toHaveCount(0);
  expect(await sessions()).toEqual({});
});

test('« J’ai besoin d’aide » raises the badge, and the report lists steps, times, help and the warning choice, never a typed value', async ({}, testInfo) => {
  const first = await startGuideFromPopup(browser, guide);
  // Four steps done, two months typed (practice values).
  const page = await walkGuide(browser, first, guide, { until: 4 });
  const caf = await page.evaluate(() => location.href);
  expect(caf).toMatch(/caf\.fr/);

  const popup = await extensionPage('popup.html');
  await popup.getByRole('button', { name: "J'ai besoin d'aide" }).click();
  await expect(popup.getByTestId('help-sent')).toContainText('Votre demande est envoyée.');
  const tabId = await browser.worker.evaluate<number>(
    `(async () => (await chrome.tabs.query({})).find((t) => t.url === ${JSON.stringify(caf)})?.id)()`,
  );
  await expect.poll(() => browser.worker.evaluate<string>(`chrome.action.getBadgeText({ tabId: ${tabId} })`)).toBe('?');

  // A genuine-site warning: the learner goes on anyway (second yes).
  const fake = await browser.context.newPage();
  await fake.goto(FAKE).catch(() => undefined);
  await expect(fake).toHaveURL(new RegExp(`^chrome-extension://${browser.extensionId}/warning\\.html\\?`));
  await fake.getByRole('button', { name: 'Continuer quand même' }).click();
  await fake.getByRole('button', { name: 'Je suis sûr(e), continuer' }).click();
  await fake.waitForURL(FAKE);

  // The report is behind the counsellor's PIN: chosen here (a private PC), typed on the report page.
  const space = await extensionPage('counsellor.html');
  await space.locator('#new-pin').fill(PIN);
  await space.locator('#new-pin-again').fill(PIN);
  await space.getByRole('button', { name: 'Enregistrer le code' }).click();
  await expect(space.locator('#pin')).toBeVisible();
  const report = await extensionPage('report.html');
  await expect(report.getByTestId('run')).toHaveCount(0);
  await unlock(report, PIN);
  const run = report.getByTestId('run');
  await expect(run).toContainText(guide.title);
  await expect(run).toContainText('Niveau : Je découvre');
  const rows = report.locator('[data-testid="steps"] tbody tr');
  await expect(rows).toHaveCount(4);
  for (let i = 0; i < 4; i++) {
    await expect(rows.nth(i)).toContainText(guide.steps[i]!.say);
    await expect(rows.nth(i).locator('td').last()).toHaveText(/^\d+ s$|^\d+ min \d\d s$/);
  }
  await expect(report.getByTestId('helps')).toContainText("A appuyé sur « J'ai besoin d'aide » (étape 5");
  await expect(report.getByTestId('warnings')).toContainText('Site douteux');
  await expect(report.getByTestId('warnings')).toContainText('A continué quand même');
  // A name typed on the report is for the printout only.
  await report.locator('#learner-name').fill('Camille Exemple');
  await expect(report.getByText('Personne accompagnée : Camille Exemple')).toBeVisible();
  // The picture of the report in the README (docs/screenshot-report.png).
  await report.screenshot({ path: testInfo.outputPath('report.png'), fullPage: true });
  await report.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await report.getByRole('button', { name: 'Imprimer' }).click();
  expect(await report.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // Never a typed value, nor the name, anywhere.
  const text = (await report.locator('main').textContent()) ?? '';
  for (const typed of ['202609', '202610']) expect(text).not.toContain(typed);
  const storage = await allStorage();
  for (const secret of ['202609', '202610', 'Camille']) expect(storage).not.toContain(secret);
});
