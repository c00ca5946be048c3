// « Je continue » takes only a press begun on it once the dialog could be seen (issue 15 D7): the
// pure gate of src/overlay/press-gate.ts, driven with the events' own times (no real waiting).
import { describe, expect, it } from 'vitest';
import { createPressGate, DOUBLE_CLICK_MS } from '../../src/overlay/press-gate';

const SHOWN = 10_000;
const READY = SHOWN + DOUBLE_CLICK_MS;
const trusted = { isTrusted: true };

describe('the press gate of « Je continue »', () => {
  it('a pointer press begun after the dialog is ready, then its click, confirms', () => {
    const gate = createPressGate(SHOWN);
    gate.press({ ...trusted, timeStamp: READY + 200 });
    expect(gate.click({ ...trusted, timeStamp: READY + 280, detail: 1 })).toBe(true);
  });

  it('the second click of a double-click (pressed as the dialog appeared) does not confirm', () => {
    const gate = createPressGate(SHOWN);
    gate.press({ ...trusted, timeStamp: SHOWN + 90 });
    expect(gate.click({ ...trusted, timeStamp: SHOWN + 170, detail: 2 })).toBe(false);
    // The learner's next, deliberate press does.
    gate.press({ ...trusted, timeStamp: READY + 900 });
    expect(gate.click({ ...trusted, timeStamp: READY + 990, detail: 1 })).toBe(true);
  });

  it('a pointer click without its own press on the button (begun before, elsewhere) does not confirm', () => {
    const gate = createPressGate(SHOWN);
    expect(gate.click({ ...trusted, timeStamp: READY + 50, detail: 1 })).toBe(false);
  });

  it('a key held down since before (auto-repeat) does not confirm; a fresh Enter does', () => {
    const gate = createPressGate(SHOWN);
    gate.press({ ...trusted, timeStamp: READY + 10, repeat: true });
    expect(gate.click({ ...trusted, timeStamp: READY + 11, detail: 0 })).toBe(false);
    gate.press({ ...trusted, timeStamp: READY + 400, repeat: false });
    expect(gate.click({ ...trusted, timeStamp: READY + 401, detail: 0 })).toBe(true);
  });

  it('a screen reader’s click (no pointer, no key) confirms once the dialog is ready, not before', () => {
    expect(createPressGate(SHOWN).click({ ...trusted, timeStamp: READY + 1, detail: 0 })).toBe(true);
    expect(createPressGate(SHOWN).click({ ...trusted, timeStamp: SHOWN + 10, detail: 0 })).toBe(false);
  });

  it('a page’s synthetic press or click never confirms', () => {
    const gate = createPressGate(SHOWN);
    gate.press({ isTrusted: false, timeStamp: READY + 1 });
    expect(gate.click({ isTrusted: false, timeStamp: READY + 2, detail: 1 })).toBe(false);
    expect(gate.click({ isTrusted: false, timeStamp: READY + 2, detail: 0 })).toBe(false);
  });
});
