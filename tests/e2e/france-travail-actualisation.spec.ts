// The France Travail monthly update, walked as a learner in Chromium with the built extension:
// the two-step login on one page with the same #submit, the eight questions answered by choosing
// (everything « Non » except « toujours à la recherche d'un emploi » = « Oui »), the warnings on
// the trap question and on the irreversible confirmation, the summary and the confirmation.
import { expect, test } from '@playwright/test';
import { launchWithExtension, type Launched } from '../support/extension';
import { act, expectStep, loadGuide, startGuideFromPopup } from '../support/learner';
import { waitForOverlay } from '../support/overlay';

const guide = loadGuide('france-travail/actualisation');
let browser: Launched;

test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true });
});
test.afterEach(async () => {
  await browser.close();
});

test('a learner does the whole actualisation, avoiding the « NON » trap', async () => {
  const page = await startGuideFromPopup(browser, guide);
  for (let index = 0; index < guide.steps.length; index++) {
    const { step, overlay } = await expectStep(page, guide, index);
    if (step.risk) expect(overlay.tooltip?.risk).toContain(step.risk.why);
    if (step.id === 'question-recherche') {
      expect(overlay.tooltip?.risk).toContain('France Travail vous désinscrit');
    }
    if (step.id === 'confirmer') {
      // The summary shows what was answered, and no de-registration warning.
      await expect(page.locator('.form-result li[data-question="recherche"] .reponse')).toHaveText('Oui');
      await expect(page.locator('#alerteRecherche')).toBeHidden();
    }
    await act(page, step);
  }
  await waitForOverlay(page, (s) => s.panel?.kind === 'finished');
  expect(page.url()).toContain('/actualisation/confirmation');
});

test('the same #submit button is followed from « Poursuivre » to « Se connecter »', async () => {
  const page = await startGuideFromPopup(browser, guide);
  await act(page, (await expectStep(page, guide, 0)).step);
  const first = await expectStep(page, guide, 1);
  expect(first.overlay.tooltip?.say).toBe('Cliquez sur « Poursuivre ».');
  await act(page, first.step);
  await act(page, (await expectStep(page, guide, 2)).step);
  const second = await expectStep(page, guide, 3);
  expect(second.overlay.tooltip?.say).toBe('Cliquez sur « Se connecter ».');
  await expect(page.locator('#submit')).toHaveText('Se connecter');
});
