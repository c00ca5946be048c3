// The France Travail monthly update, walked as a learner in Chromium with the built extension:
// the two-step login on one page with the same #submit, then the three pages of the update
// (activités, situations particulières, validation) answered by choosing (everything « Non » except
// « toujours à la recherche d'un emploi » = « Oui »), the warnings on the trap question and on the
// irreversible validation, and the confirmation.
import { expect, test } from '@playwright/test';
import { launchWithExtension, type Launched } from '../support/extension';
import { act, expectStep, loadGuide, startGuideFromPopup, walkGuide } from '../support/learner';
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
  const seen: string[] = [];
  const page = await walkGuide(browser, await startGuideFromPopup(browser, guide), guide, {
    onStep: async ({ step, overlay, page: tab }) => {
      seen.push(step.id);
      if (step.risk) expect(overlay.tooltip?.risk).toContain(step.risk.why);
      if (step.id === 'question-maintien-inscription') {
        expect(overlay.tooltip?.risk).toContain('France Travail vous désinscrit');
        // The validation page sums up the answers of the two pages before it.
        await expect(tab.locator('.form-result li[data-question="activite"] .reponse')).toHaveText('Non');
        await expect(tab.locator('.form-result li[data-question="pension"] .reponse')).toHaveText('Non');
      }
      if (step.id === 'valider-actualisation') {
        // « Oui » was chosen: no de-registration warning on the page.
        await expect(tab.locator('#question-maintienInscription-oui')).toBeChecked();
        await expect(tab.locator('#alerteMaintien')).toBeHidden();
      }
    },
  });
  // On the dashboard the cookie banner came first; the learner went on without accepting.
  expect(await page.evaluate(() => localStorage.getItem('pecookies-choix'))).toBe('pecookies-continue-btn');
  // « Vous avez déjà déclaré… » is not shown this month: the coach passed over that step.
  expect(seen).toEqual(guide.steps.filter((s) => !s.when).map((s) => s.id));
  expect(seen).not.toContain('deja-declare');
  await waitForOverlay(page, (s) => s.panel?.kind === 'finished');
  expect(page.url()).toContain('/actualisation/confirmation');
  expect(new URL(page.url()).searchParams.get('maintienInscription')).toBe('OUI');
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
