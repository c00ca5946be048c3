// Following the learner off the straight path, in Chromium with the built extension: browser
// Back and a reload inside the login app resync to the step the page shows (« On reprend ici »),
// a single-page-app route change is noticed, and a stopped service worker loses nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchWithExtension, type Launched } from '../support/extension';
import { act, expectStep, loadGuide, startGuideFromPopup, walkGuide } from '../support/learner';
import { readOverlay } from '../support/overlay';
import { SITES_DIR } from '../support/replicas';

const guide = loadGuide('caf/attestation-paiement');
const index = (id: string) => guide.steps.findIndex((s) => s.id === id);
let browser: Launched;
let page: Page;

test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true });
  page = await startGuideFromPopup(browser, guide);
});
test.afterEach(async () => {
  await browser.close();
});

test('after browser Back, the coach resumes at the step the page shows, and says so', async () => {
  const atList = index('choisir-attestation-paiement');
  page = await walkGuide(browser, page, guide, { until: atList });
  await page.goBack();
  await page.waitForURL(/tableaudebord/);
  const { overlay } = await expectStep(page, guide, atList - 1);
  expect(overlay.tooltip?.resumed).toBe('On reprend ici.');
  // The learner goes on from there.
  await act(page, guide.steps[atList - 1]!);
  await expectStep(page, guide, atList);
});

test('a reload inside the login app shows its first view again: the coach resumes there', async () => {
  const password = index('saisir-mot-de-passe');
  page = await walkGuide(browser, page, guide, { until: password });
  await page.reload();
  // The app is back on its choice view: the password step cannot be done; the choice step can.
  const back = await expectStep(page, guide, index('choisir-identifiants-caf'));
  expect(back.overlay.tooltip?.resumed).toBe('On reprend ici.');
  await act(page, back.step);
  await expectStep(page, guide, index('saisir-numero'));
});

test('a single-page-app route change is noticed and the step of the new route is shown', async () => {
  const dashboard = index('ouvrir-mes-attestations');
  page = await walkGuide(browser, page, guide, { until: dashboard });
  // The page itself switches route without loading, as an Angular app does.
  const list = readFileSync(join(SITES_DIR, 'caf', 'mes-attestations.html'), 'utf8');
  const main = /<main[\s\S]*<\/main>/.exec(list)?.[0] ?? '';
  expect(main).toContain('Attestation de paiement');
  await page.evaluate((html) => {
    history.pushState({}, '', '/wps/myportal/caffr/moncompte/mesattestations');
    const current = document.querySelector('main');
    if (current) current.outerHTML = html;
  }, main);
  await expectStep(page, guide, dashboard + 1);
});

test('stopping the service worker mid-step loses nothing: the guide goes on', async () => {
  page = await walkGuide(browser, page, guide, { until: 1 });
  // Close the extension's service worker target through the DevTools protocol, as Chrome does
  // after ~30 s idle, and check it is gone with whatever it held in memory.
  const cdp = await page.context().newCDPSession(page);
  type Info = { targetId: string; type: string; url: string };
  const workers = async () =>
    ((await cdp.send('Target.getTargets')) as { targetInfos: Info[] }).targetInfos.filter(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`),
    );
  const [worker] = await workers();
  expect(worker, 'the extension service worker is running').toBeDefined();
  await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
  await expect.poll(async () => (await workers()).length).toBe(0);
  const { step } = await expectStep(page, guide, 1);
  await act(page, step);
  await expectStep(page, guide, 2);
  await page.reload();
  await expectStep(page, guide, index('choisir-identifiants-caf'));
});

test('after an extension reload, the orphaned coach removes its UI from the page', async () => {
  await expectStep(page, guide, 0);
  expect((await readOverlay(page)).present).toBe(true);
  // Reload the extension from its own service worker, as an update would.
  await browser.worker.evaluate('chrome.runtime.reload()').catch(() => undefined);
  await expect.poll(async () => (await readOverlay(page)).present, { timeout: 10_000 }).toBe(false);
  // The page itself is untouched and still usable.
  await expect(page.getByRole('link', { name: 'Mon Compte' })).toBeVisible();
});

test('two tabs of one window: only the tab the learner looks at moves the guide', async () => {
  const list = index('choisir-attestation-paiement');
  page = await walkGuide(browser, page, guide, { until: list });
  // Another tab, on the dashboard (the page of the step before): the learner looks at it.
  const other = await browser.context.newPage();
  await other.goto('https://wwwd.caf.fr/wps/myportal/caffr/moncompte/tableaudebord');
  await other.bringToFront();
  const there = await expectStep(other, guide, list - 1);
  expect(there.overlay.tooltip?.resumed).toBe('On reprend ici.');
  // Back to the first tab (the learner clicks in it): it resumes at its own step, and neither
  // tab pulls the guide back.
  await page.bringToFront();
  await page.mouse.click(5, 400);
  await expectStep(page, guide, list);
  // The session the background keeps must stay at that step, not swing between the two tabs.
  const seen = new Set<number>();
  for (let i = 0; i < 10; i++) {
    const stored = await browser.worker.evaluate<string>(
      '(async () => JSON.stringify(await chrome.storage.session.get("sessions")))()',
    );
    const sessions = (JSON.parse(stored) as { sessions?: Record<string, { stepIndex: number }> }).sessions ?? {};
    for (const session of Object.values(sessions)) seen.add(session.stepIndex);
    await page.waitForTimeout(200);
  }
  expect([...seen]).toEqual([list]);
});
