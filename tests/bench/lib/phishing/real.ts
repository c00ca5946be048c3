// The real reported hosts for `npm run bench:phishing` (tests/bench/data/phishing/real/): reads
// the look-alike, path-only and legitimate files, and sorts each look-alike by the trick its
// address uses (free host, official address inside another host, punycode…). The trick is read
// from the address's shape only, never from the detector's verdict.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'tldts';

export const REAL_DIR = join(import.meta.dirname, '..', '..', 'data', 'phishing', 'real');

/** The feeds' confidence levels (the folder's README); "?" and "aggregate" rows are of unknown source. */
export const CONFIDENCES = ['reported', 'suspicious_newreg', 'aggregate_only'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Tags of the feeds that name no service of ours: measured, but not in the goal. */
export const UNCOVERED_TAGS = new Set(['bank', 'microsoft']);

export const TRICKS = [
  'punycode',
  'free-host',
  'official-in-host',
  'subdomain',
  'gouv-label',
  'digits',
  'hyphenated',
  'glued',
] as const;
export type Trick = (typeof TRICKS)[number];

export interface RealLookalike {
  /** A URL (https://host/ for bare hosts). */
  url: string;
  host: string;
  tag: string;
  confidence: Confidence;
  source: string;
}

function lines(file: string): string[][] {
  return readFileSync(join(REAL_DIR, file), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

const toUrl = (entry: string) => (entry.includes('://') ? entry : `https://${entry}/`);

function confidenceOf(raw: string | undefined): Confidence {
  return raw === 'reported' || raw === 'suspicious_newreg' ? raw : 'aggregate_only';
}

export function readRealLookalikes(): RealLookalike[] {
  return lines('real-lookalikes.tsv').map(([entry = '', tag = '?', confidence, repo, path, commit]) => {
    const url = toUrl(entry);
    return {
      url,
      host: new URL(url).hostname,
      tag,
      confidence: confidenceOf(confidence),
      source: `${repo ?? '?'} ${path ?? '?'} ${commit ?? '?'}`,
    };
  });
}

export function readRealPathOnly(): { url: string; tag: string; source: string }[] {
  return lines('real-path-only.tsv').map(([url = '', tag = '?', repo, path, commit]) => ({
    url,
    tag,
    source: `${repo ?? '?'} ${path ?? '?'} ${commit ?? '?'}`,
  }));
}

export function readRealLegitimate(): string[] {
  return lines('real-legitimate.txt').map(([host = '']) => host);
}

/** The trick an address uses, first match in TRICKS order. `officials` are the official
 * domains and hosts; `freeHosts` the data's free hosts (the Public Suffix List's private part too). */
export function trickOf(host: string, officials: readonly string[], freeHosts: ReadonlySet<string>): Trick {
  const labels = host.split('.');
  if (labels.some((label) => label.startsWith('xn--'))) return 'punycode';
  const icann = parse(host);
  const own = parse(host, { allowPrivateDomains: true });
  if ((own.domain && own.domain !== icann.domain) || (icann.domain && freeHosts.has(icann.domain))) return 'free-host';
  const sub = (icann.subdomain ?? '').replaceAll('-', '.');
  if (officials.some((address) => `.${sub}.`.includes(`.${address}.`))) return 'official-in-host';
  if (sub && sub !== 'www') return 'subdomain';
  const name = icann.domainWithoutSuffix ?? host;
  if (name.includes('gouv')) return 'gouv-label';
  if (/[a-z][0-9]|[0-9][a-z]/.test(name)) return 'digits';
  return name.includes('-') ? 'hyphenated' : 'glued';
}
