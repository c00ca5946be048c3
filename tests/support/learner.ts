// A simulated learner: walks a guide on the replicas doing what a person does (click, type
// fictitious values, choose in a list, open the mailbox in a second tab), and checks at every
// step that the coach's tooltip is visible, next to the right element, and says that step's text.
import type { Locator, Page } from '@playwright/test';
import type { Launched } from './extension';
import { END, type Guide, type SimpleDone, type Step } from '../../src/guide';
import { buildCatalogue } from '../../src/guide/build';
import { matchAnyUrlPattern } from '../../src/shared';
import { ROOT } from './extension';
import { clickOverlayButton, readOverlay, waitForOverlay, type Box, type OverlayState } from './overlay';
import { REPLICA_URLS } from './replicas';

/** Every guide of the catalogue, compiled as the build does. */
export function loadGuides(): Guide[] {
  const result = buildCatalogue(ROOT);
  if (!result.ok) throw new Error('guides do not compile');
  return result.catalogue.guides;
}

export function loadGuide(id: string): Guide {
  const guide = loadGuides().find((g) => g.id === id);
  if (!guide) throw new Error(`no guide ${id}`);
  return guide;
}

/** The test's own way to find the step's element: the guide's CSS signal, independent of the locator. */
export function expectedSelector(step: Step): string {
  const css = step.target?.any.find((s) => s.kind === 'css');
  if (!css || css.kind !== 'css') throw new Error(`step ${step.id} has no css signal for the test to check against`);
  return css.css;
}

/** Gap in pixels between two boxes (0 when they touch or overlap). */
export function gap(a: Box, b: Box): number {
  const dx = Math.max(0, b.x - (a.x + a.width), a.x - (b.x + b.width));
  const dy = Math.max(0, b.y - (a.y + a.height), a.y - (b.y + b.height));
  return Math.hypot(dx, dy);
}

export function contains(outer: Box, inner: Box): boolean {
  return (
    outer.x <= inner.x &&
    outer.y <= inner.y &&
    outer.x + outer.width >= inner.x + inner.width &&
    outer.y + outer.height >= inner.y + inner.height
  );
}

export interface StepCheck {
  step: Step;
  index: number;
  overlay: OverlayState;
  target: Box;
}

/** Waits until the overlay passes `accept` with its tooltip next to the element `selector` finds,
 * and its ring around it (the page may still be scrolling smoothly); throws with the last problem. */
async function expectPointed(
  page: Page,
  accept: (state: OverlayState) => boolean,
  selector: string,
  what: string,
  timeoutMs: number,
): Promise<{ overlay: OverlayState; target: Box }> {
  const until = Date.now() + timeoutMs;
  let problem = 'not checked';
  while (Date.now() < until) {
    const overlay = await waitForOverlay(page, accept, Math.max(100, until - Date.now()));
    const target = await page.locator(selector).boundingBox();
    const tooltip = overlay.tooltip;
    if (!target) problem = 'its element is not visible';
    else if (!tooltip || tooltip.box.width === 0) problem = 'tooltip not visible';
    else if (!overlay.ring || !contains(overlay.ring, target)) problem = 'the highlight does not surround the element';
    // Next to the highlight (which may surround a larger box than the selector's, e.g. a button
    // around its link text): below, above, or beside it when it fits neither.
    else if (gap(tooltip.box, overlay.ring) > 32)
      problem = `tooltip is ${gap(tooltip.box, overlay.ring).toFixed(0)} px away from the highlighted element`;
    else return { overlay, target };
    await page.waitForTimeout(50);
  }
  throw new Error(`${what}: ${problem}`);
}

const progressOf = (guide: Guide, index: number) => `Étape ${index + 1} sur ${guide.steps.length}`;

/** Waits until the tooltip shows step `index`, next to its element and ringing it (the page may
 * still be scrolling smoothly), and returns what was seen; throws with the last problem seen. */
export async function expectStep(page: Page, guide: Guide, index: number, timeoutMs = 10_000): Promise<StepCheck> {
  const step = guide.steps[index];
  if (!step) throw new Error(`no step ${index}`);
  const progress = progressOf(guide, index);
  const { overlay, target } = await expectPointed(
    page,
    (s) => s.tooltip?.progress === progress && s.tooltip.say === step.say,
    expectedSelector(step),
    `step ${step.id}`,
    timeoutMs,
  );
  return { step, index, overlay, target };
}

/** Chooses `value` in a list with the keyboard: selectOption() fires untrusted events, which the
 * coach rightly ignores, whereas each arrow press is a real change, as for a person. */
async function chooseInList(page: Page, list: Locator, value: string, stepId: string): Promise<void> {
  await list.focus();
  for (let i = 0; i < 60 && (await list.inputValue()) !== value; i++) await page.keyboard.press('ArrowDown');
  if ((await list.inputValue()) !== value) throw new Error(`step ${stepId}: could not choose ${value}`);
}

/** How the learner acts: with the mouse (and keyboard for typing), or with the keyboard only. */
export type Hands = 'mouse' | 'keyboard';

/** Presses Tab, as a keyboard user does, until `element` (or something inside it) has the focus. */
export async function tabTo(page: Page, element: Locator, stepId: string): Promise<void> {
  // Focused: the element itself, something inside it, or the list row that holds it. In a list
  // of rows (one in the Tab order), the arrows move to the right row.
  const where = () =>
    element.evaluate((el) => {
      const active = document.activeElement;
      if (!active) return 'elsewhere';
      if (el === active || el.contains(active) || (active.getAttribute('role') === 'row' && active.contains(el)))
        return 'here';
      // A list row, or a radio button of the same group: the arrows move within the group.
      const row = el.closest('[role=row]');
      const inRows = active.getAttribute('role') === 'row' && row?.parentElement === active.parentElement;
      const radio = (e: Element) => e instanceof HTMLInputElement && e.type === 'radio';
      const inRadios =
        radio(el) && radio(active) && (el as HTMLInputElement).name === (active as HTMLInputElement).name;
      const mate = inRows ? row : inRadios ? el : null;
      if (!mate) return 'elsewhere';
      return mate.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_PRECEDING ? 'below' : 'above';
    });
  const focused = async () => (await where()) === 'here';
  for (let i = 0; i < 150; i++) {
    const now = await where();
    if (now === 'here') break;
    await page.keyboard.press(now === 'below' ? 'ArrowDown' : now === 'above' ? 'ArrowUp' : 'Tab');
  }
  if (!(await focused())) throw new Error(`step ${stepId}: the element cannot be reached with Tab`);
}

async function actWithKeyboard(page: Page, step: Step, done: SimpleDone, element: Locator): Promise<void> {
  switch (done.kind) {
    case 'click':
    case 'submit':
      await tabTo(page, element, step.id);
      // A radio button is chosen by the arrows that reached it (or Space); Enter would send the form.
      if (await element.evaluate((el) => el instanceof HTMLInputElement && el.type === 'radio')) {
        if (!(await element.isChecked())) await page.keyboard.press('Space');
        return;
      }
      await page.keyboard.press('Enter');
      return;
    case 'input': {
      if (done.practice === undefined) throw new Error(`step ${step.id}: no practice value to type`);
      if ((await element.evaluate((el) => el.localName)) === 'select') {
        await chooseInList(page, element, done.practice, step.id);
        return;
      }
      await tabTo(page, element, step.id);
      await page.keyboard.type(done.practice, { delay: 15 });
      if (done.pattern === undefined) await page.keyboard.press('Tab');
      return;
    }
    case 'choose':
      await tabTo(page, element, step.id);
      await page.keyboard.press('Space');
      return;
    case 'url':
    case 'visible':
    case 'gone':
    case 'text':
      return;
  }
}

async function actOn(page: Page, step: Step, done: SimpleDone, element: Locator, hands: Hands): Promise<void> {
  if (hands === 'keyboard') return actWithKeyboard(page, step, done, element);
  switch (done.kind) {
    case 'click':
      await element.click();
      return;
    case 'submit': {
      // A learner presses the form's send button (or Enter in a field of the form).
      const tag = await element.evaluate((el) => el.localName);
      if (tag === 'button' || tag === 'input') await element.click();
      else await element.locator('[type=submit]').first().click();
      return;
    }
    case 'input': {
      const value = done.practice;
      if (value === undefined) throw new Error(`step ${step.id}: no practice value to type`);
      if ((await element.evaluate((el) => el.localName)) === 'select') {
        await chooseInList(page, element, value, step.id);
      } else {
        await element.click();
        await element.pressSequentially(value, { delay: 15 });
        // Without a pattern the coach waits until the learner leaves the field.
        if (done.pattern === undefined) await page.keyboard.press('Tab');
      }
      return;
    }
    case 'choose': {
      if ((await element.evaluate((el) => el.localName)) === 'select') {
        await chooseInList(page, element, done.value ?? '', step.id);
        return;
      }
      const box =
        done.value !== undefined
          ? element.locator(`input[value="${done.value}"]`).or(element.and(page.locator(`[value="${done.value}"]`)))
          : element.locator('input[type=checkbox]').or(element.and(page.locator('input[type=checkbox]')));
      if (done.checked !== undefined) await box.first().setChecked(done.checked);
      else await box.first().check();
      return;
    }
    case 'url':
    case 'visible':
    case 'gone':
    case 'text':
      return;
  }
}

/** Does the step's action as a learner would (for any / all: the first / every condition). */
export async function act(page: Page, step: Step, hands: Hands = 'mouse'): Promise<void> {
  const element = page.locator(expectedSelector(step));
  const { done } = step;
  switch (done.kind) {
    case 'any':
      if (done.of[0]) await actOn(page, step, done.of[0], element, hands);
      break;
    case 'all':
      for (const condition of done.of) await actOn(page, step, condition, element, hands);
      break;
    case 'click':
    case 'submit':
    case 'input':
    case 'choose':
    case 'url':
    case 'visible':
    case 'gone':
    case 'text':
      await actOn(page, step, done, element, hands);
      break;
  }
  await confirmIfAsked(page, step, hands);
}

/** A risky step's click or form sent is held behind our dialog: the learner reads it (what will
 * happen, what to check) and confirms with a real click, as a person would. */
export async function confirmIfAsked(page: Page, step: Step, hands: Hands = 'mouse'): Promise<void> {
  const kinds =
    step.done.kind === 'any' || step.done.kind === 'all' ? step.done.of.map((d) => d.kind) : [step.done.kind];
  if (!step.risk || !kinds.some((kind) => kind === 'click' || kind === 'submit')) return;
  const { dialog } = await waitForOverlay(page, (s) => s.dialog !== undefined);
  if (!dialog?.text.includes(step.risk.why)) throw new Error(`step ${step.id}: the dialog does not say why`);
  if (hands === 'mouse') return clickOverlayButton(page, 'confirm');
  // « Annuler » has the focus; « Je continue » is the next button, taking presses once ready.
  await waitForOverlay(page, (s) => s.dialog?.ready === true);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

/** Opens the popup in a tab and starts the guide there, as a learner would; the background
 * then sends that tab to the guide's start page. */
export async function startGuideFromPopup(
  launched: Launched,
  guide: Guide,
  level: 'decouvre' | 'entraine' | 'debrouille' = 'decouvre',
): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(`chrome-extension://${launched.extensionId}/popup.html`);
  await page.locator(`input[name="level"][value="${level}"]`).check();
  await page.locator(`[data-guide="${guide.id}"]`).click();
  // The start address may redirect (a login entry): wait for a page of the first step.
  const first = guide.steps[0]?.page ?? [guide.start];
  await page.waitForURL((url) => matchAnyUrlPattern(first, url.href));
  return page;
}

/** What the learner saw when a step showed, in the tab it showed in. */
export interface WalkedStep {
  step: Step;
  index: number;
  /** The tab the step showed in (the guide may go to a second tab and back). */
  page: Page;
  /** The tooltip; for a step with nothing to point at, the note in the corner. */
  overlay: OverlayState;
  /** The step's element, when it has one. */
  target?: Box;
}

export interface WalkOptions {
  /** Stop once this step shows, without doing it (default: do every step). */
  until?: number;
  /** A step showed, before the learner does it: the caller's own checks, or a picture. */
  onStep?: (seen: WalkedStep) => Promise<void> | void;
  /** The learner has just done the step. */
  afterAct?: (seen: WalkedStep) => Promise<void> | void;
  /** Act with the keyboard only (Tab, Enter, Space, typing), never the mouse. Default: mouse. */
  hands?: Hands;
}

/** The progress text of an interruption (cookie banner, captcha) instead of « Étape N sur M ». */
const INTERRUPTION = 'Avant de continuer';
const interrupted = (s: OverlayState) => s.tooltip?.progress === INTERRUPTION;

/** The coach points at an interruption instead of the step: the learner does what it says, and it goes. */
async function answerInterruption(page: Page, guide: Guide, shown: OverlayState): Promise<void> {
  const step = guide.interruptions?.find((s) => s.say === shown.tooltip?.say);
  if (!step) throw new Error(`the coach shows an interruption that ${guide.id} does not have: ${shown.tooltip?.say}`);
  const isThis = (s: OverlayState) => interrupted(s) && s.tooltip?.say === step.say;
  await expectPointed(page, isThis, expectedSelector(step), `interruption ${step.id}`, 10_000);
  await act(page, step);
  await waitForOverlay(page, (s) => !isThis(s));
}

/** Waits until step `index` shows (its tooltip on its element, or its note when it has no
 * element), doing on the way any interruption the coach points at first. */
async function expectShown(
  page: Page,
  guide: Guide,
  index: number,
  timeoutMs = 15_000,
): Promise<Pick<WalkedStep, 'overlay' | 'target'>> {
  const step = guide.steps[index];
  if (!step) throw new Error(`no step ${index}`);
  const progress = progressOf(guide, index);
  const shows = (s: OverlayState) =>
    step.target
      ? s.tooltip?.progress === progress && s.tooltip.say === step.say
      : !s.tooltip && s.panel?.kind === 'note' && s.panel.text.includes(progress) && s.panel.text.includes(step.say);
  const until = Date.now() + timeoutMs;
  const left = () => Math.max(100, until - Date.now());
  for (;;) {
    const state = await waitForOverlay(page, (s) => interrupted(s) || shows(s), left()).catch((error: Error) => {
      throw new Error(`step ${step.id} (${progress}) did not show: ${error.message}`);
    });
    if (interrupted(state)) {
      await answerInterruption(page, guide, state);
      continue;
    }
    const seen = step.target ? await expectStep(page, guide, index, left()) : { overlay: state };
    // The coach watches a page's interruptions once its step runs: the step may show for a moment first.
    if ((guide.interruptions ?? []).some((s) => matchAnyUrlPattern(s.page, page.url()))) {
      await page.waitForTimeout(200);
      if (interrupted(await readOverlay(page).catch(() => seen.overlay))) continue;
    }
    return seen;
  }
}

/** Does the step as a learner would. A step done by reaching an address in another tab moves the
 * learner: back to a tab already there (`back`), or to a new tab for another site. */
async function doStep(
  launched: Launched,
  page: Page,
  step: Step,
  hands: Hands,
): Promise<{ page: Page; back: boolean }> {
  const { done } = step;
  if (done.kind !== 'url' || matchAnyUrlPattern(done.url, page.url())) {
    await act(page, step, hands);
    return { page, back: false };
  }
  // A tab is already at that address (the CAF tab, once the code is read): the learner clicks in it.
  const open = launched.context.pages().find((p) => p !== page && matchAnyUrlPattern(done.url, p.url()));
  if (open) {
    await open.bringToFront();
    if (hands === 'mouse') await open.mouse.click(5, 500);
    // With the keyboard (Ctrl+Tab) the browser fires « focus » on the tab's window; headless
    // Chromium's bringToFront does not, so the event the browser would send is sent here.
    else await open.evaluate(() => window.dispatchEvent(new FocusEvent('focus')));
    return { page: open, back: true };
  }
  // Nothing to point at, another site (the mailbox): the learner opens it in a new tab.
  if (!step.target) {
    const address = REPLICA_URLS.find((url) => matchAnyUrlPattern(done.url, url));
    if (!address) throw new Error(`step ${step.id}: no replica page at ${done.url.join(' ')}`);
    if (new URL(address).host !== new URL(page.url()).host) {
      const tab = await launched.context.newPage();
      await tab.goto(address);
      await tab.bringToFront();
      return { page: tab, back: false };
    }
  }
  // The page gets there by itself (a redirect after the previous step): nothing to do.
  return { page, back: false };
}

/** The step number a state shows (tooltip or note), or 0 for none or an interruption. */
function shownNumber(state: OverlayState, total: number): number {
  const text = state.tooltip?.progress ?? (state.panel?.kind === 'note' ? state.panel.text : '');
  const match = new RegExp(`Étape (\\d+) sur ${total}\\b`).exec(text);
  return match ? Number(match[1]) : 0;
}

/** A conditional step: does the coach show it (its condition holds on this page), or go past it? */
async function conditionalShows(page: Page, guide: Guide, index: number): Promise<boolean> {
  const total = guide.steps.length;
  for (;;) {
    const state = await waitForOverlay(page, (s) => shownNumber(s, total) > index || interrupted(s), 15_000);
    if (!interrupted(state)) return shownNumber(state, total) === index + 1;
    await answerInterruption(page, guide, state);
  }
}

/**
 * Walks `guide` from its first step in `page` as a learner would: waits for each step to show,
 * then does it. Follows the guide into a second tab and back (« On reprend ici »), does the
 * interruptions the coach points at, does a conditional step (`when`) when the coach shows it and
 * passes over it when the coach goes past it, and follows `next`. Returns the tab the
 * learner is in at the end.
 */
export async function walkGuide(
  launched: Launched,
  page: Page,
  guide: Guide,
  options: WalkOptions = {},
): Promise<Page> {
  const { until } = options;
  if (until !== undefined && !guide.steps[until]) throw new Error(`no step ${until} in ${guide.id}`);
  let current = page;
  let back = false;
  let index = 0;
  while (index < guide.steps.length) {
    const step = guide.steps[index]!;
    if (step.when && index !== until && !(await conditionalShows(current, guide, index))) {
      index++;
      continue;
    }
    const shown = await expectShown(current, guide, index);
    if (back && shown.overlay.tooltip?.resumed !== 'On reprend ici.')
      throw new Error(`step ${step.id}: back in the first tab, the coach does not say « On reprend ici »`);
    if (index === until) return current;
    const seen: WalkedStep = { step, index, page: current, ...shown };
    await options.onStep?.(seen);
    ({ page: current, back } = await doStep(launched, current, step, options.hands ?? 'mouse'));
    await options.afterAct?.(seen);
    if (step.next === END) break;
    index = step.next ? guide.steps.findIndex((s) => s.id === step.next) : index + 1;
    if (index === -1) throw new Error(`step ${step.id}: no step ${step.next}`);
  }
  if (until !== undefined) throw new Error(`the guide ended before step ${until}`);
  return current;
}
