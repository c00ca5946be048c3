// `guides:check --live` records what it saw: every step found on the live site gets
// `evidence: { grade: confirmed, source: live check, on: <day> }` in its own guide file (a step of
// an included guide in that guide's file). The YAML is edited through its Document, so comments
// and key order stay, then written in canonical form (prettier, as `npm run guides:lint` wants).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { canonicalForm } from '../../../src/guide/lint/canonical';
import type { StepReport } from './replay';

export const LIVE_SOURCE = 'live check';

/** The guide text with every step (or interruption) whose id is in `found` marked confirmed on `on`.
 * Other steps, comments and order are untouched; a step's earlier evidence is replaced. */
export function recordLiveEvidence(text: string, found: ReadonlySet<string>, on: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(on)) throw new Error(`recordLiveEvidence: "${on}" is not a YYYY-MM-DD date`);
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(`recordLiveEvidence: the guide is not valid YAML: ${doc.errors[0]!.message}`);
  let changed = false;
  for (const list of ['steps', 'interruptions']) {
    const seq = doc.get(list, true);
    if (!isSeq(seq)) continue;
    for (const item of seq.items) {
      if (!isMap(item)) continue;
      const id = item.get('id');
      if (typeof id !== 'string' || !found.has(id)) continue;
      item.set('evidence', doc.createNode({ grade: 'confirmed', source: LIVE_SOURCE, on }));
      changed = true;
    }
  }
  // lineWidth 0: no folding of long texts; prettier gives the final form anyway.
  return changed ? doc.toString({ lineWidth: 0 }) : text;
}

/** The same, in canonical form. `path` is the file's real path, so .prettierrc applies. */
export async function recordLiveEvidenceCanonical(
  path: string,
  text: string,
  found: ReadonlySet<string>,
  on: string,
): Promise<string> {
  const edited = recordLiveEvidence(text, found, on);
  return edited === text ? text : canonicalForm(path, edited);
}

/** Which guide file holds each step of a compiled guide: its own steps, and those of the guides it
 * includes (`use`), followed down. `read` gives a guide's YAML text by id, or undefined. */
export function stepFiles(guideId: string, read: (id: string) => string | undefined): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (id: string, seen: ReadonlySet<string>) => {
    const text = read(id);
    if (text === undefined || seen.has(id)) return;
    const data = parseDocument(text).toJS() as { steps?: unknown[]; interruptions?: unknown[] } | null;
    for (const item of [...(data?.steps ?? []), ...(data?.interruptions ?? [])]) {
      if (!item || typeof item !== 'object') continue;
      const { id: stepId, use } = item as { id?: unknown; use?: unknown };
      if (typeof stepId === 'string' && !files.has(stepId)) files.set(stepId, id);
      else if (typeof use === 'string') visit(use, new Set([...seen, id]));
    }
  };
  visit(guideId, new Set());
  return files;
}

/** Per guide file, the ids of its steps found on the live site (the walk's reports). */
export function foundByFile(
  detail: readonly StepReport[],
  read: (id: string) => string | undefined,
): Map<string, Set<string>> {
  const byFile = new Map<string, Set<string>>();
  const owners = new Map<string, Map<string, string>>();
  for (const report of detail) {
    if (report.result !== 'found' || report.variant !== undefined) continue;
    let owner = owners.get(report.guide);
    if (!owner) owners.set(report.guide, (owner = stepFiles(report.guide, read)));
    const file = owner.get(report.step);
    if (!file) continue;
    byFile.set(file, (byFile.get(file) ?? new Set()).add(report.step));
  }
  return byFile;
}

/** The day in UTC as YYYY-MM-DD. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Writes the live evidence into guides/<site>/<procedure>.yaml; returns the files it changed. */
export async function writeLiveEvidence(
  guidesDir: string,
  detail: readonly StepReport[],
  on: string,
): Promise<string[]> {
  const path = (id: string) => join(guidesDir, `${id}.yaml`);
  const read = (id: string) => {
    try {
      return readFileSync(path(id), 'utf8');
    } catch {
      return undefined;
    }
  };
  const written: string[] = [];
  for (const [id, found] of foundByFile(detail, read)) {
    const text = read(id);
    if (text === undefined) continue;
    const fresh = await recordLiveEvidenceCanonical(path(id), text, found, on);
    if (fresh === text) continue;
    writeFileSync(path(id), fresh);
    written.push(path(id));
  }
  return written;
}
