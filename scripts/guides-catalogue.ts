// `npm run guides:catalogue`: rewrites the guide catalogue table in README.md (between the
// catalogue markers) from the compiled guides, the risk rules and the browser tests that walk them.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogue, formatGuideError } from '../src/guide/build';
import { freshReadme } from './lib/catalogue-table';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const result = buildCatalogue(ROOT);
if (!result.ok) {
  for (const error of result.errors) console.error(formatGuideError(error));
  process.exit(1);
}
const path = join(ROOT, 'README.md');
const fresh = await freshReadme(ROOT, result.catalogue);
if (fresh === readFileSync(path, 'utf8')) console.log('README.md: the catalogue table is up to date.');
else {
  writeFileSync(path, fresh);
  console.log(`README.md: catalogue table rewritten (${result.catalogue.guides.length} guides).`);
}
