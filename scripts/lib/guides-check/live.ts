// `guides:check --live` (maintainers only, needs the network): the same replay on the real sites.
// Without network it says so and lists the pages it would load; a step that fails live keeps its
// page's HTML as a candidate replica in out/live/<guide>/<step>.html.
import { mkdirSync, writeFileSync } from 'node:fs';
import { lookup } from 'node:dns/promises';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Guide, Step } from '../../../src/guide';
import { patternHost } from '../../../src/shared';

/** Per guide, the address a live replay starts from and the page patterns its steps expect. */
export function livePages(guides: readonly Guide[]): { guide: string; start: string; pages: string[] }[] {
  return guides.map((guide) => ({
    guide: guide.id,
    start: guide.start,
    pages: [...new Set(guide.steps.flatMap((step) => step.page))],
  }));
}

/** The hosts a live replay talks to. */
export function liveHosts(guides: readonly Guide[]): string[] {
  const hosts = livePages(guides).flatMap((g) =>
    [g.start, ...g.pages].map((page) => patternHost(page) ?? new URL(page).host),
  );
  return [...new Set(hosts)].sort();
}

/** Whether the first host resolves within a few seconds (a closed network fails at once or times out). */
export async function hasNetwork(host: string, timeoutMs = 3000): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  return Promise.race([
    lookup(host).then(
      () => true,
      () => false,
    ),
    timeout,
  ]);
}

export function noNetworkMessage(guides: readonly Guide[]): string {
  const lines = [
    'guides:check --live is for maintainers and needs the network: it replays every guide on the real',
    'sites, and keeps the HTML of each page where a step fails as a candidate replica in',
    'out/live/<guide>/<step>.html. Steps behind a login stop there: the practice values are fictitious.',
    `No network here (${liveHosts(guides)[0] ?? 'the first host'} does not resolve), so nothing was loaded.`,
    'It would load, per guide, its start page and then the pages its steps expect:',
  ];
  for (const { guide, start, pages } of livePages(guides)) {
    lines.push(`  ${guide}: start ${start}`);
    for (const page of pages) lines.push(`    ${page}`);
  }
  return lines.join('\n');
}

/** Where the candidate replica of a failing step goes. */
export function candidatePath(outDir: string, guideId: string, stepId: string): string {
  return join(outDir, ...guideId.split('/'), `${stepId}.html`);
}

/** The page as it is now, with a comment saying where and when it was taken. */
export function candidateHtml(html: string, url: string, step: Step, taken: Date): string {
  const note = `<!-- Candidate replica for step ${step.id}, taken from ${url} on ${taken.toISOString()} by guides:check --live. Replace personal data with obviously fictitious values before adding it to tests/fixtures/sites/. -->\n`;
  return note + html;
}

/** Saves the page where `step` failed; returns the file written. */
export async function saveCandidate(outDir: string, guide: Guide, step: Step, page: Page): Promise<string> {
  const file = candidatePath(outDir, guide.id, step.id);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, candidateHtml(await page.content(), page.url(), step, new Date()));
  return file;
}
