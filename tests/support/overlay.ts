// Reads what the coach shows. The overlay lives in a closed shadow root that page scripts and
// Playwright selectors cannot reach, so this goes through the DevTools protocol, which can.
import type { CDPSession, Page } from '@playwright/test';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OverlayState {
  present: boolean;
  tooltip?: { say: string; progress: string; box: Box; help: string; risk: string; resumed: string };
  ring?: Box;
  panel?: { kind: string; text: string; box: Box };
  /** The confirmation dialog before a risky action; `ready`: « Je continue » takes presses now. */
  dialog?: { level: string; text: string; ready: boolean };
  live: string;
}

export interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/** Our overlay's host: in the page, its shadow roots, or a same-process frame (about:blank…). */
export function findHost(node: DomNode): DomNode | undefined {
  if (node.nodeName === 'COUP-DE-POUCE-COACH') return node;
  const frame = node.contentDocument ? [node.contentDocument] : [];
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...frame]) {
    const found = findHost(child);
    if (found) return found;
  }
  return undefined;
}

const sessions = new WeakMap<Page, CDPSession>();

async function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** Runs in the page against the closed shadow root, to read texts and boxes. Kept as plain
 * JavaScript text: TypeScript runners (tsx) may inject helpers into compiled functions. */
const READ_SHADOW = `function () {
  const box = (el) => {
    if (!el) return undefined;
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  };
  const text = (sel) => (this.querySelector(sel)?.innerText ?? '').trim();
  const tooltip = this.querySelector('[data-cdp="tooltip"]');
  const panel = this.querySelector('[data-cdp="panel"]');
  const state = { present: true, live: text('[data-cdp="live"]') };
  if (tooltip) {
    state.tooltip = {
      say: text('[data-cdp="tooltip"] [data-cdp="say"]'),
      progress: text('[data-cdp="tooltip"] [data-cdp="progress"]'),
      help: text('[data-cdp="help"]'),
      risk: text('[data-cdp="risk"]'),
      resumed: text('[data-cdp="tooltip"] [data-cdp="resumed"]'),
      box: box(tooltip),
    };
    state.ring = box(this.querySelector('[data-cdp="ring"]'));
  }
  if (panel) state.panel = { kind: panel.getAttribute('data-kind') ?? '', text: panel.innerText.trim(), box: box(panel) };
  const dialog = this.querySelector('[data-cdp="dialog"]');
  if (dialog)
    state.dialog = {
      level: dialog.getAttribute('data-level') ?? '',
      text: dialog.innerText.trim(),
      ready: dialog.getAttribute('data-ready') === 'true',
    };
  return state;
}`;

/** Runs `functionDeclaration` (plain JavaScript text) with `this` bound to the overlay's closed
 * shadow root and returns its value; undefined when the overlay is not on the page. */
export async function inOverlay<T>(page: Page, functionDeclaration: string, arg?: unknown): Promise<T | undefined> {
  const session = await cdp(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const shadow = findHost(root)?.shadowRoots?.[0];
  if (!shadow) return undefined;
  const { object } = (await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as {
    object: { objectId?: string };
  };
  if (!object.objectId) return undefined;
  try {
    const { result } = (await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration,
      ...(arg === undefined ? {} : { arguments: [{ value: arg }] }),
      returnByValue: true,
    })) as { result: { value?: T } };
    return result.value;
  } finally {
    await session.send('Runtime.releaseObject', { objectId: object.objectId });
  }
}

export async function readOverlay(page: Page): Promise<OverlayState> {
  return (await inOverlay<OverlayState>(page, READ_SHADOW)) ?? { present: false, live: '' };
}

/** Clicks a button of the overlay by its data-cdp name, as the learner would (a real mouse click). */
export async function clickOverlayButton(page: Page, name: string): Promise<void> {
  // « Je continue » ignores a press begun just after the dialog appeared (src/overlay/press-gate.ts).
  if (name === 'confirm') await waitForOverlay(page, (s) => s.dialog?.ready === true);
  const where = () =>
    inOverlay<{ x: number; y: number } | null>(
      page,
      `function (name) { const b = this.querySelector('[data-cdp="' + name + '"]'); if (!b) return null; const r = b.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }`,
      name,
    );
  // Where a person sees it: the card may still be moving to a better place (it grew, say).
  let at = await where();
  for (let i = 0; i < 20 && at; i++) {
    await page.waitForTimeout(100);
    const again = await where();
    if (again && again.x === at.x && again.y === at.y) break;
    at = again;
  }
  if (at === undefined) throw new Error('overlay not present');
  if (!at) throw new Error(`overlay button ${name} not found`);
  await page.mouse.click(at.x, at.y);
}

/** Polls the overlay until `accept` says yes, or throws with the last state seen. */
export async function waitForOverlay(
  page: Page,
  accept: (state: OverlayState) => boolean,
  timeoutMs = 10_000,
): Promise<OverlayState> {
  const until = Date.now() + timeoutMs;
  let last: OverlayState = { present: false, live: '' };
  while (Date.now() < until) {
    try {
      last = await readOverlay(page);
      if (accept(last)) return last;
    } catch {
      // The page is navigating; read again.
    }
    await page.waitForTimeout(50);
  }
  throw new Error(`overlay did not reach the expected state; last seen: ${JSON.stringify(last)}`);
}

/** One warning the mail-link check put after a link (`inline`: `after` is that link's id) or at
 * the top of the page (`top`: the message's styles hid it there), with its text and its box. */
export interface LinkWarning {
  where: 'inline' | 'top';
  after: string;
  text: string;
  box: Box;
}

function findAll(node: DomNode, name: string, out: DomNode[] = []): DomNode[] {
  if (node.nodeName === name) out.push(node);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) findAll(child, name, out);
  return out;
}

/** Every mail-link warning on the page (closed shadow roots, read through the DevTools protocol). */
export async function readLinkWarnings(page: Page): Promise<LinkWarning[]> {
  const session = await cdp(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const warnings: LinkWarning[] = [];
  for (const host of findAll(root, 'COUP-DE-POUCE-LIEN')) {
    const shadow = host.shadowRoots?.[0];
    if (!shadow) continue;
    const { object } = (await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as {
      object: { objectId?: string };
    };
    if (!object.objectId) continue;
    const { result } = (await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () {
        return Array.from(this.querySelectorAll('[data-cdp="link-warning"]'), (note) => {
          const r = note.getBoundingClientRect();
          const where = note.getAttribute('data-where') === 'top' ? 'top' : 'inline';
          return {
            where,
            after: (where === 'inline' && this.host.previousElementSibling && this.host.previousElementSibling.id) || '',
            text: ((note.querySelector('[data-cdp="link-text"]') || {}).textContent || '').trim(),
            box: { x: r.x, y: r.y, width: r.width, height: r.height },
          };
        });
      }`,
      returnByValue: true,
    })) as { result: { value?: LinkWarning[] } };
    await session.send('Runtime.releaseObject', { objectId: object.objectId });
    warnings.push(...(result.value ?? []));
  }
  return warnings;
}
