// Build-time: reads every guides/<site>/<procedure>.yaml, compiles them all, and returns the
// catalogue or every located error. Nothing half-built: one error anywhere means no catalogue.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileGuides } from './compile';
import type { GuideError } from './errors';
import type { Catalogue } from './types';

export type CatalogueResult =
  { ok: true; catalogue: Catalogue; files: string[] } | { ok: false; errors: GuideError[]; files: string[] };

/** Every .yaml file under `guidesDir`, sorted, as absolute paths. */
export function listGuideFiles(guidesDir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(guidesDir).sort()) {
    const full = join(guidesDir, entry);
    if (statSync(full).isDirectory()) files.push(...listGuideFiles(full));
    else if (entry.endsWith('.yaml') || entry.endsWith('.yml')) files.push(full);
  }
  return files;
}

/** Compiles the whole guides folder; `rootDir` makes paths in errors relative (`guides/caf/x.yaml`). */
export function buildCatalogue(rootDir: string, guidesDir = join(rootDir, 'guides')): CatalogueResult {
  const files = listGuideFiles(guidesDir);
  const result = compileGuides(
    files.map((file) => ({ file: relative(rootDir, file).replaceAll('\\', '/'), text: readFileSync(file, 'utf8') })),
  );
  if (!result.ok) return { ok: false, errors: result.errors, files };
  return { ok: true, catalogue: { version: 1, guides: result.guides }, files };
}

/** Chrome match patterns (`https://host/*`) for every host a guide visits. */
export function guidedMatchPatterns(catalogue: Catalogue): string[] {
  const hosts = new Set(catalogue.guides.flatMap((guide) => guide.hosts));
  return [...hosts].sort().map((host) => `https://${host}/*`);
}
