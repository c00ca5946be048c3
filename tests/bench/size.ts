// `npm run bench:size [-- --json]`: builds the Chrome extension and prints the gzipped size of
// each built entry against the budgets of docs/performance.md; also builds once without the
// webextension-polyfill to show what it costs. A measurement, not a test: it only fails when
// the build fails or the content script is over budget.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(import.meta.dirname, '..', '..');
const CONTENT_SCRIPT = 'coach.js';
/** docs/performance.md: content script ≤ 20 KB gzipped (less than intro.js, 20,275 bytes). */
const CONTENT_BUDGET_BYTES = 20 * 1024;
const json = process.argv.includes('--json');

function build(outDir: string, env: Record<string, string> = {}): void {
  const result = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    env: { ...process.env, COUP_DE_POUCE_OUT_DIR: outDir, ...env },
    stdio: json ? 'ignore' : ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) throw new Error(`wxt build failed (${outDir})`);
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = join(dir, entry);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

function sizes(dir: string): Record<string, { bytes: number; gzipBytes: number }> {
  const out: Record<string, { bytes: number; gzipBytes: number }> = {};
  for (const file of files(join(dir, 'chrome-mv3'))
    .filter((f) => /\.(js|html|css|json)$/.test(f))
    .sort()) {
    const body = readFileSync(file);
    out[relative(join(dir, 'chrome-mv3'), file).replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js')] = {
      bytes: body.length,
      gzipBytes: gzipSync(body, { level: 9 }).length,
    };
  }
  return out;
}

const scratch = mkdtempSync(join(tmpdir(), 'coup-de-pouce-size-'));
try {
  build(join(scratch, 'with'));
  build(join(scratch, 'without'), { COUP_DE_POUCE_NO_POLYFILL: '1' });
  const entries = sizes(join(scratch, 'with'));
  const bare = sizes(join(scratch, 'without'));
  const content = entries[CONTENT_SCRIPT]?.gzipBytes ?? NaN;
  const contentBare = bare[CONTENT_SCRIPT]?.gzipBytes ?? NaN;
  const report = {
    contentScriptGzipBytes: content,
    contentScriptBudgetGzipBytes: CONTENT_BUDGET_BYTES,
    withinBudget: content <= CONTENT_BUDGET_BYTES,
    polyfillCostGzipBytes: {
      contentScript: content - contentBare,
      background: (entries['background.js']?.gzipBytes ?? 0) - (bare['background.js']?.gzipBytes ?? 0),
      popup: (entries['chunks/popup.js']?.gzipBytes ?? 0) - (bare['chunks/popup.js']?.gzipBytes ?? 0),
    },
    entries,
  };
  if (json) {
    console.log(JSON.stringify(report));
  } else {
    console.log('entry                          bytes   gzip -9');
    for (const [name, s] of Object.entries(entries))
      console.log(`${name.padEnd(28)} ${String(s.bytes).padStart(8)} ${String(s.gzipBytes).padStart(9)}`);
    console.log(
      `\ncontent script: ${content} B gzipped, budget ${CONTENT_BUDGET_BYTES} B — ${report.withinBudget ? 'within budget' : 'OVER BUDGET'}`,
    );
    console.log(
      `webextension-polyfill costs ${report.polyfillCostGzipBytes.background} B gzipped in the background and ${report.polyfillCostGzipBytes.popup} B in the popup; ` +
        `${report.polyfillCostGzipBytes.contentScript} B in the content script, which uses the native runtime API`,
    );
  }
  if (!report.withinBudget) process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
