// The Gmail guides end to end, in Chromium with the built extension on the replicas: send a CV
// with an attachment, reply to one person, find a code (in « Spam » too), report a fake CAF mail;
// and the built-in rule that holds a reply sent to more than one person, with no guide running.
// (The sign-up wizard has its own spec, guides-google-signup.spec.ts.) Every guide is walked once per
// replica variant (the older textarea.vO « À » field and the newer div.anm[name=to]): a test whose
// title ends with « [<variant>] » is served that variant.
import { expect, test, type Page } from '@playwright/test';
import { launchWithExtension, type Launched } from '../support/extension';
import { HANDS } from '../support/hands';
import { variantsFor } from '../support/replicas';
import { act, expectStep, loadGuide, startGuideFromPopup, walkGuide, type WalkedStep } from '../support/learner';
import { clickOverlayButton, readOverlay, waitForOverlay } from '../support/overlay';

let browser: Launched;

/** Each Gmail variant, and the default replicas (no variant). */
const REPLICAS: { variant?: string; tag: string }[] = [
  { tag: 'default' },
  ...variantsFor(['mail.google.com']).map((v) => ({ variant: v.id, tag: v.id })),
];

test.beforeEach(async ({}, info) => {
  const variant = /\[([a-z0-9-]+\/[a-z0-9-]+)\]$/.exec(info.title)?.[1];
  browser = await launchWithExtension({ headless: true, ...(variant ? { variant } : {}) });
});

test('the Gmail replica has its peoplekit « To » variant', () => {
  expect(REPLICAS.map((r) => r.tag)).toEqual(['default', 'gmail/destinataires-peoplekit']);
});
test.afterEach(async () => {
  await browser.close();
});

const at = (guide: ReturnType<typeof loadGuide>, id: string) => {
  const index = guide.steps.findIndex((s) => s.id === id);
  if (index === -1) throw new Error(`no step ${id} in ${guide.id}`);
  return index;
};

/** Each step's tooltip says the step's risk when it has one, and nothing of the kind otherwise. */
function checkRisk({ step, overlay }: WalkedStep): void {
  if (step.risk) expect(overlay.tooltip?.risk, step.id).toContain(step.risk.why);
  else expect(overlay.tooltip?.risk, step.id).toBe('');
}

async function finished(page: Page): Promise<void> {
  const end = await waitForOverlay(page, (s) => s.panel?.kind === 'finished');
  expect(end.panel?.text).toContain('Bravo');
  expect(end.tooltip).toBeUndefined();
}

/** The texts of the rows the mailbox shows in a folder (#sent, #spam, #inbox). */
async function rowsOf(page: Page, folder: string): Promise<string[]> {
  await page.evaluate((hash) => (location.hash = hash), folder);
  await expect(page.locator('nav a.actif')).toHaveAttribute('href', folder);
  return page.locator('[gh="tl"] tr.zA').allInnerTexts();
}

/** Opens a guided page and waits until the coach has received its rules (as in risk-rules.spec.ts). */
async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  const answered = page.waitForResponse(() => true).catch(() => undefined);
  await page.goto(url);
  await answered;
  await page.waitForTimeout(400);
  return page;
}

for (const { tag } of REPLICAS) {
  test(`gmail/envoyer-un-cv: a learner writes to an employer, attaches the CV and sends it [${tag}]`, async () => {
    const guide = loadGuide('gmail/envoyer-un-cv');
    const page = await walkGuide(browser, await startGuideFromPopup(browser, guide), guide, {
      onStep: async (walked) => {
        checkRisk(walked);
        // The paperclip opens the computer's file chooser: the learner picks the CV there.
        await HANDS['gmail/envoyer-un-cv']?.onStep?.(walked);
        if (walked.step.id === 'envoyer') {
          await expect(walked.page.locator('div.M9[role="dialog"][aria-label="Nouveau message"] div.dL')).toHaveText(
            'CV-Camille-Exemple-fictif.pdf',
          );
        }
      },
    });
    await finished(page);
    // The compose window closed and Gmail says the message left, with its attachment.
    await expect(page.getByRole('dialog', { name: 'Nouveau message' })).toBeHidden();
    // The older minimised draft stays where it was, untouched.
    await expect(page.getByRole('dialog', { name: 'Courses de samedi' })).toBeVisible();
    await expect(page.locator('#toastTexte')).toHaveText('Message envoyé');
    const sent = await rowsOf(page, '#sent');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain('recrutement@boulangerie-exemple.fr');
    expect(sent[0]).toContain('Candidature au poste de vendeur (exemple)');
    expect(sent[0]).toContain('CV-Camille-Exemple-fictif.pdf');
  });

  test(`gmail/repondre-a-un-message: « Répondre » is explained against « Répondre à tous », the reply goes to one person [${tag}]`, async () => {
    const guide = loadGuide('gmail/repondre-a-un-message');
    const page = await walkGuide(browser, await startGuideFromPopup(browser, guide), guide, {
      onStep: (walked) => {
        checkRisk(walked);
        if (walked.step.id === 'repondre') expect(walked.overlay.tooltip?.risk).toContain('Répondre à tous');
      },
    });
    await finished(page);
    await expect(page.locator('#toastTexte')).toHaveText('Message envoyé');
    const sent = await rowsOf(page, '#sent');
    expect(sent).toHaveLength(1);
    // One recipient only: the sender, not the person in copy.
    expect(sent[0]).toContain('À : recrutement@boulangerie-exemple.fr');
    expect(sent[0]).not.toContain('alex.exemple.fictif@gmail.com');
    expect(sent[0]).toContain('RE: Votre candidature');
  });

  test(`gmail/retrouver-un-code: nothing in the mailbox, so the coach sends the learner to « Spam », where the code is [${tag}]`, async () => {
    const guide = loadGuide('gmail/retrouver-un-code');
    const spam = at(guide, 'ouvrir-spam');
    // The search for « impots » finds nothing: the conditional « Spam » step shows.
    const page = await walkGuide(browser, await startGuideFromPopup(browser, guide), guide, { until: spam });
    await expect(page.getByText('Aucun message ne correspond à votre recherche.')).toBeVisible();
    for (let i = spam; i < guide.steps.length - 1; i++) await act(page, (await expectStep(page, guide, i)).step);
    const read = await expectStep(page, guide, guide.steps.length - 1);
    expect(read.overlay.tooltip?.risk).toContain(read.step.risk!.why);
    await expect(page.locator('.ii.gt .a3s .code')).toHaveText('654321');
    await expect(page.locator('div.adn .gD')).toHaveAttribute('email', 'ne-pas-repondre@impots.gouv.fr');
    // The learner has noted the code and goes back to the list: the guide ends.
    await page.getByRole('link', { name: 'Boîte de réception' }).click();
    await finished(page);
  });

  test(`gmail/retrouver-un-code: when the search finds the code mail, the « Spam » step is passed over [${tag}]`, async () => {
    const guide = loadGuide('gmail/retrouver-un-code');
    const page = await startGuideFromPopup(browser, guide);
    // The learner looks for the CAF's code: it is in the mailbox.
    await expectStep(page, guide, 0);
    await page.locator('form[gh="sb"] input[name="q"]').click();
    await page.keyboard.type('caf', { delay: 15 });
    await page.keyboard.press('Tab');
    await act(page, (await expectStep(page, guide, 1)).step);
    const open = at(guide, 'ouvrir-message-code');
    expect(open).toBe(at(guide, 'ouvrir-spam') + 1);
    await act(page, (await expectStep(page, guide, open)).step);
    await expectStep(page, guide, open + 1);
    await expect(page.locator('#codeRecu')).toHaveText('123456');
    await page.getByRole('link', { name: 'Boîte de réception' }).click();
    await finished(page);
  });

  test(`gmail/signaler-un-message-frauduleux: the learner checks the sender of a fake CAF mail and reports it [${tag}]`, async () => {
    const guide = loadGuide('gmail/signaler-un-message-frauduleux');
    const page = await walkGuide(browser, await startGuideFromPopup(browser, guide), guide, {
      onStep: async (walked) => {
        checkRisk(walked);
        if (walked.step.id === 'verifier-expediteur') {
          // The details show the real sender: a lookalike domain, not caf.fr.
          await expect(walked.page.locator('div.adn table.ajA')).toBeVisible();
          await expect(walked.page.locator('div.adn table.ajA')).toContainText(
            'remboursement@caf-allocataire-remboursement.com',
          );
          // The link's text shows a caf.fr address; it leads elsewhere.
          const link = walked.page.locator('#lienSuspect');
          await expect(link).toHaveText('https://www.caf.fr/mon-compte/remboursement');
          expect(new URL((await link.getAttribute('href')) ?? '').host).toBe('caf-allocataire-remboursement.com');
        }
      },
    });
    await finished(page);
    expect(guide.steps.some((s) => s.say.includes('33700') && s.say.includes('signal-spam.fr'))).toBe(true);
    await expect(page.locator('#toastTexte')).toHaveText('Message signalé comme hameçonnage');
    // The fake mail left the inbox for « Spam »; the genuine CAF code mail stays.
    const inbox = await rowsOf(page, '#inbox');
    expect(inbox.join('\n')).not.toContain('Remboursement en attente');
    expect(inbox.join('\n')).toContain('Votre code de connexion');
    expect((await rowsOf(page, '#spam')).join('\n')).toContain('Remboursement en attente');
  });

  test(`rule: a reply that shows two recipients asks before « Envoyer »; a reply to one person does not [${tag}]`, async () => {
    const page = await open('https://mail.google.com/mail/u/0/#inbox/m5');
    const chips = page.locator('div.gA tr.bzf [data-hovercard-id]');
    const toast = page.locator('#toastTexte');
    // « Répondre à tous » is asked first (its own rule); the reply then shows two recipients.
    await page.getByRole('button', { name: 'Répondre à tous' }).click();
    await waitForOverlay(page, (s) => s.dialog !== undefined);
    await clickOverlayButton(page, 'confirm');
    await expect(chips).toHaveCount(2);
    await page.locator('div.gA div.Am.Al.editable').click();
    await page.keyboard.type('Bonjour, je serai présent mardi. (exemple)');
    const send = page.locator('div.gA div.T-I.aoO');
    await send.click();
    const asked = await waitForOverlay(page, (s) => s.dialog !== undefined);
    expect(asked.dialog?.level).toBe('caution');
    expect(asked.dialog?.text).toContain('plusieurs personnes');
    await clickOverlayButton(page, 'cancel');
    await waitForOverlay(page, (s) => s.dialog === undefined);
    await expect(send).toBeVisible();
    await expect(toast).toBeHidden();
    await send.click();
    await waitForOverlay(page, (s) => s.dialog !== undefined);
    await clickOverlayButton(page, 'confirm');
    await expect(toast).toHaveText('Message envoyé');
    await expect(page.locator('div.gA')).toHaveCount(0);

    // « Répondre »: one recipient, the message leaves at once.
    await page.locator('div.adn div[role="button"].aaq').click();
    await expect(chips).toHaveCount(1);
    await page.locator('div.gA div.Am.Al.editable').click();
    await page.keyboard.type('Bonjour, merci. (exemple)');
    await page.locator('div.gA div.T-I.aoO').click();
    await expect(page.locator('div.gA')).toHaveCount(0);
    expect((await readOverlay(page)).dialog).toBeUndefined();
    const sent = await rowsOf(page, '#sent');
    expect(sent).toHaveLength(2);
    expect(sent[0]).not.toContain('alex.exemple.fictif@gmail.com');
    expect(sent[1]).toContain('alex.exemple.fictif@gmail.com');
  });
}
