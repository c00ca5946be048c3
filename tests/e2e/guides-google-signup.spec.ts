// The Gmail address sign-up guide end to end on the Google account wizard, in Chromium with the
// built extension, once on the default replica and once on each live variant of its pages
// (confirmation field ConfirmPasswd instead of PasswdAgain; the address field without suggestions).
import { expect, test } from '@playwright/test';
import { launchWithExtension } from '../support/extension';
import { loadGuide, startGuideFromPopup, walkGuide, type WalkedStep } from '../support/learner';
import { variantsFor } from '../support/replicas';
import { waitForOverlay } from '../support/overlay';

const GUIDE = 'gmail/creer-une-adresse';
const guide = loadGuide('gmail/creer-une-adresse');
const variants = variantsFor(guide.hosts)
  .map((v) => v.id)
  .filter((id) => id.startsWith('google-accounts/'));

/** What each walk checks that the served pages really are that version. */
const SEEN_ON: Record<string, { confirm: string; suggestions: boolean }> = {
  default: { confirm: 'PasswdAgain', suggestions: true },
  'google-accounts/confirmpasswd': { confirm: 'ConfirmPasswd', suggestions: true },
  'google-accounts/adresse-sans-suggestions': { confirm: 'PasswdAgain', suggestions: false },
};

test('the sign-up replica has both live variants of its pages', () => {
  expect(variants.sort()).toEqual(['google-accounts/adresse-sans-suggestions', 'google-accounts/confirmpasswd']);
});

/** Each step's tooltip says the step's risk when it has one, and nothing of the kind otherwise. */
function checkRisk({ step, overlay }: WalkedStep): void {
  if (step.risk) expect(overlay.tooltip?.risk, step.id).toContain(step.risk.why);
  else expect(overlay.tooltip?.risk, step.id).toBe('');
}

for (const variant of ['default', ...variants]) {
  test(`${GUIDE} (${variant}): a learner creates a Gmail address on the sign-up wizard`, async () => {
    const expected = SEEN_ON[variant];
    if (!expected) throw new Error(`no expectations written for ${variant}`);
    const browser = await launchWithExtension({
      headless: true,
      ...(variant === 'default' ? {} : { variant }),
    });
    try {
      const seen: string[] = [];
      const page = await walkGuide(browser, await startGuideFromPopup(browser, guide), guide, {
        onStep: async (walked) => {
          seen.push(walked.step.id);
          checkRisk(walked);
          if (walked.step.id === 'saisir-adresse')
            await expect(walked.page.locator('div[role="radio"]')).toHaveCount(expected.suggestions ? 3 : 0);
          if (walked.step.id === 'confirmer-mot-de-passe')
            await expect(walked.page.locator(`input[name="${expected.confirm}"]`)).toBeVisible();
        },
      });
      // Without suggestions the coach passes over « Créer votre propre adresse Gmail » by itself.
      const steps = guide.steps.map((s) => s.id);
      expect(seen).toEqual(expected.suggestions ? steps : steps.filter((id) => id !== 'choisir-propre-adresse'));
      // « J'accepte » creates the account and opens the new mailbox.
      await page.waitForURL('https://mail.google.com/mail/u/0/#inbox');
      const end = await waitForOverlay(page, (s) => s.panel?.kind === 'finished');
      expect(end.panel?.text).toContain('Bravo');
      expect(end.tooltip).toBeUndefined();
      // The password typed was never kept.
      const stored = await browser.worker.evaluate<string>(
        '(async () => JSON.stringify(await Promise.all([chrome.storage.session, chrome.storage.local, chrome.storage.sync].map((a) => a.get(null)))))()',
      );
      expect(stored).toContain(GUIDE);
      expect(stored).not.toContain('Exemple-Fictif-2026');
    } finally {
      await browser.close();
    }
  });
}
