// `npm run lint:firefox [-- <dir>]`: Mozilla's add-on linter (`web-ext lint`, offline) on the Firefox
// build. Fails on any error and on any warning or notice that is not in ACCEPTED below, each
// with its reason (docs/security.md: 0 errors, only an explicit, reasoned list of warnings).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const SOURCE = resolve(ROOT, process.argv[2] ?? join('.output', 'firefox-mv2'));

interface LintMessage {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}

interface Accepted {
  code: string;
  /** The built files it may appear in. */
  file: RegExp;
  /** Why it is harmless here. */
  reason: string;
  /** A stricter check on the flagged code itself, when the code alone says too little. */
  check?: (message: LintMessage, source: string) => boolean;
}

/** The text around the flagged position (the bundles are minified on one line). */
function around(message: LintMessage, source: string, width = 240): string {
  const lines = source.split('\n');
  const line = lines[(message.line ?? 1) - 1] ?? '';
  const at = message.column ?? 0;
  return line.slice(Math.max(0, at - width), at + width);
}

const ACCEPTED: Accepted[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // the content scripts (coach, secrets, mail-links), and the chunks of our Solid extension pages (popup, warning…)
    file: /^(coach\.js|secrets\.js|mail-links\.js|chunks\/[a-z-]+-[A-Za-z0-9_-]{8}\.js)$/,
    reason:
      "Solid's template() sets innerHTML on a <template> element with markup compiled at build time " +
      'from our own JSX; guide and page text always goes in as text nodes (eslint bans HTML sinks in our code).',
    check: (message, source) =>
      message.message === 'Unsafe assignment to innerHTML' &&
      /createElement\(`template`\)/.test(around(message, source)) &&
      /\.innerHTML=\w+,/.test(around(message, source)),
  },
  {
    code: 'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION',
    file: /^manifest\.json$/,
    reason:
      'browser_specific_settings.gecko.data_collection_permissions (required by AMO) is only read from ' +
      'Firefox 140; Firefox 128 ESR, still common on public-access PCs, ignores the key and runs the add-on.',
    check: (message) => /data_collection_permissions/.test(message.description ?? ''),
  },
  {
    code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    file: /^manifest\.json$/,
    reason: 'The same key on Firefox for Android (read from version 142); older versions ignore it.',
    check: (message) => /data_collection_permissions/.test(message.description ?? ''),
  },
];

/** Splits the linter's messages into accepted warnings (with their reason) and failures. */
function triage(
  messages: LintMessage[],
  read: (file: string) => string,
): { accepted: { message: LintMessage; reason: string }[]; failures: LintMessage[] } {
  const accepted: { message: LintMessage; reason: string }[] = [];
  const failures: LintMessage[] = [];
  for (const message of messages) {
    const rule =
      message._type === 'error'
        ? undefined
        : ACCEPTED.find(
            (a) =>
              a.code === message.code &&
              a.file.test(message.file ?? '') &&
              (a.check?.(message, message.file ? read(message.file) : '') ?? true),
          );
    if (rule) accepted.push({ message, reason: rule.reason });
    else failures.push(message);
  }
  return { accepted, failures };
}

function main(): number {
  if (!existsSync(join(SOURCE, 'manifest.json'))) {
    console.error(`lint:firefox: no Firefox build in ${SOURCE} — run: npm run build:firefox`);
    return 1;
  }
  const bin = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'web-ext.cmd' : 'web-ext');
  const run = spawnSync(
    bin,
    ['lint', '--output', 'json', '--source-dir', SOURCE, '--no-config-discovery', '--boring'],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, shell: process.platform === 'win32' },
  );
  let report: { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
  try {
    report = JSON.parse(run.stdout) as typeof report;
  } catch {
    console.error(`lint:firefox: web-ext lint gave no JSON report (exit ${run.status})\n${run.stderr}`);
    return 1;
  }
  const all = [...report.errors, ...report.warnings, ...report.notices];
  const { accepted, failures } = triage(all, (file) => readFileSync(join(SOURCE, file), 'utf8'));
  for (const { message, reason } of accepted)
    console.log(`accepted ${message.code} in ${message.file ?? '?'}: ${reason}`);
  for (const m of failures)
    console.error(
      `${m._type.toUpperCase()} ${m.code} in ${m.file ?? '?'}${m.line ? `:${m.line}:${m.column ?? 0}` : ''} — ${m.message}` +
        (m.description ? `\n    ${m.description}` : ''),
    );
  console.log(
    `lint:firefox: ${report.errors.length} error(s), ${report.warnings.length} warning(s), ` +
      `${report.notices.length} notice(s); ${accepted.length} accepted, ${failures.length} not accepted`,
  );
  return failures.length === 0 ? 0 : 1;
}

process.exit(main());
