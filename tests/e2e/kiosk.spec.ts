// A shared public PC (issues 6 and 15): learner 1 does the CAF guide, downloads the certificate,
// logs in on a replica (cookie, local storage, a form, history), opens the certificate as blob: and
// file:, then « Terminer ma session »; learner 2 finds no cookie, storage, history, tab or closed tab
// to reopen. Kiosk mode: the same when the system says idle (stubbed in the worker; the alarm is
// driven). Also: the policy switches the secrets check off and on (test-only policy seam).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page, type Worker } from '@playwright/test';
import { ALL_SITES_EXTENSION_DIR, launchWithExtension, type Launched } from '../support/extension';
import { expectStep, loadGuide, startGuideFromPopup, walkGuide } from '../support/learner';

const guide = loadGuide('caf/attestation-paiement');
/** Keys of learner data the extension may write (src/storage/items.ts). */
const LEARNER_KEYS = [
  'sessions',
  'diagnostics',
  'allowedSites',
  'visitedSites',
  'visitedOrigins',
  'sessionStart',
  'sessionTabs',
  'sessionDownloads',
];
/** The replica login page of this test, on the CAF account's real origin. */
const LOGIN_URL = 'https://wwwd.caf.fr/connexion-fictive';
const LOGIN_TITLE = 'Connexion fictive Caf';
/** Every kind of browser data the wipe must remove (src/kiosk/removal.ts). */
const ALL_KINDS = [
  'cache',
  'cacheStorage',
  'cookies',
  'downloads',
  'formData',
  'history',
  'indexedDB',
  'localStorage',
  'passwords',
  'serviceWorkers',
];

interface RecordedRemoval {
  options: { since?: number; origins?: string[] };
  kinds: Record<string, boolean>;
  settled?: boolean;
  error?: string;
}

/** Waits until the wipe made `count` browsingData calls and the browser answered them all. */
async function removalsDone(removals: () => Promise<RecordedRemoval[]>, count: number): Promise<RecordedRemoval[]> {
  await expect
    .poll(async () => {
      const calls = await removals();
      return calls.length === count && calls.every((call) => call.settled);
    })
    .toBe(true);
  return removals();
}

let browser: Launched;
let downloads: string;

test.afterEach(async () => {
  await browser.close();
  rmSync(downloads, { recursive: true, force: true });
});

/** Records every browsingData call of the extension (and its outcome), without changing them. */
async function recordRemovals(worker: Worker): Promise<() => Promise<RecordedRemoval[]>> {
  await worker.evaluate(`(() => {
    const original = chrome.browsingData.remove.bind(chrome.browsingData);
    self.recordedRemovals = [];
    chrome.browsingData.remove = (options, kinds, callback) => {
      const entry = { options, kinds };
      self.recordedRemovals.push(entry);
      const done = original(options, kinds).then(
        () => { entry.settled = true; callback?.(); },
        (error) => { entry.settled = true; entry.error = String(error); throw error; },
      );
      return callback ? undefined : done;
    };
  })()`);
  return () => worker.evaluate<RecordedRemoval[]>('self.recordedRemovals');
}

/** Learner 1 logs in on a replica: the site sets a login cookie and local storage, the learner
 * sends a form (what autocomplete keeps), and the visit goes into the history. */
async function logIn(page: Page): Promise<void> {
  await page.context().route(`${LOGIN_URL}**`, (route) =>
    // The second learner's check of the same origin: a page that sets nothing.
    route.request().url().endsWith('?verifier')
      ? route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Vérification</title>' })
      : route.fulfill({
          status: 200,
          contentType: 'text/html',
          headers: { 'set-cookie': 'session-caf=fictive; Path=/; Secure; Max-Age=3600' },
          body: `<!doctype html><html lang="fr"><title>${LOGIN_TITLE}</title>
        <form method="get" action="/connexion-fictive"><label>Nom <input name="nom" autocomplete="family-name"></label>
        <button>Envoyer</button></form><script>localStorage.setItem('compte', 'Camille Exemple');</script></html>`,
        }),
  );
  await page.goto(LOGIN_URL);
  await page.getByLabel('Nom').fill('Exemple');
  await Promise.all([page.waitForURL(/\?nom=/), page.getByRole('button', { name: 'Envoyer' }).click()]);
  expect((await page.context().cookies()).map((cookie) => cookie.name)).toContain('session-caf');
  expect(await page.evaluate(() => localStorage.getItem('compte'))).toBe('Camille Exemple');
}

/** The certificate open as a blob: page (the PDF viewer) and as a file: page. */
async function openCertificate(page: Page, path: string): Promise<Page[]> {
  const [blob] = await Promise.all([
    page.context().waitForEvent('page'),
    page.evaluate(() => {
      const pdf = new Blob(['%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'], { type: 'application/pdf' });
      window.open(URL.createObjectURL(pdf));
    }),
  ]);
  const file = await page.context().newPage();
  await file.goto(pathToFileURL(path).href);
  expect(blob.url()).toMatch(/^blob:https:\/\//);
  expect(file.url()).toMatch(/^file:\/\//);
  return [blob, file];
}

/** What chrome://history shows for the login page (its title). */
async function inHistory(page: Page): Promise<number> {
  await page.goto('chrome://history');
  await expect(page.locator('history-app')).toBeAttached();
  return page.getByText(LOGIN_TITLE).count();
}

/** Closed tabs and windows the browser could bring back (what Ctrl+Shift+T reopens). */
const recentlyClosed = (worker: Worker) =>
  worker.evaluate<number>('(async () => (await chrome.sessions.getRecentlyClosed()).length)()');

/** Learner 2's view of the browser: the cookies, the tabs, what Ctrl+Shift+T would reopen, the history. */
async function expectNothingLeft(worker: Worker, page: Page): Promise<void> {
  expect(await page.context().cookies()).toEqual([]);
  // Ctrl+Shift+T is the browser's sessions.restore(): Playwright's keys reach the page, not the
  // browser's shortcuts, so the test calls it directly; nothing comes back.
  expect(await recentlyClosed(worker)).toBe(0);
  expect(
    await worker.evaluate<string>(
      '(async () => { try { const s = await chrome.sessions.restore(); return s ? "restored" : "nothing"; } catch { return "nothing"; } })()',
    ),
  ).toBe('nothing');
  expect(await inHistory(page)).toBe(0);
  await page.goto(`${LOGIN_URL}?verifier`);
  expect(await page.evaluate(() => localStorage.getItem('compte'))).toBeNull();
  expect(await page.context().cookies()).toEqual([]);
}

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
  // Learner 1 logs in (cookie, local storage, a form, history) and opens the certificate twice.
  const account = await browser.context.newPage();
  await logIn(account);
  await openCertificate(account, path);
  const history = await browser.context.newPage();
  expect(await inHistory(history)).toBeGreaterThan(0);
  // A closed tab can be brought back (the check below can fail).
  await history.close();
  expect(await recentlyClosed(browser.worker)).toBeGreaterThan(0);
  const before = await storedAreas(browser.worker);
  expect(before.session.sessions).toBeDefined();
  expect(before.local.sessionDownloads).toHaveLength(2);
  const removals = await recordRemovals(browser.worker);

  // « Terminer ma session »: the sites to log out of, the file, the tabs; the learner confirms all.
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
  await expect(popup.getByTestId('logout-sites')).toBeChecked();
  // Every tab closes, this page of ours too; one fresh tab opens.
  const open = browser.context.pages();
  const fresh = browser.context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Oui, tout effacer' }).click();
  await Promise.all(open.map((page) => (page.isClosed() ? Promise.resolve() : page.waitForEvent('close'))));
  const freshTab = await fresh;
  expect(browser.context.pages()).toEqual([freshTab]);
  // The wipe has asked the browser to forget everything the session added, and the recorded
  // sites' cookies and storage whenever set. The form autofill entry cannot be read back from a
  // test (Chromium shows it only in its own drop-down): the formData removal is what is checked.
  const calls = await removalsDone(removals, ALL_KINDS.length + 5);
  expect(
    calls
      .filter((call) => !call.options.origins)
      .flatMap((call) => Object.keys(call.kinds))
      .sort(),
  ).toEqual(ALL_KINDS);
  expect(calls.filter((call) => call.error)).toEqual([]);
  const since = calls.find((call) => call.kinds.formData)!.options.since!;
  expect(since).toBeGreaterThan(0);
  expect(since).toBeLessThanOrEqual(Date.now());
  const byOrigin = calls.filter((call) => call.options.origins);
  expect(byOrigin.flatMap((call) => Object.keys(call.kinds)).sort()).toEqual([
    'cacheStorage',
    'cookies',
    'indexedDB',
    'localStorage',
    'serviceWorkers',
  ]);
  expect(byOrigin[0]!.options.origins).toEqual(expect.arrayContaining(['https://wwwd.caf.fr', 'https://www.caf.fr']));
  expect(byOrigin.every((call) => call.options.since === 0)).toBe(true);

  // Learner 2 opens the popup: no guide to resume, nothing remembered, nothing left unsaid.
  const next = await browser.context.newPage();
  await next.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(next.getByRole('heading', { name: 'Choisissez une démarche' })).toBeVisible();
  await expect(next.getByRole('heading', { name: 'Démarche en cours' })).toHaveCount(0);
  await expect(next.getByRole('button', { name: 'Reprendre' })).toHaveCount(0);
  await expect(next.getByTestId('wipe-leftover')).toHaveCount(0);
  await next.getByRole('button', { name: 'Terminer ma session' }).click();
  await expect(next.getByTestId('logout-reminder')).toHaveCount(0);
  await expect(next.getByTestId('download-name')).toHaveCount(0);

  const after = await storedAreas(browser.worker);
  // Nothing about learner 1, and no failure to report.
  expect(Object.keys(after.session)).toEqual([]);
  for (const key of LEARNER_KEYS) expect(after.local[key], key).toBeUndefined();
  expect(JSON.stringify(after)).not.toContain('caf');
  // The certificate is gone from the disk and from the browser's download list.
  expect(existsSync(path)).toBe(false);
  const listed = await browser.worker.evaluate<number>('(async () => (await chrome.downloads.search({})).length)()');
  expect(listed).toBe(0);

  // Learner 2 finds nothing of learner 1 in the browser: no cookie, no storage, no history, no tab.
  await expectNothingLeft(browser.worker, freshTab);
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
  // The kiosk alarm is set by the policy (an empty policy read would never clear it).
  await expect
    .poll(() => browser.worker.evaluate<boolean>("(async () => !!(await chrome.alarms.get('coup-de-pouce-idle')))()"))
    .toBe(true);
  await popup.close();

  // A learner starts the guide, logs in, opens a certificate as blob: and file:, then walks away.
  const caf = await startGuideFromPopup(browser, guide, 'entraine');
  await expectStep(caf, guide, 0);
  await logIn(caf);
  const certificate = join(downloads, 'attestation-paiement.pdf');
  writeFileSync(certificate, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');
  await openCertificate(caf, certificate);
  const opened = await browser.context.newPage();
  await opened.goto(`${LOGIN_URL}?verifier`);
  await opened.close();
  expect(await recentlyClosed(browser.worker)).toBeGreaterThan(0);
  expect((await storedAreas(browser.worker)).session.sessions).toBeDefined();
  const removals = await recordRemovals(browser.worker);
  // The system says nobody has touched the PC for the policy's minute (the browser's idle answer,
  // stubbed in the worker; a reloading page would not change it), and the periodic check comes
  // now instead of in a minute.
  const open = browser.context.pages();
  const fresh = browser.context.waitForEvent('page');
  await browser.worker.evaluate(`(() => {
    self.idleAsked = [];
    chrome.idle.queryState = (seconds, callback) => {
      self.idleAsked.push(seconds);
      callback?.('idle');
      return callback ? undefined : Promise.resolve('idle');
    };
    return chrome.alarms.create('coup-de-pouce-idle', { when: Date.now() });
  })()`);
  await Promise.all(open.map((page) => (page.isClosed() ? Promise.resolve() : page.waitForEvent('close'))));
  const freshTab = await fresh;
  // The check asked the system for the policy's one minute of inactivity.
  expect(await browser.worker.evaluate<number[]>('self.idleAsked')).toEqual([60]);
  expect(browser.context.pages()).toEqual([freshTab]);
  // Kiosk mode removes every kind of browser data, whenever it was stored; no choice by origin.
  const calls = await removalsDone(removals, ALL_KINDS.length);
  expect(calls.flatMap((call) => Object.keys(call.kinds)).sort()).toEqual(ALL_KINDS);
  expect(calls.every((call) => call.options.since === 0 && !call.options.origins && !call.error)).toBe(true);
  // Nothing about the learner in the extension's storage, no failure to report.
  await expect.poll(async () => Object.keys((await storedAreas(browser.worker)).session)).toEqual([]);
  await expectNothingLeft(browser.worker, freshTab);
  expect(existsSync(certificate)).toBe(true); // not a download the browser saw: the OS policy's job (docs)
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

test('a removal the browser refuses is retried, then said to the learner in the new tab', async () => {
  downloads = mkdtempSync(join(tmpdir(), 'coup-de-pouce-downloads-'));
  browser = await launchWithExtension({ headless: true });
  const account = await browser.context.newPage();
  await logIn(account);
  // The browser refuses to remove the history (as with AllowDeletingBrowserHistory: false). The
  // extension calls the promise form (the tries counted below prove it).
  await browser.worker.evaluate(`(() => {
    const original = chrome.browsingData.remove.bind(chrome.browsingData);
    self.historyTries = 0;
    chrome.browsingData.remove = (options, kinds) => {
      if (!kinds.history) return original(options, kinds);
      self.historyTries++;
      return Promise.reject(new Error('Browsing history and downloads are not permitted to be removed.'));
    };
  })()`);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.getByRole('button', { name: 'Terminer ma session' }).click();
  const fresh = browser.context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Oui, tout effacer' }).click();
  // The new tab shows the summary: not « Tout est effacé », but what is left.
  const summary = await fresh;
  await summary.waitForURL(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(summary.getByTestId('wipe-leftover')).toContainText('Tout n’a pas pu être effacé.');
  await expect(summary.getByTestId('wipe-leftover')).toContainText('Il reste : l’historique.');
  await expect(summary.getByTestId('wipe-leftover')).toContainText('Prévenez un médiateur.');
  expect(await browser.worker.evaluate<number>('self.historyTries')).toBe(3);
  // The rest was removed all the same.
  expect(await browser.context.cookies()).toEqual([]);
});
