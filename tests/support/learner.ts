// A simulated learner: walks a guide on the replicas doing what a person does (click, type
// fictitious values, choose in a list), and checks at every step that the coach's tooltip is
// visible, next to the right element, and says that step's text.
import type { Locator, Page } from '@playwright/test';
import type { Launched } from './extension';
import type { Guide, SimpleDone, Step } from '../../src/guide';
import { buildCatalogue } from '../../src/guide/build';
import { matchAnyUrlPattern } from '../../src/shared';
import { ROOT } from './extension';
import { waitForOverlay, type Box, type OverlayState } from './overlay';

export function loadGuide(id: string): Guide {
  const result = buildCatalogue(ROOT);
  if (!result.ok) throw new Error('guides do not compile');
  const guide = result.catalogue.guides.find((g) => g.id === id);
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

/** Waits until the tooltip shows step `index`, next to its element and ringing it (the page may
 * still be scrolling smoothly), and returns what was seen; throws with the last problem seen. */
export async function expectStep(page: Page, guide: Guide, index: number, timeoutMs = 10_000): Promise<StepCheck> {
  const step = guide.steps[index];
  if (!step) throw new Error(`no step ${index}`);
  const progress = `Étape ${index + 1} sur ${guide.steps.length}`;
  const until = Date.now() + timeoutMs;
  let problem = 'not checked';
  while (Date.now() < until) {
    const overlay = await waitForOverlay(
      page,
      (s) => s.tooltip?.progress === progress && s.tooltip.say === step.say,
      Math.max(100, until - Date.now()),
    );
    const target = await page.locator(expectedSelector(step)).boundingBox();
    const tooltip = overlay.tooltip;
    if (!target) problem = 'its element is not visible';
    else if (!tooltip || tooltip.box.width === 0) problem = 'tooltip not visible';
    else if (gap(tooltip.box, target) > 32)
      problem = `tooltip is ${gap(tooltip.box, target).toFixed(0)} px away from its element`;
    else if (!overlay.ring || !contains(overlay.ring, target)) problem = 'the highlight does not surround the element';
    else return { step, index, overlay, target };
    await page.waitForTimeout(50);
  }
  throw new Error(`step ${step.id}: ${problem}`);
}

/** Chooses `value` in a list with the keyboard: selectOption() fires untrusted events, which the
 * coach rightly ignores, whereas each arrow press is a real change, as for a person. */
async function chooseInList(page: Page, list: Locator, value: string, stepId: string): Promise<void> {
  await list.focus();
  for (let i = 0; i < 60 && (await list.inputValue()) !== value; i++) await page.keyboard.press('ArrowDown');
  if ((await list.inputValue()) !== value) throw new Error(`step ${stepId}: could not choose ${value}`);
}

async function actOn(page: Page, step: Step, done: SimpleDone, element: Locator): Promise<void> {
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
export async function act(page: Page, step: Step): Promise<void> {
  const element = page.locator(expectedSelector(step));
  const { done } = step;
  switch (done.kind) {
    case 'any':
      if (done.of[0]) await actOn(page, step, done.of[0], element);
      return;
    case 'all':
      for (const condition of done.of) await actOn(page, step, condition, element);
      return;
    case 'click':
    case 'submit':
    case 'input':
    case 'choose':
    case 'url':
    case 'visible':
    case 'gone':
    case 'text':
      await actOn(page, step, done, element);
      return;
  }
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
