// Accessibility of everything the learner reads (issue 6, item 5): axe-core's WCAG 2.0/2.1/2.2
// A and AA rules find no violation in the coach's overlay (tooltip, help, note between pages,
// risk dialog, end of guide), the popup (before and during a guide), the genuine-site warning
// page, the counsellor page and the session report, each rendered for real by the built extension on the replicas.
import { expect, test, type Page } from '@playwright/test';
import { axeOverlay, axePage, type AxeResult } from '../support/axe';
import { launchWithExtension, type Launched } from '../support/extension';
import { expectStep, loadGuide, startGuideFromPopup, walkGuide } from '../support/learner';
import { clickOverlayButton, waitForOverlay } from '../support/overlay';

let browser: Launched;

test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true });
});
test.afterEach(async () => {
  await browser.close();
});

/** No violation, and axe did look at the elements (more than `atLeast` passed a rule). */
async function expectNoViolation(check: Promise<AxeResult>, where: string, atLeast = 2): Promise<void> {
  const { violations, passedElements } = await check;
  expect(
    violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(' ')}`),
    where,
  ).toEqual([]);
  expect(passedElements, `${where}: elements axe checked`).toBeGreaterThan(atLeast);
}

test('the overlay: a step, its help, and the note between two sites', async () => {
  const guide = loadGuide('caf/attestation-paiement');
  let page: Page = await startGuideFromPopup(browser, guide);
  await expectStep(page, guide, 0);
  await expectNoViolation(axeOverlay(page), 'tooltip of step 1');

  await clickOverlayButton(page, 'help-button');
  await waitForOverlay(page, (s) => (s.tooltip?.help ?? '') !== '');
  await expectNoViolation(axeOverlay(page), 'help opened');
  await clickOverlayButton(page, 'help-button');

  // The step with nothing to point at: open the mailbox in another tab (a note in the corner).
  const note = guide.steps.findIndex((s) => !s.target);
  page = await walkGuide(browser, page, guide, { until: note });
  await waitForOverlay(page, (s) => s.panel?.kind === 'note');
  await expectNoViolation(axeOverlay(page), 'note panel');
});

test('the risk dialog before « Valider mon actualisation »', async () => {
  const guide = loadGuide('france-travail/actualisation');
  const confirm = guide.steps.findIndex((s) => s.id === 'valider-actualisation');
  const page = await walkGuide(browser, await startGuideFromPopup(browser, guide), guide, { until: confirm });
  await page.locator('#btn-valider-actu').click();
  await waitForOverlay(page, (s) => s.dialog !== undefined);
  await expectNoViolation(axeOverlay(page), 'risk dialog');
});

test('the end of a guide', async () => {
  const guide = loadGuide('france-travail/se-connecter');
  const page = await walkGuide(browser, await startGuideFromPopup(browser, guide), guide);
  await waitForOverlay(page, (s) => s.panel?.kind === 'finished');
  await expectNoViolation(axeOverlay(page), 'finished panel');
});

test('the popup, before and during a guide, and the warning page', async () => {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(popup.locator('[data-guide="caf/attestation-paiement"]')).toBeVisible();
  await expectNoViolation(axePage(popup), 'popup, no guide');

  const guide = loadGuide('caf/attestation-paiement');
  const page = await startGuideFromPopup(browser, guide);
  await expectStep(page, guide, 0);
  await popup.reload();
  await expect(popup.locator('.running-title')).toHaveText(guide.title);
  await expectNoViolation(axePage(popup), 'popup, guide running');

  const warning = await browser.context.newPage();
  await warning.goto('https://caf-allocataire-fr.com/').catch(() => undefined);
  await expect(warning).toHaveURL(new RegExp(`^chrome-extension://${browser.extensionId}/warning\\.html\\?`));
  await expect(warning.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoViolation(axePage(warning), 'warning page');
});

test('the counsellor page (PIN to set, then open with a guide’s evidence) and the session report', async () => {
  const counsellor = await browser.context.newPage();
  await counsellor.goto(`chrome-extension://${browser.extensionId}/counsellor.html`);
  await expect(counsellor.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoViolation(axePage(counsellor), 'counsellor page');
  // Opened with its PIN: the link form, with what was checked on the real site for the chosen guide.
  await counsellor.locator('#new-pin').fill('4821');
  await counsellor.locator('#new-pin-again').fill('4821');
  await counsellor.getByRole('button', { name: 'Enregistrer le code' }).click();
  await counsellor.locator('#pin').fill('4821');
  await counsellor.getByRole('button', { name: 'Ouvrir' }).click();
  await expect(counsellor.getByTestId('guide-evidence')).toContainText('sur le vrai site');
  await expectNoViolation(axePage(counsellor), 'counsellor page, open, with a guide’s evidence');

  const report = await browser.context.newPage();
  await report.goto(`chrome-extension://${browser.extensionId}/report.html`);
  await expect(report.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(report.getByRole('button', { name: 'Imprimer' })).toBeVisible();
  await expectNoViolation(axePage(report), 'session report');
  // Locked again (« Fermer l'espace médiateur »): the report's PIN entry.
  await counsellor.getByTestId('close-space').click();
  await report.reload();
  await expect(report.locator('#pin')).toBeVisible();
  await expectNoViolation(axePage(report), 'session report, locked');
});
