// `npm run bench:drift [-- --json] [-- --write-docs]`: does the locator still find the SAME element
// after a page changes? Snapshots every guide step on the replicas, mutates each snapshot with
// seeded operators, and compares the locator with the baseline tour libraries use (the first CSS
// selector alone). A measurement, not a test: it exits 0 unless the bench itself crashes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { format, resolveConfig } from 'prettier';
import { buildCatalogue } from '../../src/guide/build';
import { findChromium, NO_CHROMIUM } from '../support/chromium';
import { pageBundle } from '../support/page-bundle';
import { serveReplicas } from '../support/replicas';
import { OPERATORS } from './lib/drift/mutations';
import { openReplayer, type Job } from './lib/drift/replay';
import { buildReport, formatMarkdown, formatText, type Finished } from './lib/drift/report';
import { takeSnapshots } from './lib/drift/snapshots';

const ROOT = join(import.meta.dirname, '..', '..');
const SEEDS = [1, 2, 3, 4, 5];
/** Replays run in parallel pages; two keeps both cores of the reference machine busy. */
const PARALLEL_PAGES = 2;
const VIEWPORT = { width: 1280, height: 860 };
const json = process.argv.includes('--json');
const writeDocs = process.argv.includes('--write-docs');

async function measure(browser: Browser, bundle: string) {
  const catalogue = buildCatalogue(ROOT);
  if (!catalogue.ok) throw new Error('guides do not compile: run npm run guides:lint');
  const walkContext = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR' });
  await walkContext.addInitScript(bundle);
  await serveReplicas(walkContext);
  const walk = await takeSnapshots(walkContext, catalogue.catalogue.guides);
  await walkContext.close();

  const jobs: Job[] = walk.snapshots.flatMap((snapshot) => [
    { snapshot, operator: 'none' as const, seed: 0 },
    ...OPERATORS.flatMap((operator) => SEEDS.map((seed) => ({ snapshot, operator, seed }))),
  ]);
  const replayContext = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR' });
  await replayContext.addInitScript(bundle);
  const replayers = await Promise.all(Array.from({ length: PARALLEL_PAGES }, () => openReplayer(replayContext)));
  const finished: Finished[] = new Array<Finished>(jobs.length);
  let next = 0;
  await Promise.all(
    replayers.map(async (replayer) => {
      for (let i = next++; i < jobs.length; i = next++)
        finished[i] = { job: jobs[i]!, result: await replayer.run(jobs[i]!) };
    }),
  );
  await replayContext.close();
  return { walk, finished };
}

const started = performance.now();
const executablePath = findChromium();
if (!executablePath) throw new Error(NO_CHROMIUM);
const bundle = await pageBundle(join(import.meta.dirname, 'lib', 'drift', 'page-entry.ts'));
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const { walk, finished } = await measure(browser, bundle);
  const report = buildReport(finished, {
    targets: walk.snapshots.length + walk.unreachable.length,
    seeds: SEEDS,
    unreachable: walk.unreachable,
    notes: walk.notes,
    chromium: browser.version(),
    seconds: (performance.now() - started) / 1000,
  });
  if (json) console.log(JSON.stringify(report));
  else console.log(formatText(report));
  if (writeDocs) {
    const file = join(ROOT, 'docs', 'drift.md');
    const date = new Date().toISOString().slice(0, 10);
    const markdown = await format(formatMarkdown(report, date), {
      ...(await resolveConfig(file)),
      parser: 'markdown',
    });
    writeFileSync(file, markdown);
    if (!json) console.log(`\nwrote ${file}`);
  }
} finally {
  await browser.close();
}
