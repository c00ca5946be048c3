// Links imitating a public service inside an opened Gmail message (issue 5 D5), in Chromium with
// the built extension and the Gmail replica at its real address: the fake CAF mail's link (text
// www.caf.fr, address caf-allocataire-remboursement.com) gets our warning right after it; the
// genuine CAF mail's www.caf.fr link does not; messages swapped by the page are scanned again.
// A warning the message's styles would hide goes to the top of the page; a click on a marked link
// asks first (issue 15 D6).
import { expect, test, type Page } from '@playwright/test';
import { launchWithExtension, type Launched } from '../support/extension';
import { clickOverlayButton, readLinkWarnings, waitForOverlay, type LinkWarning } from '../support/overlay';

const INBOX = 'https://mail.google.com/mail/u/0/#inbox';
const FAKE_WARNING =
  'Attention : ce lien ne va pas sur le vrai site de la Caf. Il va sur caf-allocataire-remboursement.com. ' +
  'Ne cliquez pas. Pour aller sur le vrai site, tapez vous-même caf.fr en haut de l’écran.';
let browser: Launched;

test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true });
});
test.afterEach(async () => {
  await browser.close();
});

/** Opens a message the way the learner does: the inbox, then a click on its row. */
async function openFromInbox(page: Page, subject: string): Promise<void> {
  await page.getByRole('link', { name: 'Boîte de réception' }).click();
  await page.locator('tr.zA', { hasText: subject }).click();
  await expect(page.locator('h2.hP')).toHaveText(subject);
}

async function warningsAfter(page: Page, ms: number): Promise<LinkWarning[]> {
  await page.waitForTimeout(ms);
  return readLinkWarnings(page);
}

test('the fake CAF link is marked with a plain-French explanation; the genuine one is not; swapped messages are scanned', async () => {
  const page = await browser.context.newPage();
  // The genuine CAF mail first: its www.caf.fr link leads to www.caf.fr.
  await page.goto(`${INBOX}/m3`);
  await expect(page.locator('#lienCaf')).toHaveAttribute('href', 'https://www.caf.fr/');
  expect(await warningsAfter(page, 1500)).toEqual([]);

  // Gmail swaps the message in place (no page load): the fake one is scanned and marked.
  await openFromInbox(page, 'Remboursement en attente : action requise');
  await expect
    .poll(async () => (await readLinkWarnings(page)).map((w) => [w.after, w.text]))
    .toEqual([['lienSuspect', FAKE_WARNING]]);
  const [warning] = await readLinkWarnings(page);
  const link = await page.locator('#lienSuspect').boundingBox();
  // Visible, right under the link.
  expect(warning?.box.height).toBeGreaterThan(30);
  expect(warning?.box.y).toBeGreaterThanOrEqual((link?.y ?? 0) + (link?.height ?? 0) - 1);
  expect(warning?.box.y).toBeLessThan((link?.y ?? 0) + 80);
  // The link itself is left as the page made it.
  await expect(page.locator('#lienSuspect')).toHaveAttribute(
    'href',
    'https://caf-allocataire-remboursement.com/mon-compte/remboursement',
  );

  // Back to the genuine mail: the warning went with the fake message, none on the genuine link.
  await openFromInbox(page, 'Votre code de connexion');
  await expect(page.locator('#lienCaf')).toBeVisible();
  expect(await warningsAfter(page, 1000)).toEqual([]);
});

test('only host names reach the background: never the message text, a path or a query', async () => {
  const page = await browser.context.newPage();
  // Every message sent to the background by the mail-link script, as the worker receives it.
  await browser.worker.evaluate(`(() => {
    globalThis.__seenLinks = [];
    chrome.runtime.onMessage.addListener((message) => {
      if (message && message.type === 'links/check') globalThis.__seenLinks.push(JSON.stringify(message));
    });
  })()`);
  await page.goto(`${INBOX}/m4`);
  await expect.poll(async () => (await readLinkWarnings(page)).length).toBe(1);
  const seen = await browser.worker.evaluate<string[]>('globalThis.__seenLinks');
  expect(seen).toEqual([
    JSON.stringify({
      type: 'links/check',
      links: [{ shown: 'www.caf.fr', target: 'caf-allocataire-remboursement.com' }],
    }),
  ]);
});

// A message whose own styles hide what follows its link (issue 15 D6): each of these, as a
// <style> of the message, would hide or cut our warning after the link.
const HIDING_STYLES: readonly [string, string][] = [
  ['overflow hidden, one line high', '.a3s > p { display: none } .a3s { overflow: hidden; height: 1.6em }'],
  ['zero size', '.a3s { overflow: hidden; height: 0 }'],
  ['opacity 0', '.a3s { opacity: 0 }'],
  ['clip-path', '.a3s { clip-path: inset(0 0 100% 0) }'],
];

test('a warning the message’s own styles hide or cut is shown at the top of the page instead', async () => {
  for (const [name, css] of HIDING_STYLES) {
    const page = await browser.context.newPage();
    await page.goto(`${INBOX}/m3`);
    await page.addStyleTag({ content: css });
    await openFromInbox(page, 'Remboursement en attente : action requise');
    await expect
      .poll(async () => (await readLinkWarnings(page)).map((w) => [w.where, w.after, w.text]), { message: name })
      .toEqual([['top', '', FAKE_WARNING]]);
    const [warning] = await readLinkWarnings(page);
    // In view at the top of the page, readable.
    expect(warning?.box.y, name).toBeLessThan(20);
    expect(warning?.box.height, name).toBeGreaterThan(30);
    // Another message: the warning goes with the fake one.
    await openFromInbox(page, 'Votre code de connexion');
    await expect.poll(async () => (await readLinkWarnings(page)).length, { message: name }).toBe(0);
    await page.close();
  }
});

test('a click on a marked link asks first: « Annuler » stays in the mailbox, « Je continue » follows the link', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${INBOX}/m4`);
  await expect.poll(async () => (await readLinkWarnings(page)).length).toBe(1);
  await page.locator('#lienSuspect').click();
  const asked = await waitForOverlay(page, (s) => s.dialog !== undefined);
  expect(asked.dialog?.level).toBe('danger');
  expect(asked.dialog?.text).toContain(FAKE_WARNING);
  await clickOverlayButton(page, 'cancel');
  await waitForOverlay(page, (s) => s.dialog === undefined);
  expect(page.url()).toBe(`${INBOX}/m4`);

  await page.locator('#lienSuspect').click();
  await waitForOverlay(page, (s) => s.dialog !== undefined);
  await clickOverlayButton(page, 'confirm');
  await expect(page).not.toHaveURL(/^https:\/\/mail\.google\.com\//);
});

test('a click on an unmarked link is not held', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${INBOX}/m3`);
  await expect(page.locator('#lienCaf')).toBeVisible();
  await page.locator('#lienCaf').click();
  await expect(page).toHaveURL('https://www.caf.fr/');
});
