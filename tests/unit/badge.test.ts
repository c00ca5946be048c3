// The toolbar badge (src/session/badge.ts): the running guide's progress per tab, « ! » on a tab
// whose page hid the coach, kept over progress updates until the page is left or the guide ends.
import { describe, expect, it } from 'vitest';
import type { Guide } from '../../src/guide';
import {
  HIDDEN_BADGE,
  progressBadge,
  raiseHidden,
  showProgress,
  startSession,
  type BadgePort,
  type Snapshot,
} from '../../src/session';

const guide = {
  id: 'caf/exemple',
  steps: Array.from({ length: 17 }, (_, i) => ({ id: `s${i}` })),
} as unknown as Guide;

function snapshot(stepIndex: number, status: 'running' | 'finished' = 'running'): Snapshot {
  return { guide, state: { ...startSession(guide.id, 'decouvre', 0), stepIndex, status } };
}

/** A badge kept per tab, as the browser does. */
function fakeBadge() {
  const texts = new Map<number, string>();
  const colors = new Map<number, string>();
  const port: BadgePort = {
    text: async (tabId) => texts.get(tabId) ?? '',
    set: async (tabId, text, color) => {
      texts.set(tabId, text);
      colors.set(tabId, color);
    },
  };
  return { port, texts, colors };
}

describe('progressBadge', () => {
  it('says the step out of the total, a check mark at the end, nothing without a guide', () => {
    expect(progressBadge(snapshot(2))).toBe('3/17');
    expect(progressBadge(snapshot(16))).toBe('17/17');
    expect(progressBadge(snapshot(16, 'finished'))).toBe('✓');
    expect(progressBadge(null)).toBe('');
  });
});

describe('showProgress and raiseHidden', () => {
  it('shows the progress, then « ! » once the page hid the coach, and keeps it over later steps', async () => {
    const { port, texts, colors } = fakeBadge();
    await showProgress(port, 4, snapshot(0));
    expect(texts.get(4)).toBe('1/17');
    await raiseHidden(port, 4, snapshot(0));
    expect(texts.get(4)).toBe(HIDDEN_BADGE);
    expect(colors.get(4)).not.toBe(colors.get(5) ?? '');
    await showProgress(port, 4, snapshot(1));
    expect(texts.get(4)).toBe(HIDDEN_BADGE);
    // Another tab of the window is not affected.
    await showProgress(port, 5, snapshot(1));
    expect(texts.get(5)).toBe('2/17');
  });

  it('clears the badge, « ! » included, when the guide ends', async () => {
    const { port, texts } = fakeBadge();
    await raiseHidden(port, 4, snapshot(3));
    await showProgress(port, 4, null);
    expect(texts.get(4)).toBe('');
  });

  it('raises nothing without a running guide', async () => {
    const { port, texts } = fakeBadge();
    await raiseHidden(port, 4, null);
    expect(texts.has(4)).toBe(false);
  });
});
