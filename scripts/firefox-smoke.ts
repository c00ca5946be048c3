// Firefox smoke check (prototype for issue 18, deliverable 4): proves that the Firefox build
// (`.output/firefox-mv2`, from `npm run build:firefox`) runs in Debian's own Firefox ESR under
// automation, with no browser download. Puppeteer drives /usr/bin/firefox-esr over WebDriver
// BiDi; the unpacked add-on is installed as a temporary add-on (BiDi `webExtension.install`);
// every http(s) request is answered from the replicas (tests/support/replicas.ts) through BiDi
// request interception, so no page comes from the network. It checks, in order:
//   1. Firefox ESR starts headless and the add-on installs (its id comes back);
//   2. the popup page moz-extension://<uuid>/popup.html opens and lists the guides;
//   3. https://www.caf.fr/ is served from the replica file tests/fixtures/sites/caf/accueil.html;
//   4. choosing the CAF payment-certificate guide in the popup takes the tab to the guide's first
//      page and the coach's content script puts its element <coup-de-pouce-coach> there;
//   5. the tooltip, read inside the overlay's closed shadow root over raw BiDi, says step 1;
//   6. a real click on step 1's element takes the tab to the next replica and the coach says step 2.
// How and why (the flags, the prefs, the quirks): docs/firefox-testing.md.
// Not part of `npm test`. Run: npm run build:firefox && npx tsx scripts/firefox-smoke.ts
// (FIREFOX=/path/to/firefox to use another binary; HEADFUL=1 to watch it).
import { existsSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import puppeteer, { type HTTPRequest, type Page } from 'puppeteer-core';
import { ROOT } from '../tests/support/extension';
import { expectedSelector, loadGuide } from '../tests/support/learner';
import { replicaFor, SITES_DIR } from '../tests/support/replicas';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv2');
const GUIDE = 'caf/attestation-paiement';

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
  browser_specific_settings: { gecko: { id: string } };
};
const ADDON_ID = manifest.browser_specific_settings.gecko.id;
/** Firefox gives each add-on a random moz-extension:// host; this pref fixes it in advance. */
const UUID = randomUUID();

let failures = 0;
function check(ok: boolean, what: string, detail = ''): void {
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ` (${detail})` : ''}`);
}

/** Answers a request from the replicas, as tests/support/replicas.ts does for Playwright. */
async function serve(request: HTTPRequest): Promise<void> {
  const url = request.url();
  if (!/^https?:\/\//.test(url)) return request.continue();
  const reply = replicaFor(url);
  if (!reply) return request.abort('blockedbyclient');
  if ('redirect' in reply) {
    // A client redirect: a fulfilled 302 is not followed by every driver (see replicas.ts).
    const body = `<!doctype html><title>Redirection</title><script>location.replace(${JSON.stringify(reply.redirect)})</script>`;
    return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
  }
  const body = readFileSync(join(SITES_DIR, reply.file));
  return request.respond({
    status: 200,
    contentType: reply.type ?? 'text/html; charset=utf-8',
    headers: reply.headers ?? {},
    body,
  });
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}
type Remote = { type: string; value?: unknown; sharedId?: string; handle?: string };

/** Runs `functionDeclaration` with `this` bound to the overlay's closed shadow root, over raw
 * WebDriver BiDi (the Firefox counterpart of tests/support/overlay.ts's CDP `inOverlay`): the host
 * is serialized with `includeShadowTree: 'all'`, which hands out closed shadow roots too. */
async function inOverlay<T>(page: Page, functionDeclaration: string): Promise<T | undefined> {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
  const target = { context };
  const host = await connection.send('script.evaluate', {
    expression: `document.querySelector('coup-de-pouce-coach')`,
    target,
    awaitPromise: false,
    resultOwnership: 'root',
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const value = (host.result.result as Remote).value as { shadowRoot?: Remote | null } | undefined;
  const shadow = value?.shadowRoot;
  if (!shadow?.sharedId) return undefined;
  const called = await connection.send('script.callFunction', {
    functionDeclaration,
    this: { sharedId: shadow.sharedId },
    target,
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxObjectDepth: 5 },
  });
  return fromRemote(called.result.result as Remote) as T;
}

/** A BiDi remote value (objects as [key, value] pairs) back to plain JSON. */
function fromRemote(remote: Remote): unknown {
  switch (remote.type) {
    case 'object':
      return Object.fromEntries((remote.value as [string, Remote][]).map(([k, v]) => [k, fromRemote(v)]));
    case 'array':
      return (remote.value as Remote[]).map(fromRemote);
    case 'undefined':
    case 'null':
      return undefined;
    default:
      return remote.value;
  }
}

const READ_TOOLTIP = `function () {
  const text = (sel) => (this.querySelector(sel)?.innerText ?? '').trim();
  return { say: text('[data-cdp="tooltip"] [data-cdp="say"]'), progress: text('[data-cdp="tooltip"] [data-cdp="progress"]') };
}`;

async function intercept(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    serve(request).catch((error: unknown) => console.log(`  (interception of ${request.url()}: ${String(error)})`));
  });
}

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('run `npm run build:firefox` first');
  if (!existsSync(FIREFOX)) throw new Error(`no ${FIREFOX}: apt-get install firefox-esr`);
  console.log(`${execFileSync(FIREFOX, ['--version'], { encoding: 'utf8' }).trim()} at ${FIREFOX}`);

  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: process.env.HEADFUL !== '1',
    // Firefox 153 lets WebDriver navigate only to http(s), file, blob and about:blank unless
    // system access is allowed: without it, moz-extension://…/popup.html is refused.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'intl.accept_languages': 'fr-FR, fr',
      'intl.locale.requested': 'fr-FR',
      // No traffic of Firefox's own (the network is closed).
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  try {
    console.log(`browser: ${await browser.version()}`);
    // 1. The add-on, installed temporarily from its unpacked folder.
    const id = await browser.installExtension(EXTENSION_DIR);
    check(id === ADDON_ID, 'the Firefox build installs as a temporary add-on', id);

    // 2. The popup, opened in a tab.
    const page = await browser.newPage();
    await intercept(page);
    // The navigation happens, but Puppeteer never sees it finish (the page's url() stays
    // about:blank and goto() times out): start it without waiting, then wait for the content.
    page.goto(`moz-extension://${UUID}/popup.html`, { timeout: 15_000 }).catch(() => undefined);
    const guides = await page
      .waitForSelector('[data-guide]', { timeout: 15_000 })
      .then(() => page.$$eval('[data-guide]', (els) => els.map((el) => el.getAttribute('data-guide') ?? '')))
      .catch(() => [] as string[]);
    check(guides.includes(GUIDE), 'the popup opens and lists the guides', `${guides.length} guides`);

    // 3. A replica at its real https:// address.
    const other = await browser.newPage();
    await intercept(other);
    const response = await other.goto('https://www.caf.fr/', { waitUntil: 'load' });
    const title = await other.title();
    check(
      response?.status() === 200 && other.url() === 'https://www.caf.fr/',
      'https://www.caf.fr/ is served from the replica',
      `status ${response?.status()}, « ${title} »`,
    );
    const coachOnReplica = await other
      .waitForSelector('coup-de-pouce-coach', { timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
    console.log(`     (coach element on the page before any guide starts: ${coachOnReplica})`);
    await other.close();

    // 4. Starting the guide from the popup: the tab goes to the CAF and the coach appears.
    if (guides.includes(GUIDE)) {
      await page.click(`input[name="level"][value="decouvre"]`).catch(() => undefined);
      await page.click(`[data-guide="${GUIDE}"]`);
      await page.waitForFunction(() => location.protocol === 'https:', { timeout: 15_000 }).catch(() => undefined);
      check(
        page.url().startsWith('https://') && page.url().includes('caf.fr'),
        'the guide starts in the popup’s tab',
        page.url(),
      );
      const host = await page
        .waitForSelector('coup-de-pouce-coach', { timeout: 15_000 })
        .then(() => true)
        .catch(() => false);
      check(host, 'the coach’s content script puts <coup-de-pouce-coach> in the page');
      // The overlay's shadow root is closed: page scripts (and Puppeteer's) only see the host.
      const shadow = await page.$eval('coup-de-pouce-coach', (el) => el.shadowRoot === null).catch(() => undefined);
      console.log(`     (shadowRoot hidden from page scripts: ${shadow})`);

      // 5. The coach's tooltip, read inside the closed shadow root: the guide's first step.
      const guide = loadGuide(GUIDE);
      const first = guide.steps[0];
      let tooltip: { say: string; progress: string } | undefined;
      for (let i = 0; i < 50 && !tooltip?.say; i++) {
        tooltip = await inOverlay<{ say: string; progress: string }>(page, READ_TOOLTIP).catch((error: unknown) => {
          console.log(`     (reading the overlay: ${String(error).split('\n')[0]})`);
          return undefined;
        });
        if (!tooltip?.say) await new Promise((r) => setTimeout(r, 200));
      }
      check(
        tooltip?.progress === `Étape 1 sur ${guide.steps.length}` && !!first && tooltip.say.length > 0,
        'the tooltip shows the first step, read in the closed shadow root over BiDi',
        `${tooltip?.progress ?? '?'}: « ${tooltip?.say ?? ''} »`,
      );

      // 6. The learner does step 1 (a real click): the coach follows to the next page, on
      // another host reached through a replica redirect, and shows step 2.
      if (first) {
        await page.click(expectedSelector(first));
        let next: { say: string; progress: string } | undefined;
        for (let i = 0; i < 75 && next?.progress !== `Étape 2 sur ${guide.steps.length}`; i++) {
          await new Promise((r) => setTimeout(r, 200));
          next = await inOverlay<{ say: string; progress: string }>(page, READ_TOOLTIP).catch(() => undefined);
        }
        check(
          next?.progress === `Étape 2 sur ${guide.steps.length}`,
          'after the click, step 2 shows on the next page',
          `${page.url()}: ${next?.progress ?? '?'}: « ${next?.say ?? ''} »`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  console.log(failures === 0 ? 'Firefox smoke check: all passed' : `Firefox smoke check: ${failures} failed`);
  process.exitCode = failures === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
