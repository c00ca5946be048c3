// `npm run guides:check`: every guide compiles (errors printed as path:line:col — what —
// expected) and guides/guide.schema.json matches the zod schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalogue, formatGuideError, guideJsonSchema } from '../src/guide/build';

const root = join(import.meta.dirname, '..');
const result = buildCatalogue(root);
let failed = false;
if (!result.ok) {
  for (const error of result.errors) console.error(formatGuideError(error));
  failed = true;
} else {
  const steps = result.catalogue.guides.reduce((n, g) => n + g.steps.length, 0);
  console.log(`guides: ${result.catalogue.guides.length} compiled, ${steps} steps`);
}
const schemaPath = join(root, 'guides', 'guide.schema.json');
let current = '';
try {
  current = readFileSync(schemaPath, 'utf8');
} catch {
  current = '';
}
if (current !== guideJsonSchema()) {
  console.error('guides/guide.schema.json is stale or missing — run: npm run guides:schema');
  failed = true;
}
process.exit(failed ? 1 : 0);
