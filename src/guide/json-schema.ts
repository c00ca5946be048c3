// Build-time: the JSON Schema editors use to autocomplete guides, generated from the zod schema.
import { z } from 'zod';
import { GuideSchema } from './schema';

export function guideJsonSchema(): string {
  const schema = z.toJSONSchema(GuideSchema, { target: 'draft-7', io: 'input' });
  return `${JSON.stringify({ ...schema, title: 'Coup de pouce guide' }, null, 2)}\n`;
}
