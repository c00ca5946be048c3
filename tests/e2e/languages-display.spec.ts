// The learner's language and display choices in the coach (issue 6, items 5–7), in Chromium with
// the built extension on the CAF replicas: the overlay in Arabic, laid out right to left with
// the guide's Arabic text; the three text sizes and the high-contrast theme, changed while a
// guide runs; a pictogram for each kind of action; « Écouter » and automatic reading (a plain
// message when the computer has no voice); and reduced motion respected.
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import type { Guide } from '../../src/guide';
import { axeOverlay } from '../support/axe';
import { launchWithExtension, type Launched } from '../support/extension';
import { act, expectStep, loadGuide, startGuideFromPopup } from '../support/learner';
import { clickOverlayButton, inOverlay, waitForOverlay } from '../support/overlay';

let browser: Launched;

test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true });
});
test.afterEach(async () => {
  await browser.close();
});

interface Display {
  language?: 'fr' | 'en' | 'ar';
  size: 'normal' | 'large' | 'larger';
  highContrast: boolean;
  autoRead: boolean;
}
const NORMAL: Display = { size: 'normal', highContrast: false, autoRead: false };

/** Writes the display choices where the popup keeps them (storage.local `display`). */
async function choose(display: Display): Promise<void> {
  await browser.worker.evaluate(`chrome.storage.local.set({ display: ${JSON.stringify(display)} })`);
}

function stepText(guide: Guide, index: number, language: 'en' | 'ar'): string {
  const step = guide.steps[index];
  const text = step && guide.text?.[language]?.steps[step.id]?.say;
  if (!text) throw new Error(`no ${language} text for step ${index} of ${guide.id}`);
  return text;
}

/** What the overlay shows and how it is laid out, read inside its closed shadow root. */
const LAYOUT = `function () {
  const root = this.querySelector('[dir]');
  const at = (name) => this.querySelector('[data-cdp="' + name + '"]');
  const x = (name) => at(name)?.getBoundingClientRect().x;
  const card = at('tooltip') ?? at('panel');
  const act = at('act');
  return {
    dir: root?.getAttribute('dir'),
    lang: root?.getAttribute('lang'),
    direction: card ? getComputedStyle(card).direction : '',
    back: x('back'), quit: x('quit'), act: x('act'), say: x('say'),
    buttons: [...this.querySelectorAll('.cdp-actions button')].map((b) => b.innerText.trim()),
    actKind: act?.getAttribute('data-act'), actLabel: act?.innerText.trim(),
    listen: at('listen')?.innerText.trim(),
    sayFont: at('say') ? getComputedStyle(at('say')).fontSize : '',
    cardBackground: card ? getComputedStyle(card).backgroundColor : '',
    cardColor: card ? getComputedStyle(card).color : '',
    noVoice: at('no-voice')?.innerText.trim() ?? '',
    ring: at('ring') ? getComputedStyle(at('ring')).transitionDuration : '',
  };
}`;

interface Layout {
  dir: string;
  lang: string;
  direction: string;
  back: number;
  quit: number;
  act: number;
  say: number;
  buttons: string[];
  actKind: string;
  actLabel: string;
  listen: string;
  sayFont: string;
  cardBackground: string;
  cardColor: string;
  noVoice: string;
  ring: string;
}

async function layout(page: Page): Promise<Layout> {
  const seen = await inOverlay<Layout>(page, LAYOUT);
  if (!seen) throw new Error('overlay not present');
  return seen;
}

/** Whether this browser has a voice for `lang`, as the page itself sees the speech voices. */
async function hasVoice(page: Page, lang: string): Promise<boolean> {
  return page.evaluate(async (prefix) => {
    // Chromium fills the list after a first call; give it a moment.
    speechSynthesis.getVoices();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return speechSynthesis.getVoices().some((voice) => voice.lang.toLowerCase().startsWith(prefix));
  }, lang);
}

test('the overlay in Arabic: the guide’s Arabic text, laid out right to left', async ({}, testInfo: TestInfo) => {
  await choose({ ...NORMAL, language: 'ar' });
  const guide = loadGuide('caf/attestation-paiement');
  const page = await startGuideFromPopup(browser, guide);
  const first = stepText(guide, 0, 'ar');
  const seen = await waitForOverlay(page, (s) => s.tooltip?.say === first);
  expect(seen.tooltip?.progress).toBe(`الخطوة 1 من ${guide.steps.length}`);
  expect(seen.live).toContain(first);

  const shown = await layout(page);
  expect(shown).toMatchObject({ dir: 'rtl', lang: 'ar', direction: 'rtl', actKind: 'click', actLabel: 'انقر' });
  expect(shown.buttons).toEqual(['السابق', 'لا أجده', 'خروج']);
  expect(shown.listen).toBe('استمع');
  // Right to left: the first button and the pictogram sit on the right.
  expect(shown.back).toBeGreaterThan(shown.quit);
  expect(shown.act).toBeGreaterThan(shown.say);
  await page.screenshot({ path: testInfo.outputPath('overlay-arabic.png') });

  // The next step too, and « Je ne trouve pas » opens the help in Arabic.
  await act(page, guide.steps[0]!);
  await waitForOverlay(page, (s) => s.tooltip?.say === stepText(guide, 1, 'ar'));
  await clickOverlayButton(page, 'help-button');
  const help = await waitForOverlay(page, (s) => (s.tooltip?.help ?? '') !== '');
  expect(help.tooltip?.help).toContain('ابحث عن');
  expect((await axeOverlay(page)).violations).toEqual([]);
});

test('in English, and back to French while the guide runs', async () => {
  await choose({ ...NORMAL, language: 'en' });
  const guide = loadGuide('caf/attestation-paiement');
  const page = await startGuideFromPopup(browser, guide);
  await waitForOverlay(page, (s) => s.tooltip?.say === stepText(guide, 0, 'en'));
  expect((await layout(page)).buttons).toEqual(['Back', 'I cannot find it', 'Quit']);
  // The learner switches to French: the coach is drawn again, in place, with the French text.
  await choose({ ...NORMAL, language: 'fr' });
  await expectStep(page, guide, 0);
  expect(await layout(page)).toMatchObject({
    dir: 'ltr',
    lang: 'fr',
    buttons: ['Précédent', 'Je ne trouve pas', 'Quitter'],
  });
});

test('three text sizes and high contrast, changed while the guide runs; a pictogram per action', async () => {
  await choose({ ...NORMAL, size: 'larger', highContrast: true });
  const guide = loadGuide('caf/attestation-paiement');
  const page = await startGuideFromPopup(browser, guide);
  await expectStep(page, guide, 0);
  expect(await layout(page)).toMatchObject({
    sayFont: '30px',
    cardBackground: 'rgb(0, 0, 0)',
    cardColor: 'rgb(255, 255, 255)',
    actKind: 'click',
    actLabel: 'Cliquer',
  });
  expect((await axeOverlay(page)).violations).toEqual([]);

  await choose({ ...NORMAL, size: 'large' });
  await waitForOverlay(page, () => true);
  await expect.poll(async () => (await layout(page)).sayFont).toBe('25px');
  expect((await layout(page)).cardBackground).toBe('rgb(255, 255, 255)');
  await choose(NORMAL);
  await expect.poll(async () => (await layout(page)).sayFont).toBe('20px');

  // Writing, then choosing: the pictogram follows the kind of action.
  const kinds: string[] = [];
  for (let index = 0; index < guide.steps.length && kinds.length < 6; index++) {
    await expectStep(page, guide, index);
    kinds.push(`${(await layout(page)).actKind}:${(await layout(page)).actLabel}`);
    if (index === 5) break;
    await act(page, guide.steps[index]!);
  }
  expect(kinds).toContain('write:Écrire');
  expect(kinds[0]).toBe('click:Cliquer');
});

test('« Écouter » reads the step, or says plainly that this computer has no voice', async () => {
  await choose({ ...NORMAL, autoRead: true });
  const guide = loadGuide('caf/attestation-paiement');
  const page = await startGuideFromPopup(browser, guide);
  await expectStep(page, guide, 0);
  const voice = await hasVoice(page, 'fr');
  const message = 'Cet ordinateur ne peut pas lire à voix haute. Demandez à un conseiller.';
  // Automatic reading tried as the step appeared.
  await expect.poll(async () => (await layout(page)).noVoice).toBe(voice ? '' : message);
  await choose(NORMAL);
  await expectStep(page, guide, 0);
  await expect.poll(async () => (await layout(page)).noVoice).toBe('');
  await clickOverlayButton(page, 'listen');
  await expect.poll(async () => (await layout(page)).noVoice).toBe(voice ? '' : message);
});

test('reduced motion: the highlight does not move', async () => {
  const guide = loadGuide('caf/attestation-paiement');
  const page = await startGuideFromPopup(browser, guide);
  await expectStep(page, guide, 0);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect((await layout(page)).ring).toBe('0.12s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect((await layout(page)).ring).toBe('0s');
});
