// A shared public PC (issue 6): two learners in a row on the same browser profile. Learner 1 does
// the CAF certificate guide and downloads it, then « Terminer ma session »: the popup lists the
// sites to log out of, deletes the file and closes the tabs. Learner 2 finds nothing of learner 1.
// And in kiosk mode the same wipe runs after inactivity (the policy is injected through the
// test-only seam of the all-sites build; the alarm is driven, not waited for), and the policy
// switching the secrets check off and on.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test, type Worker } from '@playwright/test';
import { ALL_SITES_EXTENSION_DIR, launchWithExtension, type Launched } from '../support/extension';
import { expectStep, loadGuide, startGuideFromPopup, walkGuide } from '../support/learner';

const guide = loadGuide('caf/attestation-paiement');
/** Keys of learner data the extension may write (src/storage/items.ts). */
const LEARNER_KEYS = ['sessions', 'diagnostics', 'allowedSites', 'visitedSites', 'sessionTabs', 'sessionDownloads'];

let browser: Launched;
let downloads: string;

test.afterEach(async () => {
  await browser.close();
  rmSync(downloads, { recursive: true, force: true });
});

/** Every storage area, as the service worker reads it. */
function storedAreas(worker: Worker) {
  return worker.evaluate<{ session: Record<string, unknown>; local: Record<string, unknown> }>(
    '(async () => ({ session: await chrome.storage.session.get(null), local: await chrome.storage.local.get(null) }))()',
  );
}

test('two learners in a row: « Terminer ma session » leaves nothing of the first for the second', async () => {
  downloads = mkdtempSync(join(tmpdir(), 'coup-de-pouce-downloads-'));
  browser = await launchWithExtension({ headless: true, downloadsPath: downloads });

  // Learner 1 walks the whole guide (CAF site, the mailbox in a second tab) up to the certificate.
  const caf = await walkGuide(browser, await startGuideFromPopup(browser, guide), guide);
  // The certificate itself: Chromium cancels a download whose response Playwright fulfils
  // (microsoft/playwright#28253), so the page hands over a fictitious one as a blob, as many
  // sites do. The extension sees both downloads; only this one reaches the disk.
  const [file] = await Promise.all([
    caf.waitForEvent('download', (download) => download.url().startsWith('blob:')),
    caf.evaluate(() => {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob(['%PDF-1.4 attestation fictive'], { type: 'application/pdf' }));
      link.download = 'attestation-paiement.pdf';
      document.body.append(link);
      link.click();
      link.remove();
    }),
  ]);
  const path = await file.path();
  expect(existsSync(path)).toBe(true);
  const before = await storedAreas(browser.worker);
  expect(before.session.sessions).toBeDefined();
  expect(before.local.sessionDownloads).toHaveLength(2);

  // « Terminer ma session »: the sites to log out of, the file, the tabs; the learner confirms both.
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.getByRole('button', { name: 'Terminer ma session' }).click();
  const reminder = popup.getByTestId('logout-reminder');
  await expect(reminder).toContainText('Pensez à vous déconnecter de : ');
  await expect(reminder).toContainText('caf.fr');
  const sites = (await reminder.textContent())!.replace('Pensez à vous déconnecter de : ', '').replace(/\.$/, '');
  // Sites only: no path, no query, no sub-domain.
  for (const site of sites.split(', ')) expect(site).toMatch(/^[a-z0-9-]+\.[a-z.]+$/);
  // The file on disk, by its name there (Playwright names downloads by a uuid); the canceled
  // download of the guide's own link is not offered.
  await expect(popup.getByTestId('download-name')).toHaveText([basename(path)]);
  await expect(popup.getByTestId('delete-downloads')).toBeChecked();
  await expect(popup.getByTestId('close-tabs')).toBeChecked();
  const cafClosed = caf.waitForEvent('close');
  await popup.getByRole('button', { name: 'Oui, tout effacer' }).click();
  await expect(popup.getByTestId('end-done')).toContainText('Tout est effacé');
  await cafClosed;
  // Only the popup's own tab (and Playwright's first blank one) remain: no web page of learner 1.
  for (const page of browser.context.pages()) expect(page.url()).not.toMatch(/^https?:/);
  await popup.close();

  // Learner 2 opens the popup: no guide to resume, nothing remembered.
  const next = await browser.context.newPage();
  await next.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(next.getByRole('heading', { name: 'Choisissez une démarche' })).toBeVisible();
  await expect(next.getByRole('heading', { name: 'Démarche en cours' })).toHaveCount(0);
  await expect(next.getByRole('button', { name: 'Reprendre' })).toHaveCount(0);
  await next.getByRole('button', { name: 'Terminer ma session' }).click();
  await expect(next.getByTestId('logout-reminder')).toHaveCount(0);
  await expect(next.getByTestId('download-name')).toHaveCount(0);

  const after = await storedAreas(browser.worker);
  // The popup learner 2 opened counts as activity: a time stamp, nothing about learner 1.
  expect(Object.keys(after.session).filter((key) => key !== 'lastActivity' && key !== 'lastActivity$')).toEqual([]);
  for (const key of LEARNER_KEYS) expect(after.local[key], key).toBeUndefined();
  expect(JSON.stringify(after)).not.toContain('caf');
  // The certificate is gone from the disk and from the browser's download list.
  expect(existsSync(path)).toBe(false);
  const listed = await browser.worker.evaluate<number>('(async () => (await chrome.downloads.search({})).length)()');
  expect(listed).toBe(0);
});

test('kiosk mode: after the inactivity delay the same wipe runs by itself', async () => {
  downloads = mkdtempSync(join(tmpdir(), 'coup-de-pouce-downloads-'));
  browser = await launchWithExtension({
    headless: true,
    downloadsPath: downloads,
    extensionDir: ALL_SITES_EXTENSION_DIR,
  });
  // The administrator's policy, through the same parser as storage.managed (test build only);
  // one malformed field, to see it ignored with a notice.
  await browser.worker.evaluate(
    `chrome.storage.local.set({ testPolicy: {
      kioskMode: true, inactivityMinutes: 1, guidesEnabled: ['caf/attestation-paiement'],
      defaultLevel: 'entraine', defaultLanguage: 'klingon' } })`,
  );
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(popup.locator('[data-guide]')).toHaveCount(1);
  await expect(popup.locator('input[name="level"][value="entraine"]')).toBeChecked();
  await expect(popup.getByTestId('admin-notice')).toContainText('1 réglage(s) ignoré(s)');
  await popup.getByTestId('admin-notice').locator('summary').click();
  await expect(popup.getByTestId('admin-notice')).toContainText('« defaultLanguage » ignoré');
  // The kiosk alarm is set by the policy.
  await expect
    .poll(() => browser.worker.evaluate<boolean>("(async () => !!(await chrome.alarms.get('coup-de-pouce-idle')))()"))
    .toBe(true);
  await popup.close();

  // A learner starts the guide, then walks away.
  const caf = await startGuideFromPopup(browser, guide, 'entraine');
  await expectStep(caf, guide, 0);
  expect((await storedAreas(browser.worker)).session.sessions).toBeDefined();
  // The last activity was long ago; the periodic check comes now instead of in a minute.
  const closed = caf.waitForEvent('close');
  await browser.worker.evaluate(
    "(async () => { await chrome.storage.session.set({ lastActivity: 0 }); await chrome.alarms.create('coup-de-pouce-idle', { when: Date.now() }); })()",
  );
  await closed;
  // Only a time stamp may come back (closing the tab activates another): nothing about the learner.
  await expect
    .poll(async () =>
      Object.keys((await storedAreas(browser.worker)).session).filter((k) => !k.startsWith('lastActivity')),
    )
    .toEqual([]);
  const next = await browser.context.newPage();
  await next.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(next.getByRole('heading', { name: 'Choisissez une démarche' })).toBeVisible();
  await expect(next.getByRole('heading', { name: 'Démarche en cours' })).toHaveCount(0);
});

test('the policy turns the secrets check off and on where the permission is granted', async () => {
  downloads = mkdtempSync(join(tmpdir(), 'coup-de-pouce-downloads-'));
  browser = await launchWithExtension({ headless: true, extensionDir: ALL_SITES_EXTENSION_DIR });
  const registered = () =>
    browser.worker.evaluate<string[]>(
      '(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id))()',
    );
  // Granted at install (all-sites build), no policy: the learner's switch decides, and it is on.
  await expect.poll(registered).toEqual(['coup-de-pouce-secrets']);
  const setPolicy = (secretsCheck: boolean) =>
    browser.worker.evaluate(`chrome.storage.local.set({ testPolicy: { secretsCheck: ${secretsCheck} } })`);
  await setPolicy(false);
  await expect.poll(registered).toEqual([]);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(popup.getByRole('button', { name: 'Terminer ma session' })).toBeVisible();
  await expect(popup.getByTestId('secrets-switch')).toHaveCount(0);
  await setPolicy(true);
  await expect.poll(registered).toEqual(['coup-de-pouce-secrets']);
  await popup.reload();
  await expect(popup.getByTestId('secrets-switch')).toBeChecked();
});
