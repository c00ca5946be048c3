// The locator's reach in a real Chromium with the built extension: a target inside an open
// shadow root (as France Travail's pe-header), inside a same-origin iframe, and a target that
// appears 2 s after the page loaded. Variants of the CAF home replica are served at its real URL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchWithExtension, type Launched } from '../support/extension';
import { contains, expectStep, gap, loadGuide, startGuideFromPopup } from '../support/learner';
import { waitForOverlay } from '../support/overlay';
import { SITES_DIR } from '../support/replicas';

const guide = loadGuide('caf/attestation-paiement');
const HOME = readFileSync(join(SITES_DIR, 'caf', 'accueil.html'), 'utf8');
const ITEM = /<li class="is-disconnected">[\s\S]*?<\/li>/.exec(HOME)?.[0] ?? '';
let browser: Launched;

test.beforeAll(() => {
  expect(ITEM, 'the replica has the Mon Compte entry').toContain('Mon Compte');
});
test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true });
});
test.afterEach(async () => {
  await browser.close();
});

/** Serves a variant of the home page (context-wide, so the guide's start navigation gets it too). */
async function serveHome(body: string, extra: Record<string, string> = {}): Promise<void> {
  await browser.context.route('https://www.caf.fr/', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body }),
  );
  for (const [url, html] of Object.entries(extra)) {
    await browser.context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  }
}

async function expectNextPage(page: Page): Promise<void> {
  await page.waitForURL('https://wwwd.caf.fr/redirect/s/Redirect?page=monCompte');
  await expectStep(page, guide, 1);
}

test('a target inside an open shadow root is found, pointed at and completes the step', async () => {
  const script = `<script>
    customElements.define('cnaf-header', class extends HTMLElement {
      constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<ul>${ITEM.replace(/'/g, "\\'")}</ul>'; }
    });
  </script>`;
  await serveHome(HOME.replace(ITEM, '').replace('</body>', `<cnaf-header></cnaf-header>${script}</body>`));
  const page = await startGuideFromPopup(browser, guide);
  const link = page.locator('cnaf-header').getByRole('link', { name: 'Mon Compte' });
  const overlay = await waitForOverlay(page, (s) => s.tooltip?.progress === `Étape 1 sur ${guide.steps.length}`);
  const box = await link.boundingBox();
  expect(box).not.toBeNull();
  expect(gap(overlay.tooltip!.box, box!)).toBeLessThanOrEqual(32);
  expect(contains(overlay.ring!, box!)).toBe(true);
  await link.click();
  await expectNextPage(page);
});

test('a target inside a same-origin iframe is found, pointed at and completes the step', async () => {
  const frame = `<!doctype html><html lang="fr"><body style="margin:0"><ul>${ITEM.replace('<a ', '<a target="_top" ')}</ul></body></html>`;
  await serveHome(
    HOME.replace(ITEM, '').replace(
      '</body>',
      '<iframe src="https://www.caf.fr/menu.html" title="Menu" style="width:400px;height:80px;border:2px solid #ccc;margin:40px"></iframe></body>',
    ),
    { 'https://www.caf.fr/menu.html': frame },
  );
  const page = await startGuideFromPopup(browser, guide);
  const link = page.frameLocator('iframe[title="Menu"]').getByRole('link', { name: 'Mon Compte' });
  const overlay = await waitForOverlay(page, (s) => s.tooltip?.progress === `Étape 1 sur ${guide.steps.length}`);
  const box = await link.boundingBox(); // Playwright gives it in the top page's coordinates
  expect(gap(overlay.tooltip!.box, box!)).toBeLessThanOrEqual(32);
  expect(contains(overlay.ring!, box!)).toBe(true);
  await link.click();
  await expectNextPage(page);
});

test('a target that appears 2 s after load: calm message first, then the tooltip on it', async () => {
  const late = `<script>setTimeout(() => { document.querySelector('nav ul').insertAdjacentHTML('beforeend', ${JSON.stringify(ITEM)}); }, 2000);</script>`;
  await serveHome(HOME.replace(ITEM, '').replace('</body>', `${late}</body>`));
  const started = Date.now();
  const page = await startGuideFromPopup(browser, guide);
  const waiting = await waitForOverlay(page, (s) => s.panel?.kind === 'not-found');
  expect(waiting.tooltip).toBeUndefined();
  const { overlay } = await expectStep(page, guide, 0);
  expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
  expect(overlay.panel).toBeUndefined();
});

test('a target hidden down a scroll container is scrolled into view before the coach points at it', async () => {
  const filler = Array.from({ length: 30 }, (_, i) => `<p>Information fictive numéro ${i + 1}.</p>`).join('');
  const box = `<div id="defile" style="height:160px;overflow:auto;border:1px solid #999;margin:20px">${filler}<ul>${ITEM}</ul></div>`;
  await serveHome(HOME.replace(ITEM, '').replace('</body>', `${box}</body>`));
  const page = await startGuideFromPopup(browser, guide);
  const { target } = await expectStep(page, guide, 0);
  const container = await page.locator('#defile').boundingBox();
  expect(await page.locator('#defile').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  expect(contains(container!, target)).toBe(true);
});
