// `npm run guides:check [-- --json] [-- --guide <id>] [-- --live]`: replays every guide on its replicas in Chromium with
// the built extension (run `npm run build` first) and reports per step found / ambiguous / missing
// with the locator's signals and each step's evidence grade. Exit 1 when a step is missing or
// ambiguous. --live: maintainers only; it records every step found live as confirmed in its guide file.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalogue, formatGuideError, listGuideFiles } from '../src/guide/build';
import { EXTENSION_DIR, launchWithExtension } from '../tests/support/extension';
import { variantsFor } from '../tests/support/replicas';
import { pageBundle } from '../tests/support/page-bundle';
import { hasNetwork, liveHosts, noNetworkMessage, saveCandidate } from './lib/guides-check/live';
import { isoDay, writeLiveEvidence } from './lib/guides-check/live-evidence';
import { replayGuide, type StepReport } from './lib/guides-check/replay';
import { failed, formatTable, summarize } from './lib/guides-check/report';

const ROOT = join(import.meta.dirname, '..');
const json = process.argv.includes('--json');
const live = process.argv.includes('--live');
const log = (line: string) => (json ? console.error(line) : console.log(line));

const built = buildCatalogue(ROOT);
if (!built.ok) {
  for (const error of built.errors) console.error(formatGuideError(error));
  console.error('guides:check: the guides do not compile — fix them first (npm run guides:lint)');
  process.exit(1);
}
const only = process.argv.indexOf('--guide');
const wanted = only >= 0 ? process.argv[only + 1] : undefined;
const guides = built.catalogue.guides.filter((guide) => wanted === undefined || guide.id === wanted);
if (!guides.length) {
  console.error(`guides:check: no guide ${wanted ?? ''} in the catalogue`);
  process.exit(1);
}
const manifest = join(EXTENSION_DIR, 'manifest.json');
if (!existsSync(manifest)) {
  console.error('guides:check: no built extension in .output/chrome-mv3 — run: npm run build');
  process.exit(1);
}
const newest = Math.max(...listGuideFiles(join(ROOT, 'guides')).map((file) => statSync(file).mtimeMs));
if (statSync(manifest).mtimeMs < newest)
  log('guides:check: warning: the built extension is older than guides/ — run npm run build for a fair check');

if (live) {
  const hosts = liveHosts(guides);
  if (!hosts[0] || !(await hasNetwork(hosts[0]))) {
    console.error(noNetworkMessage(guides));
    process.exit(2);
  }
  log('guides:check --live: replaying on the real sites; failing pages go to out/live/<guide>/<step>.html');
}

const bundle = await pageBundle(join(import.meta.dirname, 'lib', 'guides-check', 'probe-entry.ts'));
const detail: StepReport[] = [];
// On the replicas, each guide is walked on the default pages and again on every variant of a
// site it visits (two live versions of a page, each its own replica).
const runs = guides.flatMap((guide) =>
  [undefined, ...(live ? [] : variantsFor(guide.hosts).map((v) => v.id))].map((variant) => ({ guide, variant })),
);
for (const [index, { guide, variant }] of runs.entries()) {
  // One browser per walk: no session, tab or mailbox state carries over from the previous one.
  const launched = await launchWithExtension({
    headless: true,
    replicas: !live,
    ...(variant ? { variant } : {}),
  });
  try {
    const onStopped = live
      ? async (...args: Parameters<typeof saveCandidate> extends [string, ...infer Rest] ? Rest : never) =>
          log(`  saved ${await saveCandidate(join(ROOT, 'out', 'live'), ...args)}`)
      : undefined;
    const reports = await replayGuide(launched, guide, bundle, onStopped ? { onStopped } : {});
    detail.push(...reports.map((report) => (variant ? { ...report, variant } : report)));
    // A line per walk, with a count, so a long run visibly moves on (on stderr with --json).
    const found = reports.filter((r) => r.result === 'found').length;
    log(
      `[${index + 1}/${runs.length}] ${guide.id}${variant ? ` (variant ${variant})` : ''}: ${found}/${reports.length} steps found`,
    );
  } finally {
    await launched.close();
  }
}
const report = summarize(guides.length, detail, runs.length);
if (live) {
  // Each step found on the live site is confirmed today, in its own guide file.
  const written = await writeLiveEvidence(join(ROOT, 'guides'), detail, isoDay(new Date()));
  log(`guides:check --live: evidence recorded in ${written.length} guide file(s)${written.length ? ':' : ''}`);
  for (const file of written) log(`  ${file}`);
}
if (json) console.log(JSON.stringify(report));
else console.log(`\n${formatTable(report)}`);
process.exit(failed(report) ? 1 : 0);
