// The CAF guides written for issue 7, walked end to end on the replicas by a simulated learner:
// the quarterly declaration of resources (profile question, payment-month help, amounts checked,
// irreversible validation), the change of address (checked before « Valider », confirmation text)
// and the quotient familial certificate (its PDF address). Plus the built-in risk rule on the
// declaration's « Valider ma déclaration », with no guide running.
import { expect, test, type Download } from '@playwright/test';
import { matchAnyUrlPattern } from '../../src/shared';
import { launchWithExtension, type Launched } from '../support/extension';
import { loadGuide, startGuideFromPopup, walkGuide, type WalkedStep } from '../support/learner';
import { clickOverlayButton, readOverlay, waitForOverlay } from '../support/overlay';

let browser: Launched;

test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true });
});
test.afterEach(async () => {
  await browser.close();
});

/** What every step must show: its own page, and the risk said before acting (only on risky steps). */
function checkStep({ step, overlay, page }: WalkedStep): void {
  expect(matchAnyUrlPattern(step.page, page.url()), `${step.id} in ${page.url()}`).toBe(true);
  if (!step.target) {
    expect(overlay.panel?.kind).toBe('note');
    return;
  }
  if (step.risk) expect(overlay.tooltip?.risk).toContain(step.risk.why);
  else expect(overlay.tooltip?.risk).toBe('');
}

test('a learner walks the whole quarterly declaration of resources (DTR) and reaches the confirmation', async () => {
  const guide = loadGuide('caf/declaration-trimestrielle');
  const seen: string[] = [];
  let bubbleShown = false;
  const page = await walkGuide(browser, await startGuideFromPopup(browser, guide), guide, {
    onStep: (walked) => {
      seen.push(walked.step.id);
      checkStep(walked);
    },
    afterAct: async ({ step, page: tab }) => {
      // The help on the payment month opened: the step waited for both the click and the bubble.
      if (step.id === 'comprendre-mois-paiement') {
        await expect(tab.locator('#bulleMoisPaiement')).toBeVisible();
        await expect(tab.locator('#bulleMoisPaiement')).toContainText('mois où vous avez reçu');
        bubbleShown = true;
      }
    },
  });
  expect(seen).toEqual(guide.steps.map((s) => s.id));
  expect(bubbleShown).toBe(true);
  // The kinds of completion this guide exercises in the browser.
  const kinds = new Set(
    guide.steps.flatMap((s) => [s.done.kind, ...('of' in s.done ? s.done.of.map((d) => d.kind) : [])]),
  );
  for (const kind of ['choose', 'submit', 'all', 'visible', 'click']) expect(kinds, kind).toContain(kind);
  const last = guide.steps.at(-1)!;
  expect(last.risk?.level).toBe('irreversible');
  expect(last.risk?.check?.join(' ')).toContain('net social');

  // The declaration was sent with the answers the learner gave, and the confirmation shows.
  await page.waitForURL(/\/moncompte\/dtr\/confirmation\?/);
  await expect(page.locator('#messageConfirmation')).toHaveText(
    'Votre déclaration trimestrielle a bien été enregistrée.',
  );
  const end = await waitForOverlay(page, (s) => s.panel?.kind === 'finished');
  expect(end.panel?.text).toContain('Bravo');
  expect(end.tooltip).toBeUndefined();
});

test('a learner declares a new address; the guide ends when the confirmation text appears', async () => {
  const guide = loadGuide('caf/changement-adresse');
  const seen: string[] = [];
  let risky = '';
  const page = await walkGuide(browser, await startGuideFromPopup(browser, guide), guide, {
    onStep: async (walked) => {
      seen.push(walked.step.id);
      checkStep(walked);
      if (walked.step.id === 'valider-adresse') risky = walked.overlay.tooltip?.risk ?? '';
      // The last step shows while the page still saves: it is done by the text, not before.
      if (walked.step.id === 'attendre-confirmation')
        await expect(walked.page.locator('#messageConfirmation')).toBeHidden();
    },
  });
  expect(seen).toEqual(guide.steps.map((s) => s.id));
  expect(risky).toContain("les courriers de la Caf n'arrivent pas chez vous");
  const last = guide.steps.at(-1)!;
  expect(last.done.kind).toBe('text');

  // The fictitious address typed on the way is the one the page recorded.
  expect(page.url()).toMatch(/\/declarerunchangement\/confirmation\?/);
  await expect(page.locator('#messageConfirmation')).toBeVisible();
  await expect(page.locator('#nouvelleAdresse')).toHaveText('12 rue Imaginaire, 99999, Exempleville');
  const end = await waitForOverlay(page, (s) => s.panel?.kind === 'finished');
  expect(end.panel?.text).toContain('Bravo');
});

test('a learner downloads the quotient familial certificate from Mes attestations', async () => {
  const guide = loadGuide('caf/attestation-quotient-familial');
  let download: Promise<Download> | undefined;
  const page = await walkGuide(browser, await startGuideFromPopup(browser, guide), guide, {
    onStep: (walked) => {
      checkStep(walked);
      if (walked.index === guide.steps.length - 1) download = walked.page.waitForEvent('download');
    },
  });
  expect(download, 'the last step was a download').toBeDefined();
  const file = await download!;
  expect(file.url()).toBe('https://wwwd.caf.fr/api/attestationsfront/v1/mon_compte/derniere_attestation/qf');
  expect(file.suggestedFilename()).toBe('attestation-quotient-familial.pdf');
  const end = await waitForOverlay(page, (s) => s.panel?.kind === 'finished');
  expect(end.panel?.text).toContain('Bravo');
});

test('without a guide, « Valider ma déclaration » asks first; « Annuler » stays, « Je continue » sends', async () => {
  const summary =
    'https://wwwd.caf.fr/wps/myportal/caffr/moncompte/dtr/recapitulatif?profil=non&m1=1111%2C11&m2=1222%2C22&m3=1111%2C11&justes=oui';
  const page = await browser.context.newPage();
  const answered = page.waitForResponse(() => true).catch(() => undefined);
  await page.goto(summary);
  await answered;
  await page.waitForTimeout(400);
  expect((await readOverlay(page)).tooltip, 'no guide runs').toBeUndefined();

  const valider = page.locator('#validerDeclaration');
  await valider.click();
  const asked = await waitForOverlay(page, (s) => s.dialog !== undefined);
  expect(asked.dialog?.level).toBe('irreversible');
  expect(asked.dialog?.text).toContain('ne peut plus être changée en ligne');
  expect(asked.dialog?.text).toContain('montant net social');
  expect(asked.dialog?.text).toContain('au mois où vous avez reçu');
  await clickOverlayButton(page, 'cancel');
  await waitForOverlay(page, (s) => s.dialog === undefined);
  // Nothing was sent: the learner is still on the summary.
  await page.waitForTimeout(300);
  expect(page.url()).toBe(summary);
  await expect(valider).toBeVisible();

  await valider.click();
  await waitForOverlay(page, (s) => s.dialog !== undefined);
  await clickOverlayButton(page, 'confirm');
  await page.waitForURL(/\/moncompte\/dtr\/confirmation\?/);
  await expect(page.locator('#messageConfirmation')).toBeVisible();
});
