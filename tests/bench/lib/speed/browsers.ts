// The two browsers the speed benchmark compares: Chromium with the built extension (the tests'
// own launcher) and the same Chromium, same flags, without it. Both serve the replicas and the
// benchmark's own pages under https://www.caf.fr/bench/, a guided address.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Route } from '@playwright/test';
import { findChromium, NO_CHROMIUM } from '../../../support/chromium';
import { CHROMIUM_ARGS, launchWithExtension, type Launched } from '../../../support/extension';
import { serveReplicas } from '../../../support/replicas';

export const BENCH_ORIGIN = 'https://www.caf.fr/bench/';

export interface Bench {
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * Serves `pages` (path under /bench/ → HTML) with cross-origin isolation headers, so that the
 * page's performance.now() has 5 µs resolution instead of 100 µs. Registered after the
 * replicas' catch-all route: later routes take precedence.
 */
export async function serveBenchPages(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  await context.route(`${BENCH_ORIGIN}**`, (route: Route) => {
    const path = new URL(route.request().url()).pathname.replace('/bench/', '');
    const body = pages[path];
    if (body === undefined) return route.abort('blockedbyclient');
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' },
      body,
    });
  });
}

/** Same flags as tests/support/extension.ts, minus the extension. */
export async function launchWithoutExtension(pages: Record<string, string>): Promise<Bench> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM);
  const userDataDir = mkdtempSync(join(tmpdir(), 'coup-de-pouce-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 860 },
    locale: 'fr-FR',
    args: CHROMIUM_ARGS,
  });
  await serveReplicas(context);
  await serveBenchPages(context, pages);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function launchExtension(pages: Record<string, string>): Promise<Launched> {
  const launched = await launchWithExtension({ headless: true });
  await serveBenchPages(launched.context, pages);
  return launched;
}
