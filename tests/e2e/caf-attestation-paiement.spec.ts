// The walking skeleton end to end: the built extension in Chromium, the CAF replicas at their
// real URLs; a learner starts the guide from the popup and walks every step; a reload in the
// middle resumes at the same step; the tooltip never takes focus from the field being typed in.
import { expect, test, type Download } from '@playwright/test';
import { matchAnyUrlPattern } from '../../src/shared';
import { launchWithExtension, type Launched } from '../support/extension';
import { act, expectedSelector, expectStep, loadGuide, startGuideFromPopup, walkGuide } from '../support/learner';
import { waitForOverlay } from '../support/overlay';

const guide = loadGuide('caf/attestation-paiement');
let browser: Launched;

test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true });
});
test.afterEach(async () => {
  await browser.close();
});

const startFromPopup = () => startGuideFromPopup(browser, guide);

test('a learner walks the whole CAF payment-certificate guide, step by step', async () => {
  const first = await startFromPopup();
  const seen: string[] = [];
  let download: Promise<Download> | undefined;
  const page = await walkGuide(browser, first, guide, {
    onStep: ({ step, index, overlay, page: tab }) => {
      seen.push(step.id);
      // Each step shows in the tab of its own page (the e-mail code is read in a second tab).
      expect(matchAnyUrlPattern(step.page, tab.url()), `${step.id} in ${tab.url()}`).toBe(true);
      if (!step.target) {
        // Nothing to point at: the step is said in the corner, without a tooltip.
        expect(overlay.panel?.kind).toBe('note');
        return;
      }
      // A risky step says what to watch out for before the learner acts.
      if (step.risk) expect(overlay.tooltip?.risk).toContain(step.risk.why);
      else expect(overlay.tooltip?.risk).toBe('');
      // The last click downloads the certificate.
      if (index === guide.steps.length - 1) download = tab.waitForEvent('download');
    },
    afterAct: async ({ step, page: tab }) => {
      if (step.done.kind === 'input' && step.done.pattern !== undefined) {
        // The coach moved on while the learner was typing: the field must still have the focus.
        const focusedId = await tab.evaluate(() => document.activeElement?.id);
        expect(focusedId).toBe(expectedSelector(step).replace(/^.*#/, ''));
      }
    },
  });
  expect(page === first, 'back in the CAF tab after the mailbox').toBe(true);
  expect(download, 'the last step was a download').toBeDefined();
  // The certificate for the months chosen.
  const file = await download!;
  expect(file.url()).toMatch(
    /\/api\/attestationsfront\/v1\/mon_compte\/attestation_sur_periode\/paiements\/20260901\/20261031$/,
  );
  expect(file.suggestedFilename()).toBe('attestation-paiement.pdf');
  expect(seen).toEqual(guide.steps.map((s) => s.id));
  const end = await waitForOverlay(page, (s) => s.panel?.kind === 'finished');
  expect(end.panel?.text).toContain('Bravo');
  expect(end.tooltip).toBeUndefined();

  // Nothing the learner typed was kept: scan every storage area the extension can write.
  const stored = await browser.worker.evaluate<string>(
    '(async () => JSON.stringify(await Promise.all([chrome.storage.session, chrome.storage.local, chrome.storage.sync].map((a) => a.get(null)))))()',
  );
  const typed = guide.steps.flatMap((s) => (s.done.kind === 'input' && s.done.practice ? [s.done.practice] : []));
  expect(typed.length).toBeGreaterThan(3);
  for (const value of typed) expect(stored).not.toContain(value);
  expect(stored).toContain('caf/attestation-paiement'); // the scan did read the session
});

test('the popup shows the progress of the running guide and stops it', async () => {
  const page = await startFromPopup();
  for (let index = 0; index < 2; index++) await act(page, (await expectStep(page, guide, index)).step);
  await expectStep(page, guide, 2);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(popup.getByTestId('progress')).toHaveText(`Étape 3 sur ${guide.steps.length}`);
  // On a CAF page the CAF guides come first, under « Sur ce site »; here the popup tab is active.
  await expect(popup.getByRole('heading', { name: 'Choisissez une démarche' })).toBeVisible();
  await popup.getByRole('button', { name: 'Arrêter' }).click();
  await expect(popup.getByTestId('progress')).toHaveCount(0);
  await page.bringToFront();
  const after = await waitForOverlay(page, (s) => !s.tooltip && !s.panel);
  expect(after.present).toBe(false);
});

test('after closing the tab, « Reprendre » in the popup brings the learner back to the step', async () => {
  const stop = guide.steps.findIndex((s) => s.id === 'choisir-attestation-paiement');
  const page = await walkGuide(browser, await startFromPopup(), guide, { until: stop });
  await page.close();
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(popup.getByTestId('progress')).toHaveText(`Étape ${stop + 1} sur ${guide.steps.length}`);
  await popup.getByRole('button', { name: 'Reprendre' }).click();
  // The popup's own tab is sent to the step's page, and the coach points at the step there.
  await popup.waitForURL(/moncompte\/mesattestations/);
  await expectStep(popup, guide, stop);
});

test('a reload in the middle of the guide resumes at the same step', async () => {
  const resumeAt = guide.steps.findIndex((s) => s.id === 'choisir-autre-periode');
  const page = await walkGuide(browser, await startFromPopup(), guide, { until: resumeAt });
  await page.reload();
  const again = await expectStep(page, guide, resumeAt);
  expect(again.overlay.tooltip?.progress).toBe(`Étape ${resumeAt + 1} sur ${guide.steps.length}`);
  // And the guide goes on from there.
  await act(page, again.step);
  await expectStep(page, guide, resumeAt + 1);
});
