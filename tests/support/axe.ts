// Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) in a real page against the coach's overlay or an
// extension page. The overlay is in a closed shadow root, which axe cannot enter: through the
// DevTools protocol, which can reach it, the host element is given a `shadowRoot` getter in the
// page's world for the time of the run, so axe walks the real overlay as it is rendered.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';
import { findHost, type DomNode } from './overlay';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeResult {
  violations: AxeViolation[];
  /** How many elements passed at least one rule: proves axe reached what it was given. */
  passedElements: number;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const RUN = `(context) => axe.run(context, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} }, resultTypes: ['violations', 'passes'] })
  .then((r) => ({
    violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) })),
    passedElements: new Set(r.passes.flatMap((p) => p.nodes.map((n) => JSON.stringify(n.target)))).size,
  }))`;

async function inject(session: CDPSession): Promise<void> {
  // DevTools evaluation is not bound by the page's CSP (extension pages forbid inline scripts).
  const { result } = (await session.send('Runtime.evaluate', { expression: 'typeof axe' })) as {
    result: { value: string };
  };
  if (result.value === 'undefined') await session.send('Runtime.evaluate', { expression: AXE_SOURCE });
}

interface Evaluated {
  result: { value?: AxeResult };
  exceptionDetails?: { exception?: { description?: string } };
}

function resultOf({ result, exceptionDetails }: Evaluated): AxeResult {
  if (exceptionDetails) throw new Error(`axe failed: ${exceptionDetails.exception?.description ?? 'unknown'}`);
  return result.value ?? { violations: [], passedElements: 0 };
}

async function objectOf(session: CDPSession, backendNodeId: number): Promise<string> {
  const { object } = (await session.send('DOM.resolveNode', { backendNodeId })) as { object: { objectId: string } };
  return object.objectId;
}

/** axe's violations inside the coach's overlay on `page` (throws when the overlay is absent).
 * A page still settling may replace its nodes between two protocol calls: then it reads again. */
export async function axeOverlay(page: Page): Promise<AxeResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await axeOverlayOnce(page);
    } catch (error) {
      if (attempt >= 4 || !/does not belong to the document|Cannot find context/.test(String(error))) throw error;
      await page.waitForTimeout(250);
    }
  }
}

async function axeOverlayOnce(page: Page): Promise<AxeResult> {
  const session = await page.context().newCDPSession(page);
  try {
    await inject(session);
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = findHost(root);
    const shadow = host?.shadowRoots?.[0];
    if (!host || !shadow) throw new Error('the coach overlay is not on the page');
    const hostId = await objectOf(session, host.backendNodeId);
    const rootId = await objectOf(session, shadow.backendNodeId);
    const { result, exceptionDetails } = (await session.send('Runtime.callFunctionOn', {
      objectId: hostId,
      functionDeclaration: `function (root) {
        Object.defineProperty(this, 'shadowRoot', { get: () => root, configurable: true });
        const done = () => { delete this.shadowRoot; };
        return (${RUN})(this).then((v) => { done(); return v; }, (e) => { done(); throw e; });
      }`,
      arguments: [{ objectId: rootId }],
      awaitPromise: true,
      returnByValue: true,
    })) as Evaluated;
    return resultOf({ result, exceptionDetails });
  } finally {
    await session.detach();
  }
}

/** axe's violations on a whole page (the popup, the warning page). */
export async function axePage(page: Page): Promise<AxeResult> {
  const session = await page.context().newCDPSession(page);
  try {
    await inject(session);
    const { result, exceptionDetails } = (await session.send('Runtime.evaluate', {
      expression: `(${RUN})(document)`,
      awaitPromise: true,
      returnByValue: true,
    })) as Evaluated;
    return resultOf({ result, exceptionDetails });
  } finally {
    await session.detach();
  }
}
