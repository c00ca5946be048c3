// A simulated learner: walks a guide on the replicas doing what a person does (click, type
// fictitious values, choose in a list), and checks at every step that the coach's tooltip is
// visible, next to the right element, and says that step's text.
import type { Page } from '@playwright/test';
import type { Launched } from './extension';
import type { Guide, Step } from '../../src/guide';
import { buildCatalogue } from '../../src/guide/build';
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

/** Does the step's action as a learner would. */
export async function act(page: Page, step: Step): Promise<void> {
  const element = page.locator(expectedSelector(step));
  switch (step.done.kind) {
    case 'click':
      await element.click();
      return;
    case 'input': {
      const value = step.done.practice;
      if (value === undefined) throw new Error(`step ${step.id}: no practice value to type`);
      if ((await element.evaluate((el) => el.localName)) === 'select') {
        // selectOption() fires untrusted events, which the coach rightly ignores: choose with the
        // keyboard instead, as a person does (each arrow press is a real change).
        await element.focus();
        for (let i = 0; i < 60 && (await element.inputValue()) !== value; i++) await page.keyboard.press('ArrowDown');
        if ((await element.inputValue()) !== value) throw new Error(`step ${step.id}: could not choose ${value}`);
      } else {
        await element.click();
        await element.pressSequentially(value, { delay: 15 });
        // Without a pattern the coach waits until the learner leaves the field.
        if (step.done.pattern === undefined) await page.keyboard.press('Tab');
      }
      return;
    }
    case 'url':
    case 'visible':
      return;
  }
}

/** Opens the popup in a tab and starts the guide there, as a learner would; the background
 * then sends that tab to the guide's start page. */
export async function startGuideFromPopup(launched: Launched, guide: Guide): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(`chrome-extension://${launched.extensionId}/popup.html`);
  await page.locator(`[data-guide="${guide.id}"]`).click();
  await page.waitForURL(guide.start);
  return page;
}
