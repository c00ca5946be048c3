// `npm run guides:schema`: writes guides/guide.schema.json from the zod schema, for editors.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { guideJsonSchema } from '../src/guide/build';

const path = join(import.meta.dirname, '..', 'guides', 'guide.schema.json');
writeFileSync(path, guideJsonSchema());
console.log(`wrote ${path}`);
