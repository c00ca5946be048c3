// The real guides as data: every file under guides/ compiles, each guide's id is its path, and
// guides/guide.schema.json is exactly what guideJsonSchema() generates today.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCatalogue, translationOf, formatGuideError, guideJsonSchema } from '../../src/guide/build';

// Path arithmetic rather than `new URL(..)`: the happy-dom environment replaces the global URL.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SCHEMA_FILE = join(ROOT, 'guides', 'guide.schema.json');
const STALE = 'guides/guide.schema.json is missing or stale: run `npm run guides:schema` and commit the result';

describe('guides/', () => {
  const result = buildCatalogue(ROOT);

  it('holds at least one guide', () => {
    expect(result.files.length).toBeGreaterThan(0);
  });

  it('compiles without errors', () => {
    const errors = result.ok ? [] : result.errors.map(formatGuideError);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('gives every guide the id of its path', () => {
    if (!result.ok) throw new Error('the guides do not compile (see the test above)');
    const paths = result.files
      .map((file) => relative(ROOT, file).replaceAll('\\', '/'))
      .filter((path) => path.startsWith('guides/') && !translationOf(path))
      .sort();
    const fromIds = result.catalogue.guides.map((guide) => `guides/${guide.id}.yaml`).sort();
    expect(fromIds).toEqual(paths);
    for (const guide of result.catalogue.guides) expect(guide.site).toBe(guide.id.split('/')[0]);
  });

  it('has a fresh guides/guide.schema.json', () => {
    const stored = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : '(missing)';
    expect(stored, STALE).toBe(guideJsonSchema());
  });
});
