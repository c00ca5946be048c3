// Least privilege, checked on the built manifests: exactly these permissions, hosts from the
// guides, a strict CSP, nothing exposed to web pages or other extensions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildCatalogue, guidedMatchPatterns } from '../../src/guide/build';
import { ROOT } from '../support/extension';

const read = (dir: string) =>
  JSON.parse(readFileSync(join(ROOT, '.output', dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
// The hosts the guides visit, and nothing else (site knowledge comes from the guides).
const catalogue = buildCatalogue(ROOT);
const GUIDED = catalogue.ok ? guidedMatchPatterns(catalogue.catalogue) : [];

test('the guided hosts are the ones the guides visit', () => {
  expect(GUIDED).toEqual([
    'https://authentification-candidat.francetravail.fr/*',
    'https://candidat.francetravail.fr/*',
    'https://mail.google.com/*',
    'https://validate.perfdrive.com/*', // the captcha page the CAF login may show
    'https://www.caf.fr/*',
    'https://wwwd.caf.fr/*',
  ]);
});

test('the Chrome MV3 manifest asks for storage and the guided hosts only', () => {
  const manifest = read('chrome-mv3');
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.permissions).toEqual(['storage']);
  expect(manifest.host_permissions).toEqual(GUIDED);
  expect(manifest.content_scripts).toEqual([{ matches: GUIDED, js: ['coach.js'], run_at: 'document_idle' }]);
  expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'none'" });
  for (const key of [
    'externally_connectable',
    'web_accessible_resources',
    'optional_permissions',
    'optional_host_permissions',
  ]) {
    expect(manifest[key], key).toBeUndefined();
  }
});

test('the Firefox build has the same permissions, an add-on id and no data collection', () => {
  const manifest = read('firefox-mv2');
  expect(manifest.permissions).toEqual(['storage', ...GUIDED]);
  expect(manifest.content_scripts).toEqual([{ matches: GUIDED, js: ['coach.js'], run_at: 'document_idle' }]);
  expect(manifest.browser_specific_settings).toEqual({
    gecko: {
      id: 'coup-de-pouce@emmaus-connect.example',
      strict_min_version: '128.0',
      data_collection_permissions: { required: ['none'] },
    },
  });
  expect(manifest.content_security_policy).toBe("script-src 'self'; object-src 'none'");
});
