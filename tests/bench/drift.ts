// `npm run bench:drift [-- --json] [-- --write-docs] [-- --guide <id>]`: does the locator still find the SAME element
// after a page changes? Snapshots every guide step on the replicas, mutates each snapshot with
// seeded operators (synthetic ones and ones replaying real-site changes), and compares the locator
// with the first CSS selector alone. --write-docs rewrites docs/drift.md and the README's drift
// block. A measurement, not a test: it exits 0 unless the bench itself crashes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { format, resolveConfig } from 'prettier';
import { buildCatalogue } from '../../src/guide/build';
import { findChromium, NO_CHROMIUM } from '../support/chromium';
import { pageBundle } from '../support/page-bundle';
import { serveReplicas } from '../support/replicas';
import { OPERATORS } from './lib/drift/mutations';
import { openReplayer, type Job } from './lib/drift/replay';
import {
  buildReport,
  formatMarkdown,
  formatReadmeBlock,
  formatText,
  replaceReadmeBlock,
  type Finished,
} from './lib/drift/report';
import { takeSnapshots } from './lib/drift/snapshots';

const ROOT = join(import.meta.dirname, '..', '..');
const SEEDS = [1, 2, 3, 4, 5];
/** Replays run in parallel pages; two keeps both cores of the reference machine busy. */
const PARALLEL_PAGES = 2;
const VIEWPORT = { width: 1280, height: 860 };
const json = process.argv.includes('--json');
const writeDocs = process.argv.includes('--write-docs');
/** `--guide <id>` (repeatable) measures only those guides, to look into one; never with --write-docs. */
const only = process.argv.flatMap((arg, i, all) => (arg === '--guide' && all[i + 1] ? [all[i + 1]!] : []));
if (only.length && writeDocs) throw new Error('--write-docs measures every guide: drop --guide');

/** Progress on stderr, with the time since the start: stdout stays the report (or its JSON). */
const progress = (line: string) =>
  console.error(`[${String(Math.round((performance.now() - started) / 1000)).padStart(4)} s] ${line}`);

async function measure(browser: Browser, bundle: string) {
  const catalogue = buildCatalogue(ROOT);
  if (!catalogue.ok) throw new Error('guides do not compile: run npm run guides:lint');
  const walkContext = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR' });
  await walkContext.addInitScript(bundle);
  await serveReplicas(walkContext);
  const guides = catalogue.catalogue.guides.filter((g) => !only.length || only.includes(g.id));
  if (only.length && guides.length !== new Set(only).size) throw new Error(`unknown guide in ${only.join(', ')}`);
  progress(`walking ${guides.length} guide(s) on the replicas to snapshot each step`);
  const walk = await takeSnapshots(walkContext, guides);
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
  let done = 0;
  progress(`${walk.snapshots.length} step snapshots; replaying ${jobs.length} mutated copies`);
  await Promise.all(
    replayers.map(async (replayer) => {
      for (let i = next++; i < jobs.length; i = next++) {
        finished[i] = { job: jobs[i]!, result: await replayer.run(jobs[i]!) };
        // A line every 1,000 cases, so a run of most of an hour visibly moves on.
        if (++done % 1000 === 0 || done === jobs.length) progress(`${done}/${jobs.length} cases replayed`);
      }
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
    const date = new Date().toISOString().slice(0, 10);
    const markdown = async (file: string, text: string) =>
      format(text, { ...(await resolveConfig(file)), parser: 'markdown' });
    const docs = join(ROOT, 'docs', 'drift.md');
    writeFileSync(docs, await markdown(docs, formatMarkdown(report, date)));
    // The README's figures come from the same run, between its drift markers; never by hand.
    const readme = join(ROOT, 'README.md');
    const updated = replaceReadmeBlock(readFileSync(readme, 'utf8'), formatReadmeBlock(report, date));
    writeFileSync(readme, await markdown(readme, updated));
    if (!json) console.log(`\nwrote ${docs} and the drift block of ${readme}`);
  }
} finally {
  await browser.close();
}
