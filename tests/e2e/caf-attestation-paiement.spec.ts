// The walking skeleton end to end: the built extension in Chromium, the CAF replicas at their
// real URLs; a learner starts the guide from the popup and walks every step; a reload in the
// middle resumes at the same step; the tooltip never takes focus from the field being typed in.
import { expect, test } from '@playwright/test';
import { launchWithExtension, type Launched } from '../support/extension';
import { act, expectStep, loadGuide, startGuideFromPopup } from '../support/learner';
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
  const page = await startFromPopup();
  const seen: string[] = [];
  for (let index = 0; index < guide.steps.length; index++) {
    const { step } = await expectStep(page, guide, index);
    seen.push(step.id);
    const download = await act(page, step);
    if (step.done.kind === 'input' && step.done.pattern !== undefined) {
      // The coach moved on while the learner was typing: the field must still have the focus.
      const focusedId = await page.evaluate(() => document.activeElement?.id);
      expect(focusedId).toBe(
        (step.target?.any.find((s) => s.kind === 'css') as { css: string }).css.replace(/^.*#/, ''),
      );
    }
    if (index === guide.steps.length - 1) {
      expect(download, 'the last click downloads the certificate').toBeDefined();
      expect(download?.url()).toMatch(
        /\/api\/attestationsfront\/v1\/mon_compte\/attestation_sur_periode\/paiements\/20260901\/20261031$/,
      );
      expect(download?.suggestedFilename()).toBe('attestation-paiement.pdf');
    }
  }
  expect(seen).toEqual(guide.steps.map((s) => s.id));
  const end = await waitForOverlay(page, (s) => s.panel?.kind === 'finished');
  expect(end.panel?.text).toContain('Bravo');
  expect(end.tooltip).toBeUndefined();
});

test('a reload in the middle of the guide resumes at the same step', async () => {
  const page = await startFromPopup();
  const resumeAt = guide.steps.findIndex((s) => s.id === 'choisir-autre-periode');
  for (let index = 0; index < resumeAt; index++) {
    const { step } = await expectStep(page, guide, index);
    await act(page, step);
  }
  await expectStep(page, guide, resumeAt);
  await page.reload();
  const again = await expectStep(page, guide, resumeAt);
  expect(again.overlay.tooltip?.progress).toBe(`Étape ${resumeAt + 1} sur ${guide.steps.length}`);
  // And the guide goes on from there.
  await act(page, again.step);
  await expectStep(page, guide, resumeAt + 1);
});
