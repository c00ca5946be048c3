// The CAF login with its e-mail code, across two tabs of one window, as CAF advises: the learner
// asks for the code, opens the mailbox in a new tab (the guide follows there), opens the CAF mail,
// reads the code, comes back to the CAF tab (the guide follows back) and types it.
import { expect, test } from '@playwright/test';
import { launchWithExtension, type Launched } from '../support/extension';
import { act, expectStep, loadGuide, startGuideFromPopup } from '../support/learner';
import { waitForOverlay } from '../support/overlay';

const guide = loadGuide('caf/se-connecter');
const index = (id: string) => guide.steps.findIndex((s) => s.id === id);
let browser: Launched;

test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true });
});
test.afterEach(async () => {
  await browser.close();
});

test('the code is read in the mailbox tab and typed back in the CAF tab', async () => {
  const caf = await startGuideFromPopup(browser, guide);
  for (let i = 0; i < index('ouvrir-messagerie'); i++) await act(caf, (await expectStep(caf, guide, i)).step);
  // « Ouvrez vos e-mails dans un nouvel onglet » : said in the corner, nothing to point at.
  const note = await waitForOverlay(caf, (s) => s.panel?.kind === 'note');
  expect(note.panel?.text).toContain('Ouvrez vos e-mails dans un nouvel onglet');

  // The learner opens the mailbox in a new tab: the guide continues there.
  const mail = await browser.context.newPage();
  await mail.goto('https://mail.google.com/mail/u/0/#inbox');
  await mail.bringToFront();
  await act(mail, (await expectStep(mail, guide, index('ouvrir-mail-caf'))).step);
  await expectStep(mail, guide, index('lire-le-code'));
  const code = (await mail.locator('#codeRecu').textContent())?.trim() ?? '';
  expect(code).toMatch(/^\d{6}$/);

  // Back to the CAF tab (the learner clicks in it): the guide follows, at the code field.
  await caf.bringToFront();
  await caf.mouse.click(5, 500);
  const back = await expectStep(caf, guide, index('saisir-le-code'));
  expect(back.overlay.tooltip?.resumed).toBe('On reprend ici.');
  await caf.locator('#codeMfa').click();
  await caf.keyboard.type(code, { delay: 15 });
  await act(caf, (await expectStep(caf, guide, index('valider-le-code'))).step);
  await caf.waitForURL(/tableaudebord/);
  await waitForOverlay(caf, (s) => s.panel?.kind === 'finished');
});
