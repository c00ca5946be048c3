// Replays a snapshot in a fresh document at its real URL (so relative links and the page's base
// stay right) and runs one mutation + locate + baseline in it. Every other request is aborted.
import type { BrowserContext, Page } from '@playwright/test';
import type { OperatorName } from './mutations';
import type { RunResult } from './bench-api';
import type { Snapshot } from './snapshots';

export interface Job {
  snapshot: Snapshot;
  operator: OperatorName | 'none';
  seed: number;
}

export interface Replayer {
  run(job: Job): Promise<RunResult>;
}

export async function openReplayer(context: BrowserContext): Promise<Replayer> {
  const page: Page = await context.newPage();
  let html = '';
  await page.route(/.*/, (route) => {
    const request = route.request();
    if (request.isNavigationRequest() && request.frame() === page.mainFrame())
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    return route.abort('blockedbyclient');
  });
  return {
    async run({ snapshot, operator, seed }: Job): Promise<RunResult> {
      html = snapshot.html;
      const request = { target: snapshot.target, css: snapshot.css, needsClick: snapshot.needsClick, operator, seed };
      try {
        // A URL that differs from the last one only by its #fragment would not load the page
        // again (Gmail's #inbox routes): the last mutated document would be measured instead.
        const documentOf = (url: string) => url.split('#')[0];
        if (snapshot.url.includes('#') && documentOf(page.url()) === documentOf(snapshot.url))
          await page.goto('about:blank');
        await page.goto(snapshot.url, { waitUntil: 'load' });
        return await page.evaluate((r) => window.__cdpBench!.run(r), request);
      } catch (error) {
        // One broken run (an operator throwing on an unusual page) is reported, not fatal.
        return { ok: false, error: String(error).split('\n')[0] ?? 'unknown error' };
      }
    },
  };
}
