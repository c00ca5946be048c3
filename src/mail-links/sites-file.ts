// Build-time: reads data/mail-sites.yaml with exact locations and validates it (zod), in the guide
// compiler's error format (file:line:col — what — expected). Never bundled.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { formatGuideError, readYamlFile, type GuideError } from '../guide/build';
import type { MailSites } from './sites';

export const MAIL_SITES_FILE = 'data/mail-sites.yaml';

const Selector = z.string().min(1).max(200).describe('a CSS selector, e.g. .ii.gt .a3s');
const MailSitesSchema = z.strictObject({
  version: z.literal(1).describe('1'),
  sites: z
    .array(
      z.strictObject({
        id: z
          .string()
          .regex(/^[a-z0-9-]{2,40}$/)
          .describe('a kebab-case id, e.g. gmail'),
        matches: z
          .array(
            z
              .string()
              .regex(/^https:\/\/[a-z0-9.-]+\/[^\s]*$/)
              .describe('an https URL pattern on one host, e.g. https://mail.google.com/*'),
          )
          .min(1)
          .max(10),
        bodies: z.array(Selector).min(1).max(10).describe('where an opened message body is'),
        area: z.array(Selector).min(1).max(10).describe('where messages are swapped'),
        redirectors: z
          .array(
            z.strictObject({
              address: z
                .string()
                .regex(/^https:\/\/[a-z0-9.-]+\/[^\s?#]*$/)
                .describe('an https address without query, e.g. https://www.google.com/url'),
              param: z
                .string()
                .regex(/^[a-z]{1,20}$/)
                .describe('the query parameter with the real address, e.g. q'),
            }),
          )
          .max(10)
          .describe('the webmail’s link redirectors'),
        sources: z.array(z.string().min(3).max(300)).min(1).max(10).describe('at least one source'),
      }),
    )
    .max(20),
});

export type MailSitesResult = { ok: true; data: MailSites } | { ok: false; errors: GuideError[] };

/** Parses and validates the text of the mail-site file; `file` is the path shown in errors. */
export function parseMailSites(file: string, text: string): MailSitesResult {
  const read = readYamlFile(file, text, MailSitesSchema, 'version, sites');
  if (!read.ok) return read;
  // Sources are for people reading the file; the extension does not need them.
  return { ok: true, data: { version: 1, sites: read.data.sites.map(({ sources: _, ...site }) => site) } };
}

/** Reads `data/mail-sites.yaml` under `rootDir`; throws with located errors when it is broken. */
export function loadMailSites(rootDir: string): { data: MailSites; path: string } {
  const path = join(rootDir, MAIL_SITES_FILE);
  const result = parseMailSites(MAIL_SITES_FILE, readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`Broken mail-site list:\n${result.errors.map(formatGuideError).join('\n')}`);
  return { data: result.data, path };
}

/** Every content-script match pattern of the mail sites (for the manifest). */
export function mailMatchPatterns(data: MailSites): string[] {
  return [...new Set(data.sites.flatMap((site) => site.matches))].sort();
}
