// The counsellor's lock in Chromium with the built extension (all-sites build: the policy goes in
// through its test-only seam, and so does the unlock's clock): the policy PIN is the only PIN and no
// PIN can be chosen from the page; kiosk mode without a policy PIN says to ask the administrator;
// two wrong tries at once are both counted; report.html by its address is locked and locks again
// at the wipe; the unlock expires on the clock; corrupted records count as locked. And the small
// holes: guidesEnabled enforced by the background, session links only from the learner's own
// navigations, and a `secretsCheck: true` policy the learner cannot switch off.
import { pbkdf2Sync } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { buildSessionLink } from '../../src/counsellor';
import { ALL_SITES_EXTENSION_DIR, launchWithExtension, type Launched } from '../support/extension';
import { loadGuide } from '../support/learner';

const PIN = '4821';
const SALT = Buffer.from('fictitious-salt!');
/** What an administrator puts in the policy for PIN 4821 (docs/deployment.md §5). */
const POLICY_PIN = {
  counsellorPinSalt: SALT.toString('base64'),
  counsellorPinHash: pbkdf2Sync(PIN, SALT, 600_000, 32, 'sha256').toString('base64'),
};
/** Ten minutes and a second: the unlock is over. */
const PAST_UNLOCK = 10 * 60_000 + 1000;
const caf = loadGuide('caf/attestation-paiement');
const ameli = loadGuide('ameli/attestation-de-droits');
let browser: Launched;

test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true, extensionDir: ALL_SITES_EXTENSION_DIR });
  await expect
    .poll(() => browser.worker.evaluate<boolean>('chrome.webNavigation.onCommitted.hasListeners()'))
    .toBe(true);
});
test.afterEach(async () => {
  await browser.close();
});

const setPolicy = (policy: object) =>
  browser.worker.evaluate(`chrome.storage.local.set({ testPolicy: ${JSON.stringify(policy)} })`);
const setLocal = (values: object) => browser.worker.evaluate(`chrome.storage.local.set(${JSON.stringify(values)})`);
const local = <T>(key: string) =>
  browser.worker.evaluate<T>(
    `(async () => (await chrome.storage.local.get(${JSON.stringify(key)}))[${JSON.stringify(key)}])()`,
  );
const proposals = () =>
  browser.worker.evaluate<string>(
    '(async () => JSON.stringify((await chrome.storage.session.get("proposals")).proposals ?? {}))()',
  );

const extensionPage = async (path: string): Promise<Page> => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
};

/** A request from one of our pages, as its own code sends it. */
const send = <T>(page: Page, request: object) =>
  page.evaluate<T>(`chrome.runtime.sendMessage(${JSON.stringify(request)})`);

interface Reply {
  ok: boolean;
  error?: string;
  counsellor?: { source: string; outcome?: string; unlockedFor: number; waitFor: number };
}

async function unlock(page: Page, pin: string): Promise<void> {
  await page.locator('#pin').fill(pin);
  await page.getByRole('button', { name: 'Ouvrir' }).click();
}

const linkMaker = (page: Page) => page.getByRole('heading', { name: 'Préparer un lien de séance' });

test('the policy PIN is the only PIN: it opens the space, a PIN chosen on the PC does not, and none can be chosen', async () => {
  // A PIN someone chose on this PC before the policy came (PBKDF2 of 1111, the stored format).
  const salt = Buffer.from('another-salt-16b');
  await setLocal({
    counsellorPin: {
      salt: salt.toString('base64'),
      hash: pbkdf2Sync('1111', salt, 100_000, 32, 'sha256').toString('base64'),
      iterations: 100_000,
    },
  });
  await setPolicy(POLICY_PIN);
  const space = await extensionPage('counsellor.html');
  await expect(space.locator('#pin')).toBeVisible();
  await expect(space.getByTestId('pin-from-admin')).toHaveText('Le code est choisi par l’administrateur.');
  await expect(space.getByTestId('create-pin')).toHaveCount(0);
  await unlock(space, '1111');
  await expect(space.getByTestId('pin-message')).toHaveText('Code faux.');
  await expect(linkMaker(space)).toHaveCount(0);
  // The background refuses a new PIN too, whatever a page asks.
  const created = await send<Reply>(space, { type: 'counsellor/create', pin: '2222' });
  expect(created.counsellor).toMatchObject({ source: 'policy', outcome: 'refused', unlockedFor: 0 });
  await unlock(space, PIN);
  await expect(linkMaker(space)).toBeVisible();
  expect(await local<{ failures: number }>('counsellorPinLock')).toEqual({ failures: 0, lockedUntil: 0 });
});

test('kiosk mode without a policy PIN: no PIN can be chosen, the page says to ask the administrator', async () => {
  await setPolicy({ kioskMode: true });
  const space = await extensionPage('counsellor.html');
  const notice = space.getByTestId('ask-admin');
  await expect(notice).toContainText('Cet espace n’a pas de code.');
  await expect(notice).toContainText('Sur ce PC partagé, seul l’administrateur peut choisir le code.');
  await expect(space.getByTestId('create-pin')).toHaveCount(0);
  await expect(space.locator('#pin')).toHaveCount(0);
  const created = await send<Reply>(space, { type: 'counsellor/create', pin: '2222' });
  expect(created.counsellor).toMatchObject({ source: 'ask-admin', outcome: 'refused' });
  expect(await local('counsellorPin')).toBeUndefined();
  const report = await extensionPage('report.html');
  await expect(report.getByTestId('ask-admin')).toBeVisible();
  await expect(report.getByRole('button', { name: 'Imprimer' })).toHaveCount(0);
});

test('a broken policy PIN keeps the space locked, with a notice for the administrator', async () => {
  await setPolicy({ counsellorPinHash: POLICY_PIN.counsellorPinHash });
  const space = await extensionPage('counsellor.html');
  await expect(space.getByTestId('ask-admin')).toContainText('Le code réglé par l’administrateur ne marche pas.');
  await expect(space.getByTestId('create-pin')).toHaveCount(0);
  await space.getByTestId('admin-notice').locator('summary').click();
  await expect(space.getByTestId('admin-notice')).toContainText('l’espace médiateur reste fermé');
});

test('two wrong tries at once, from two tabs, are both counted before they are verified', async () => {
  await setPolicy(POLICY_PIN);
  const [first, second] = [await extensionPage('counsellor.html'), await extensionPage('counsellor.html')];
  const replies = await Promise.all([
    send<Reply>(first, { type: 'counsellor/unlock', pin: '0000' }),
    send<Reply>(second, { type: 'counsellor/unlock', pin: '1111' }),
  ]);
  expect(replies.map((r) => r.counsellor?.outcome)).toEqual(['wrong', 'wrong']);
  expect((await local<{ failures: number }>('counsellorPinLock')).failures).toBe(2);
  // The third wrong try starts the wait; then even the right PIN waits.
  await unlock(first, '2222');
  await expect(first.getByTestId('pin-message')).toHaveText('Code faux. Réessayez dans 30 secondes.');
  await unlock(second, PIN);
  await expect(second.getByTestId('pin-message')).toHaveText(/^Trop d’essais\. Réessayez dans \d+ secondes\.$/);
  await expect(linkMaker(second)).toHaveCount(0);
});

test('report.html by its address shows the PIN entry, never the last session; the wipe locks it again', async () => {
  await setPolicy(POLICY_PIN);
  // The previous learner asked for help: that is in the session's journal.
  const popup = await extensionPage('popup.html');
  await popup.getByRole('button', { name: "J'ai besoin d'aide" }).click();
  await expect(popup.getByTestId('help-sent')).toBeVisible();
  const report = await extensionPage('report.html');
  await expect(report.locator('#pin')).toBeVisible();
  await expect(report.getByRole('heading', { name: 'Compte rendu de séance' })).toBeVisible();
  expect(await report.locator('body').textContent()).not.toContain('A appuyé');
  await expect(report.getByTestId('helps')).toHaveCount(0);
  await unlock(report, PIN);
  await expect(report.getByTestId('helps')).toContainText("A appuyé sur « J'ai besoin d'aide »");
  // « Terminer ma session » (tabs kept here, to watch the open report): the unlock ends with it.
  const ended = await send<Reply>(popup, {
    type: 'kiosk/end',
    deleteDownloads: false,
    closeTabs: false,
    logout: false,
  });
  expect(ended.ok).toBe(true);
  await expect(report.locator('#pin')).toBeVisible();
  await expect(report.getByTestId('helps')).toHaveCount(0);
  expect(
    await browser.worker.evaluate('(async () => Object.keys(await chrome.storage.session.get("counsellorUnlock")))()'),
  ).toEqual([]);
});

test('the unlock ends ten minutes later on the clock, without waiting; a corrupted record is locked', async () => {
  await setPolicy(POLICY_PIN);
  const space = await extensionPage('counsellor.html');
  await unlock(space, PIN);
  await expect(linkMaker(space)).toBeVisible();
  const report = await extensionPage('report.html');
  await expect(report.getByRole('button', { name: 'Imprimer' })).toBeVisible();
  await expect(report.locator('#pin')).toHaveCount(0);
  const status = await send<Reply>(report, { type: 'counsellor/status' });
  expect(status.counsellor?.unlockedFor).toBeGreaterThan(9 * 60_000);
  // Ten minutes and a second later on the background's clock.
  await setLocal({ testClockOffset: PAST_UNLOCK });
  await report.reload();
  await expect(report.locator('#pin')).toBeVisible();
  await expect(report.getByRole('button', { name: 'Imprimer' })).toHaveCount(0);
  await space.reload();
  await expect(space.locator('#pin')).toBeVisible();
  await expect(linkMaker(space)).toHaveCount(0);

  // A corrupted unlock record: locked.
  await browser.worker.evaluate("chrome.storage.session.set({ counsellorUnlock: { until: 'toujours' } })");
  await space.reload();
  await expect(space.locator('#pin')).toBeVisible();
  // A corrupted lock record: locked too, even for the right PIN, for the first wait (driven, not waited).
  await setLocal({ counsellorPinLock: 'oups' });
  await unlock(space, PIN);
  await expect(space.getByTestId('pin-message')).toHaveText('Trop d’essais. Réessayez dans 30 secondes.');
  await setLocal({ testClockOffset: PAST_UNLOCK + 30_000 });
  await unlock(space, PIN);
  await expect(linkMaker(space)).toBeVisible();
});

test('guidesEnabled: the background starts and proposes no other guide', async () => {
  await setPolicy({ guidesEnabled: [caf.id] });
  const popup = await extensionPage('popup.html');
  const refused = await send<Reply>(popup, { type: 'session/start', guideId: ameli.id, level: 'decouvre' });
  expect(refused).toEqual({ ok: false, error: 'guide not enabled' });
  expect(
    await browser.worker.evaluate('(async () => (await chrome.storage.session.get("sessions")).sessions ?? {})()'),
  ).toEqual({});
  // A session link for it reads as a link that does not work.
  const site = await browser.context.newPage();
  await site.goto(buildSessionLink(ameli, 'decouvre'));
  await expect.poll(proposals).toContain('invalid');
  await popup.reload();
  await expect(popup.getByTestId('link-invalid')).toContainText('Ce lien ne marche pas.');
  await expect(popup.getByTestId('link-proposal')).toHaveCount(0);
});

test('a session link is proposed only from a navigation the learner started', async () => {
  const link = buildSessionLink(caf, 'entraine');
  const fragment = new URL(link).hash;
  await browser.context.route(/^https:\/\/www\.caf\.fr\/\?encore/, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><title>CAF</title><p>Rechargée</p>',
    }),
  );
  const site = await browser.context.newPage();
  await site.goto('https://www.caf.fr/');
  // The page's own script sets the fragment, then reloads itself onto the link with a meta refresh.
  await site.evaluate((hash) => (location.hash = hash), fragment);
  await site.evaluate((to) => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'refresh';
    meta.content = `0;url=${to.replace('www.caf.fr/', 'www.caf.fr/?encore')}`;
    document.head.append(meta);
  }, link);
  await expect(site.getByText('Rechargée')).toBeVisible();
  // A learner in another window types a session link: the background handles links one at a
  // time, in order, so once that one is recorded, anything for the page's own navigations would be too.
  const windowOf = (page: Page) =>
    browser.worker.evaluate<number>(
      `(async () => (await chrome.tabs.query({})).find((t) => t.url === ${JSON.stringify(page.url())})?.windowId)()`,
    );
  const [other] = await Promise.all([
    browser.context.waitForEvent('page'),
    browser.worker.evaluate("chrome.windows.create({ url: 'about:blank' })"),
  ]);
  await other.goto(buildSessionLink(caf, 'debrouille'));
  const otherWindow = await windowOf(other);
  const siteWindow = await windowOf(site);
  expect(otherWindow).not.toBe(siteWindow);
  await expect.poll(proposals).toContain(`"${otherWindow}":{`);
  expect(JSON.parse(await proposals())).not.toHaveProperty(String(siteWindow));
  // The learner clicks the counsellor's link (in a message, a document): proposed.
  await site.goto('https://wwwd.caf.fr/redirect/s/Redirect?page=monCompte');
  await site.evaluate((to) => {
    const a = document.createElement('a');
    a.href = to;
    a.textContent = 'Le lien de votre médiateur';
    document.body.prepend(a);
  }, link);
  await site.getByText('Le lien de votre médiateur').click();
  await expect.poll(proposals).toContain('"level":"entraine"');
});

test('secretsCheck: true: the switch is the administrator’s and the background refuses to turn it off', async () => {
  await setPolicy({ secretsCheck: true });
  const popup = await extensionPage('popup.html');
  const toggle = popup.getByTestId('secrets-switch');
  await expect(toggle).toBeChecked();
  await expect(toggle).toBeDisabled();
  await expect(popup.getByTestId('secrets-by-admin')).toHaveText(
    'L’administrateur a choisi de garder cette protection. Vous ne pouvez pas l’enlever.',
  );
  expect(await send<Reply>(popup, { type: 'secrets/switch-off' })).toEqual({ ok: false, error: 'set by the policy' });
  expect(await browser.worker.evaluate("chrome.permissions.contains({ origins: ['https://*/*', 'http://*/*'] })")).toBe(
    true,
  );
  // Without that policy, the switch is the learner's again.
  await setPolicy({});
  await popup.reload();
  await expect(popup.getByTestId('secrets-switch')).toBeEnabled();
  await expect(popup.getByTestId('secrets-by-admin')).toHaveCount(0);
});
