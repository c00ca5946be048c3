// `npm run bench:phishing [-- --json]`: the genuine-site check over look-alike addresses (sourced
// ones and seeded variants of the official list; apart from them, the real reported hosts of
// tests/bench/data/phishing/real/, per service, confidence and trick) and legitimate ones (every
// official address, a curated list of common French sites, and the real legitimate list).
// A measurement, not a test: it exits 0 unless the bench itself crashes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getPublicSuffix } from 'tldts';
import { formatGuideError } from '../../src/guide/build';
import { judgeSite, type SiteVerdict } from '../../src/risk';
import { loadOfficialDomains } from '../../src/risk/build';
import {
  CONFIDENCES,
  readRealLegitimate,
  readRealLookalikes,
  readRealPathOnly,
  trickOf,
  TRICKS,
  UNCOVERED_TAGS,
} from './lib/phishing/real';
import { generateVariants, SEED, VARIANT_CATEGORIES } from './lib/phishing/variants';

const ROOT = join(import.meta.dirname, '..', '..');
const DATA_DIR = join(import.meta.dirname, 'data', 'phishing');
const json = process.argv.includes('--json');
/** Goals from issue 5 (generated variants, curated legitimate list) and issue 15 (real hosts). */
const GOALS = { lookalikeDetectedRate: 0.99, officialFalseAlarms: 0, legitimateFalseAlarmRate: 0.005 };
const REAL_GOALS = { realDetectedRate: 0.97, officialFalseAlarms: 0, realLegitimateFalseAlarmRate: 0.001 };

interface Row {
  category: string;
  url: string;
  note: string;
}

function toUrl(entry: string): string {
  return entry.includes('://') ? entry : `https://${entry}/`;
}

/** Lines of a tab-separated data file, comments and blank lines left out. */
function readRows(file: string, parse: (fields: string[]) => Row): Row[] {
  return readFileSync(join(DATA_DIR, file), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => parse(line.split('\t')));
}

const loaded = loadOfficialDomains(ROOT);
if (!loaded.ok) throw new Error(`Broken official-domain list:\n${loaded.errors.map(formatGuideError).join('\n')}`);
const data = loaded.data;

const legitimate = readRows('legitimate.txt', ([category, entry]) => ({
  category: category ?? '?',
  url: toUrl(entry ?? ''),
  note: entry ?? '',
}));
const legitimateHosts = new Set(legitimate.map((row) => new URL(row.url).hostname));
const sourced = readRows('sourced-lookalikes.txt', ([entry, source]) => ({
  category: 'sourced',
  url: toUrl(entry ?? ''),
  note: source ?? '',
}));
const generated = generateVariants(data, (domain) => getPublicSuffix(domain) ?? '', legitimateHosts).map((v) => ({
  category: v.category,
  url: v.url,
  note: `from ${v.from}`,
}));
const lookalikes = [...sourced, ...generated];
const officials: Row[] = data.services.flatMap((service) =>
  [...new Set([...service.domains, ...service.hosts])].map((host) => ({
    category: service.id,
    url: `https://${host}/`,
    note: host,
  })),
);

interface Tally {
  count: number;
  hits: number;
  rate: number;
}

function tally(rows: readonly Row[], hit: (verdict: SiteVerdict) => boolean) {
  const byCategory = new Map<string, Tally>();
  const hits: (Row & { verdict: SiteVerdict })[] = [];
  const misses: (Row & { verdict: SiteVerdict })[] = [];
  for (const row of rows) {
    const verdict = judgeSite(row.url, data);
    const t = byCategory.get(row.category) ?? { count: 0, hits: 0, rate: 0 };
    t.count++;
    if (hit(verdict)) {
      t.hits++;
      hits.push({ ...row, verdict });
    } else misses.push({ ...row, verdict });
    byCategory.set(row.category, t);
  }
  for (const t of byCategory.values()) t.rate = t.count ? t.hits / t.count : 0;
  const total = rows.length;
  return { byCategory, hits, misses, total, rate: total ? hits.length / total : 0 };
}

const isWarned = (verdict: SiteVerdict) => verdict.kind === 'lookalike';
const look = tally(lookalikes, isWarned);
const off = tally(officials, isWarned);
const legit = tally(legitimate, isWarned);
const officialRecognised = officials.filter((row) => judgeSite(row.url, data).kind === 'official').length;

// The real reported hosts, kept apart from the generated variants: per service tag, confidence
// and trick; tags that name no service of ours (bank, microsoft) are shown but not in the goal.
const freeHosts = new Set(data.freeHosts);
const officialTexts = data.services.flatMap((s) => [...s.domains, ...s.hosts]);
const realAll = readRealLookalikes().map((row) => ({
  ...row,
  trick: trickOf(row.host, officialTexts, freeHosts),
  covered: !UNCOVERED_TAGS.has(row.tag),
}));
const realCovered = realAll.filter((row) => row.covered);
const realRows = (pick: (row: (typeof realAll)[number]) => string, rows = realCovered): Row[] =>
  rows.map((row) => ({ category: pick(row), url: row.url, note: `${row.tag} ${row.confidence} ${row.trick}` }));
const realLook = tally(
  realRows((row) => row.tag),
  isWarned,
);
const realReported = tally(
  realRows(
    (row) => row.tag,
    realCovered.filter((row) => row.confidence === 'reported'),
  ),
  isWarned,
);
const realByConfidence = tally(
  realRows((row) => row.confidence),
  isWarned,
);
const realByTrick = tally(
  realRows((row) => row.trick),
  isWarned,
);
const realUncovered = tally(
  realRows(
    (row) => row.tag,
    realAll.filter((row) => !row.covered),
  ),
  isWarned,
);
const pathOnly = tally(
  readRealPathOnly().map((row) => ({ category: row.tag, url: row.url, note: row.source })),
  isWarned,
);
const officialHosts = new Set(officials.map((row) => new URL(row.url).hostname));
const realLegitRows: Row[] = readRealLegitimate()
  .filter((host) => !officialHosts.has(host))
  .map((host) => ({ category: 'real', url: `https://${host}/`, note: host }));
const realLegit = tally([...realLegitRows, ...legitimate], isWarned);

const ordered = (map: Map<string, Tally>, order: readonly string[]) =>
  [...map.entries()].sort(
    ([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b),
  );
const LOOK_ORDER = ['sourced', ...VARIANT_CATEGORIES];
const LEGIT_ORDER = [
  'gouv',
  'public',
  'city',
  'territory',
  'media',
  'shop',
  'bank-insurance',
  'service',
  'web',
  'education-association',
  'page',
];
const round = (rate: number) => Math.round(rate * 10_000) / 10_000;
const describe = (verdict: SiteVerdict) =>
  verdict.kind === 'lookalike'
    ? `${verdict.service}: ${verdict.reasons.map((r) => `${r.kind}(${r.word})`).join(', ')}`
    : verdict.kind;

const tallyJson = (map: Map<string, Tally>, order: readonly string[]) =>
  Object.fromEntries(
    ordered(map, order).map(([c, t]) => [c, { count: t.count, detected: t.hits, rate: round(t.rate) }]),
  );

const report = {
  seed: SEED,
  lookalikes: look.total,
  lookalikeDetected: look.hits.length,
  lookalikeDetectedRate: round(look.rate),
  official: off.total,
  officialRecognised,
  officialFalseAlarms: off.hits.length,
  legitimate: legit.total,
  legitimateFalseAlarms: legit.hits.length,
  legitimateFalseAlarmRate: round(legit.rate),
  goals: GOALS,
  goalsMet:
    look.rate >= GOALS.lookalikeDetectedRate &&
    off.hits.length <= GOALS.officialFalseAlarms &&
    legit.rate <= GOALS.legitimateFalseAlarmRate,
  lookalikeCategories: Object.fromEntries(
    ordered(look.byCategory, LOOK_ORDER).map(([c, t]) => [
      c,
      { count: t.count, detected: t.hits, rate: round(t.rate) },
    ]),
  ),
  legitimateCategories: Object.fromEntries(
    ordered(legit.byCategory, LEGIT_ORDER).map(([c, t]) => [
      c,
      { count: t.count, falseAlarms: t.hits, rate: round(t.rate) },
    ]),
  ),
  real: {
    lookalikes: realLook.total,
    detected: realLook.hits.length,
    detectedRate: round(realLook.rate),
    reportedOnly: { count: realReported.total, detected: realReported.hits.length, rate: round(realReported.rate) },
    legitimate: realLegit.total,
    legitimateFalseAlarms: realLegit.hits.length,
    legitimateFalseAlarmRate: round(realLegit.rate),
    officialFalseAlarms: off.hits.length,
    goals: REAL_GOALS,
    goalsMet:
      realLook.rate >= REAL_GOALS.realDetectedRate &&
      off.hits.length <= REAL_GOALS.officialFalseAlarms &&
      realLegit.rate <= REAL_GOALS.realLegitimateFalseAlarmRate,
    byService: tallyJson(realLook.byCategory, []),
    byConfidence: tallyJson(realByConfidence.byCategory, CONFIDENCES),
    byTrick: tallyJson(realByTrick.byCategory, TRICKS),
    uncovered: tallyJson(realUncovered.byCategory, []),
    pathOnly: { count: pathOnly.total, detected: pathOnly.hits.length, rate: round(pathOnly.rate) },
    missed: realLook.misses.map((m) => ({ url: m.url, note: m.note, verdict: m.verdict.kind })),
    pathOnlyMissed: pathOnly.misses.map((m) => m.url),
    falseAlarms: realLegit.hits.map((h) => ({ category: h.category, url: h.url, why: describe(h.verdict) })),
  },
  missed: look.misses.map((m) => ({ category: m.category, url: m.url, verdict: m.verdict.kind, note: m.note })),
  falseAlarms: [...off.hits, ...legit.hits].map((h) => ({
    category: h.category,
    url: h.url,
    why: describe(h.verdict),
  })),
};

if (json) {
  console.log(JSON.stringify(report));
} else {
  const pct = (rate: number) => `${(rate * 100).toFixed(1)}%`;
  const line = (name: string, count: number, hits: number, rate: number, word: string) =>
    `  ${name.padEnd(24)} ${String(count).padStart(5)}  ${word} ${String(hits).padStart(4)}  ${pct(rate).padStart(6)}`;
  console.log(`Genuine-site check (seed ${SEED})\n`);
  console.log(`Look-alikes: ${look.total} (${sourced.length} sourced, ${generated.length} generated)`);
  for (const [c, t] of ordered(look.byCategory, LOOK_ORDER)) console.log(line(c, t.count, t.hits, t.rate, 'detected'));
  console.log(line('all', look.total, look.hits.length, look.rate, 'detected'));
  console.log(`\nOfficial addresses: ${off.total} (${officialRecognised} recognised as official)`);
  console.log(line('all', off.total, off.hits.length, off.rate, 'false alarms'));
  console.log(`\nLegitimate sites: ${legit.total}`);
  for (const [c, t] of ordered(legit.byCategory, LEGIT_ORDER))
    console.log(line(c, t.count, t.hits, t.rate, 'false alarms'));
  console.log(line('all', legit.total, legit.hits.length, legit.rate, 'false alarms'));
  if (look.misses.length) {
    console.log('\nMissed look-alikes:');
    for (const m of look.misses) console.log(`  [${m.category}] ${m.url} → ${m.verdict.kind} (${m.note})`);
  }
  if (report.falseAlarms.length) {
    console.log('\nFalse alarms:');
    for (const f of report.falseAlarms) console.log(`  [${f.category}] ${f.url} → ${f.why}`);
  }
  const block = (title: string, map: Map<string, Tally>, order: readonly string[], word: string) => {
    console.log(`\n${title}`);
    for (const [c, t] of ordered(map, order)) console.log(line(c, t.count, t.hits, t.rate, word));
  };
  console.log('\n=== Real reported hosts (tests/bench/data/phishing/real) ===');
  console.log(`Look-alikes of the services we cover: ${realLook.total}`);
  block('Per service', realLook.byCategory, [], 'detected');
  console.log(line('all', realLook.total, realLook.hits.length, realLook.rate, 'detected'));
  console.log(line('reported only', realReported.total, realReported.hits.length, realReported.rate, 'detected'));
  block('Per confidence', realByConfidence.byCategory, CONFIDENCES, 'detected');
  block('Per trick', realByTrick.byCategory, TRICKS, 'detected');
  block('Services we do not cover (not in the goal)', realUncovered.byCategory, [], 'detected');
  console.log(`\nPath-only phishing URLs: ${pathOnly.total}`);
  console.log(line('all', pathOnly.total, pathOnly.hits.length, pathOnly.rate, 'detected'));
  console.log(`\nLegitimate (real list + curated list): ${realLegit.total}`);
  console.log(line('all', realLegit.total, realLegit.hits.length, realLegit.rate, 'false alarms'));
  if (process.argv.includes('--misses')) {
    console.log('\nMissed real look-alikes:');
    for (const m of realLook.misses) console.log(`  ${m.url} → ${m.verdict.kind} (${m.note})`);
    console.log('\nMissed path-only URLs:');
    for (const m of pathOnly.misses) console.log(`  ${m.url}`);
  }
  if (report.real.falseAlarms.length) {
    console.log('\nFalse alarms (real legitimate list):');
    for (const f of report.real.falseAlarms) console.log(`  [${f.category}] ${f.url} → ${f.why}`);
  }
  console.log(
    `\nReal goals: detection ≥ ${pct(REAL_GOALS.realDetectedRate)} (${pct(realLook.rate)}), official false alarms 0 (${off.hits.length}), ` +
      `legitimate false alarms ≤ ${pct(REAL_GOALS.realLegitimateFalseAlarmRate)} (${pct(realLegit.rate)}): ${report.real.goalsMet ? 'met' : 'NOT met'}`,
  );
  console.log(
    `\nGoals: detection ≥ ${pct(GOALS.lookalikeDetectedRate)} (${pct(look.rate)}), official false alarms ${GOALS.officialFalseAlarms} (${off.hits.length}), ` +
      `legitimate false alarms ≤ ${pct(GOALS.legitimateFalseAlarmRate)} (${pct(legit.rate)}): ${report.goalsMet ? 'met' : 'NOT met'}`,
  );
}
