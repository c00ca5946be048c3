// A hostile page against the built extension in Chromium (docs/security.md, « the page is not
// trusted »): it tries to hide, cover, click, start, advance or imitate the coach. Each attack
// must fail, and the toolbar badge and the popup (trusted UI) keep telling the real step.
// (Removing our host and forging WXT's teardown event are in coach-robustness.spec.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchWithExtension, type Launched } from '../support/extension';
import { SITES_DIR } from '../support/replicas';
import { expectStep, loadGuide, startGuideFromPopup } from '../support/learner';
import { clickOverlayButton, readOverlay, waitForOverlay } from '../support/overlay';

const guide = loadGuide('caf/attestation-paiement');
const TOTAL = guide.steps.length;
const FIRST = guide.steps[0]!;
let browser: Launched;

test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true });
});
test.afterEach(async () => {
  await browser.close();
});

/** The toolbar badge of the tab showing `page`, read in the service worker. */
async function badgeOf(page: Page): Promise<string> {
  return browser.worker.evaluate<string>(
    `(async () => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url === ${JSON.stringify(page.url())});
      return tab ? chrome.action.getBadgeText({ tabId: tab.id }) : 'no such tab';
    })()`,
  );
}

async function expectBadge(page: Page, text: string): Promise<void> {
  await expect.poll(() => badgeOf(page), { message: `badge of ${page.url()}` }).toBe(text);
}

/** Everything the extension keeps in storage.session, as text. */
async function sessionStorage(): Promise<string> {
  return browser.worker.evaluate<string>('(async () => JSON.stringify(await chrome.storage.session.get(null)))()');
}

/** Opens the popup in a tab of the same window, as a learner clicking the toolbar icon would. */
async function openPopup(): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return popup;
}

/** The coach's tooltip is really in front of the learner: in the viewport, on top of the page
 * at its centre, and neither hidden, transparent, clipped nor shrunk. Read from the page. */
async function expectCoachInView(page: Page): Promise<void> {
  const { overlay } = await expectStep(page, guide, 0);
  const box = overlay.tooltip!.box;
  const seen = await page.evaluate(
    ([x, y]) => {
      const host = document.querySelector('coup-de-pouce-coach')!;
      const style = getComputedStyle(host);
      return {
        parent: host.parentElement?.localName,
        visible: host.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
        onTop: document.elementFromPoint(x!, y!) === host,
        attributes: host.getAttributeNames(),
        style: [style.display, style.visibility, style.opacity, style.transform, style.clipPath, style.filter],
      };
    },
    [box.x + box.width / 2, box.y + box.height / 2],
  );
  expect(seen).toEqual({
    parent: 'html',
    visible: true,
    onTop: true,
    attributes: [],
    style: ['inline', 'visible', '1', 'none', 'none', 'none'],
  });
  expect(box.width).toBeGreaterThan(100);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  expect(box.y + box.height).toBeLessThanOrEqual(860);
}

/** The popup, trusted UI, tells the real step; and says whether a page hid the coach. */
async function expectPopupTells(index: number, hidden: boolean): Promise<void> {
  const popup = await openPopup();
  await expect(popup.getByTestId('progress')).toHaveText(`Étape ${index + 1} sur ${TOTAL}`);
  await expect(popup.getByTestId('step-say')).toHaveText(guide.steps[index]!.say);
  if (hidden) await expect(popup.getByTestId('coach-hidden')).toHaveText(/^La page cache le coach\./);
  else await expect(popup.getByTestId('coach-hidden')).toHaveCount(0);
  await popup.close();
}

test('page CSS on our host cannot hide the coach, not even with !important or inline', async () => {
  const page = await startGuideFromPopup(browser, guide);
  await expectCoachInView(page);
  await expectBadge(page, `1/${TOTAL}`);
  const attacks = [
    'display: none !important',
    'visibility: hidden !important',
    'opacity: 0 !important',
    'clip-path: inset(50%) !important',
    'position: fixed !important; left: -99999px !important; top: -99999px !important',
    'transform: scale(0) !important',
    'filter: opacity(0) !important',
    'content-visibility: hidden !important',
  ];
  for (const declarations of attacks) {
    await page.evaluate((css) => {
      document.getElementById('attaque')?.remove();
      const sheet = document.createElement('style');
      sheet.id = 'attaque';
      sheet.textContent = `coup-de-pouce-coach, html > :last-child { ${css} }`;
      document.head.append(sheet);
    }, declarations);
    await expectCoachInView(page);
  }
  // The same through the style attribute: it is removed, and the coach stays in view.
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('coup-de-pouce-coach')!.style.setProperty('display', 'none', 'important');
  });
  await expectCoachInView(page);
  await expectPopupTells(0, true); // touching our host is tampering: the popup says so
});

test('our host moved into a hidden or shifted box comes back, and the badge and popup warn', async () => {
  const page = await startGuideFromPopup(browser, guide);
  await expectCoachInView(page);
  for (const box of ['display: none', 'position: fixed; transform: translateX(-99999px)']) {
    await page.evaluate((css) => {
      const trap = document.createElement('div');
      trap.setAttribute('style', css);
      document.body.append(trap);
      trap.append(document.querySelector('coup-de-pouce-coach')!);
    }, box);
    await expectCoachInView(page);
  }
  await expectBadge(page, '!');
  await expectPopupTells(0, true);
  // The warning stays while the learner is on this page, even when the step changes.
  await page.locator('.is-disconnected > a').click();
  await page.waitForURL(/wwwd\.caf\.fr/);
  // A new page clears its tab's badge: the progress is back.
  await expectStep(page, guide, 1);
  await expectBadge(page, `2/${TOTAL}`);
  await expectPopupTells(1, false);
});

test('inert or hidden set on our host is taken off: the learner can still click the coach', async () => {
  const page = await startGuideFromPopup(browser, guide);
  await expectCoachInView(page);
  await page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('coup-de-pouce-coach')!;
    host.inert = true;
    host.hidden = true;
  });
  await expectCoachInView(page);
  await clickOverlayButton(page, 'help-button');
  await waitForOverlay(page, (s) => (s.tooltip?.help ?? '').includes('Cherchez « Mon Compte ».'));
  await expectBadge(page, '!');
});

test('a transparent layer that lets clicks through: the learner’s click on our button works', async () => {
  const page = await startGuideFromPopup(browser, guide);
  await expectCoachInView(page);
  await page.evaluate(() => {
    const layer = document.createElement('div');
    layer.setAttribute('style', 'position:fixed;inset:0;z-index:2147483647;pointer-events:none;background:transparent');
    document.documentElement.append(layer);
  });
  await clickOverlayButton(page, 'help-button');
  await waitForOverlay(page, (s) => (s.tooltip?.help ?? '').includes('Cherchez « Mon Compte ».'));
  // Nothing was hidden, so no alarm: the badge still tells the step.
  await expectBadge(page, `1/${TOTAL}`);
});

test('a layer that swallows clicks: the coach comes back on top, and the badge and popup warn', async () => {
  const page = await startGuideFromPopup(browser, guide);
  await expectCoachInView(page);
  const swallowed = await page.evaluate(() => {
    const layer = document.createElement('div');
    layer.setAttribute('style', 'position:fixed;inset:0;z-index:2147483647;background:rgba(255,255,255,0.01)');
    (window as unknown as { swallowed: number }).swallowed = 0;
    layer.addEventListener('click', () => (window as unknown as { swallowed: number }).swallowed++);
    document.documentElement.append(layer);
    return document.documentElement.lastElementChild === layer;
  });
  expect(swallowed, 'the layer was put above our host').toBe(true);
  await expectCoachInView(page);
  await clickOverlayButton(page, 'help-button');
  await waitForOverlay(page, (s) => (s.tooltip?.help ?? '').includes('Cherchez « Mon Compte ».'));
  expect(await page.evaluate(() => (window as unknown as { swallowed: number }).swallowed)).toBe(0);
  await expectBadge(page, '!');
  await expectPopupTells(0, true);
});

test('a modal dialog over everything (top layer): the coach is still there, badge and popup tell the step', async () => {
  const page = await startGuideFromPopup(browser, guide);
  await expectCoachInView(page);
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent =
      'dialog#voile{width:100vw;height:100vh;max-width:none;max-height:none;margin:0;border:0;background:transparent}' +
      'dialog#voile::backdrop{background:transparent}';
    const dialog = document.createElement('dialog');
    dialog.id = 'voile';
    document.head.append(style);
    document.body.append(dialog);
    dialog.showModal();
  });
  await expectBadge(page, '!');
  const state = await readOverlay(page);
  expect(state.tooltip?.progress).toBe(`Étape 1 sur ${TOTAL}`);
  expect(state.tooltip?.say).toBe(FIRST.say);
  await expectPopupTells(0, true);
});

test('synthetic clicks and keys from the page do not reach into the coach or complete a step', async () => {
  const page = await startGuideFromPopup(browser, guide);
  const { overlay } = await expectStep(page, guide, 0);
  const box = overlay.tooltip!.box;
  const reached = await page.evaluate(
    ([x, y]) => {
      const host = document.querySelector<HTMLElement>('coup-de-pouce-coach')!;
      const under = document.elementFromPoint(x!, y!) as HTMLElement;
      host.click();
      under.click();
      for (const target of [host, under, document.body])
        for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click'])
          target.dispatchEvent(
            new MouseEvent(type, { bubbles: true, composed: true, cancelable: true, clientX: x!, clientY: y! }),
          );
      // Escape at our host would close the coach if a synthetic key counted.
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      host.focus();
      return {
        shadowRoot: host.shadowRoot,
        ours: document.querySelectorAll('[data-cdp]').length,
        active: document.activeElement?.localName ?? null,
      };
    },
    [box.x + box.width / 2, box.y + box.height / 2],
  );
  expect(reached.shadowRoot).toBeNull();
  expect(reached.ours).toBe(0);
  await page.waitForTimeout(500);
  const after = await readOverlay(page);
  expect(after.tooltip?.help ?? '').toBe(''); // « Je ne trouve pas » was not pressed
  expect(after.tooltip?.progress).toBe(`Étape 1 sur ${TOTAL}`);

  // The page clicks its own « Mon Compte » link (kept from navigating): the step is not done.
  await page.evaluate(() => {
    const link = document.querySelector<HTMLAnchorElement>('.is-disconnected > a')!;
    link.addEventListener('click', (event) => event.preventDefault());
    link.click();
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
  });
  await page.waitForTimeout(1000);
  await expectBadge(page, `1/${TOTAL}`);
  const { sessions } = JSON.parse(await sessionStorage()) as { sessions: Record<string, { stepIndex: number }> };
  expect(Object.values(sessions).map((s) => s.stepIndex)).toEqual([0]);
  // The learner's own click on it is: the guide moves on (the same link, still kept in place).
  await page.locator('.is-disconnected > a').click();
  await expectBadge(page, `2/${TOTAL}`);
});

test('messages and addresses from a page start no guide', async () => {
  const home = readFileSync(join(SITES_DIR, 'caf', 'accueil.html'));
  const page = await browser.context.newPage();
  await page.route(/^https:\/\/www\.caf\.fr\/\?/, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: home }),
  );
  for (const url of [
    'https://www.caf.fr/#coup-de-pouce-start=caf/attestation-paiement',
    'https://www.caf.fr/?guide=caf/attestation-paiement&level=decouvre',
    'https://www.caf.fr/?coup-de-pouce=session/start&guideId=caf/attestation-paiement',
  ]) {
    await page.goto(url);
    await page.evaluate((id) => {
      const start = { type: 'session/start', guideId: 'caf/attestation-paiement', level: 'decouvre' };
      window.postMessage(start, '*');
      window.postMessage({ ...start, source: id }, '*');
      window.postMessage(JSON.stringify(start), '*');
      window.postMessage({ type: 'session/resume' }, '*');
      document.dispatchEvent(new CustomEvent(`${id}:session/start`, { detail: start }));
    }, browser.extensionId);
  }
  await page.waitForTimeout(1000);
  expect(await sessionStorage()).not.toContain('caf/attestation-paiement');
  expect((await readOverlay(page)).present).toBe(false);
  await expectBadge(page, '');
  const popup = await openPopup();
  await expect(popup.getByRole('heading', { name: 'Choisissez une démarche' })).toBeVisible();
  await expect(popup.getByTestId('progress')).toHaveCount(0);
});

test('messages from a page neither advance nor stop a running guide', async () => {
  const page = await startGuideFromPopup(browser, guide);
  await expectStep(page, guide, 0);
  await page.evaluate(
    ([guideId, stepId, nextId]) => {
      for (const message of [
        { type: 'session/step-done', guideId, stepId },
        { type: 'session/jump', guideId, stepId: nextId },
        { type: 'session/skip', guideId, stepId },
        { type: 'session/quit' },
        { type: 'session/update', snapshot: null },
      ])
        window.postMessage(message, '*');
      location.hash = `coup-de-pouce-step=${nextId}`;
    },
    [guide.id, FIRST.id, guide.steps[3]!.id],
  );
  await page.waitForTimeout(1000);
  await expectStep(page, guide, 0);
  await expectBadge(page, `1/${TOTAL}`);
  await expectPopupTells(0, false);
});

test('a fake tooltip asking for a password: badge and popup keep telling the real step', async () => {
  const page = await startGuideFromPopup(browser, guide);
  await expectStep(page, guide, 0);
  await page.evaluate((total) => {
    const fake = document.createElement('div');
    fake.setAttribute(
      'style',
      'position:fixed;left:40px;top:40px;z-index:2147483647;width:380px;padding:14px;background:#fff;border:3px solid #0b3d91;border-radius:12px;font:18px system-ui',
    );
    const head = document.createElement('p');
    head.textContent = `Étape 2 sur ${total}`;
    const say = document.createElement('p');
    say.textContent = 'Écrivez votre mot de passe de la Caf ici pour continuer.';
    const input = document.createElement('input');
    input.type = 'password';
    fake.append(head, say, input);
    document.body.append(fake);
  }, TOTAL);
  await page.waitForTimeout(500);
  await expectBadge(page, `1/${TOTAL}`);
  await expectPopupTells(0, false);
  const state = await readOverlay(page);
  expect(state.tooltip?.progress).toBe(`Étape 1 sur ${TOTAL}`);
  expect(state.tooltip?.say).toBe(FIRST.say);
});
