// Least privilege, checked on the built manifests (docs/security.md): a snapshot of every key that
// grants or exposes something — permissions, hosts, CSP, resources reachable from web pages,
// other extensions' access — for Chrome MV3 and Firefox MV2. Any new key fails here.
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
/** storage: the session and settings; webNavigation: the genuine-site check sees every navigation;
 * scripting: the secrets check's content script is registered only once « all sites » is granted;
 * downloads: « Terminer ma session » deletes the files downloaded during the session;
 * alarms: the kiosk inactivity wipe. */
const PERMISSIONS = ['storage', 'webNavigation', 'scripting', 'downloads', 'alarms'];
/** Optional, asked from the popup: the secrets check on every site. */
const ALL_SITES = ['https://*/*', 'http://*/*'];
const CSP = "script-src 'self'; object-src 'none'";
/** The coach on the guided hosts; the mail-link check on Gmail only (data/mail-sites.yaml). */
const COACH = [
  { matches: GUIDED, js: ['coach.js'], run_at: 'document_idle' },
  { matches: ['https://mail.google.com/*'], js: ['mail-links.js'], run_at: 'document_idle' },
];

/** What the manifest grants or exposes; an absent key reads as undefined and must stay so. */
function securityView(manifest: Record<string, unknown>) {
  return {
    permissions: manifest.permissions,
    host_permissions: manifest.host_permissions,
    optional_permissions: manifest.optional_permissions,
    optional_host_permissions: manifest.optional_host_permissions,
    content_security_policy: manifest.content_security_policy,
    content_scripts: manifest.content_scripts,
    web_accessible_resources: manifest.web_accessible_resources,
    externally_connectable: manifest.externally_connectable,
  };
}

test('the guided hosts are the ones the guides visit', () => {
  expect(GUIDED).toEqual([
    'https://accounts.google.com/*', // the Gmail address sign-up
    'https://app.franceconnect.gouv.fr/*', // the FranceConnect grid and consent page
    'https://assure.ameli.fr/*',
    'https://authentification-candidat.francetravail.fr/*',
    'https://candidat.francetravail.fr/*',
    'https://cfspart-idp.impots.gouv.fr/*', // the impots.gouv.fr login chosen in the FranceConnect grid
    'https://mail.google.com/*',
    'https://validate.perfdrive.com/*', // the captcha page the CAF login may show
    'https://www.caf.fr/*',
    'https://www.linkedin.com/*',
    'https://wwwd.caf.fr/*',
  ]);
});

test('Chrome MV3: storage, webNavigation, scripting, downloads, alarms and the guided hosts; all sites only as optional; strict CSP; nothing exposed', () => {
  const manifest = read('chrome-mv3');
  expect(manifest.manifest_version).toBe(3);
  expect(securityView(manifest)).toStrictEqual({
    permissions: PERMISSIONS,
    host_permissions: GUIDED,
    optional_permissions: undefined,
    optional_host_permissions: ALL_SITES,
    content_security_policy: { extension_pages: CSP },
    content_scripts: COACH,
    web_accessible_resources: undefined, // no page can load or frame our pages (warning.html included)
    externally_connectable: undefined, // closed: no web page or other extension can message us
  });
  // The administrator's policy schema (Chrome/Edge; Firefox reads 3rdparty policies without one).
  expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
  // Every top-level key, so that a new one (sandbox, key, oauth2…) is a deliberate change.
  expect(Object.keys(manifest).sort()).toEqual(
    [
      'action',
      'background',
      'content_scripts',
      'content_security_policy',
      // The interface strings are localised (locales/*.yml → _locales/); French is the default.
      'default_locale',
      'description',
      'host_permissions',
      'icons',
      'manifest_version',
      'name',
      'optional_host_permissions',
      'permissions',
      'storage',
      'version',
    ].sort(),
  );
});

test('Firefox MV2: the same permissions, an add-on id, no data collection, nothing exposed', () => {
  const manifest = read('firefox-mv2');
  expect(manifest.manifest_version).toBe(2);
  expect(securityView(manifest)).toStrictEqual({
    permissions: [...PERMISSIONS, ...GUIDED], // MV2 lists hosts among the permissions
    host_permissions: undefined,
    optional_permissions: ALL_SITES,
    optional_host_permissions: undefined,
    content_security_policy: CSP,
    content_scripts: COACH,
    web_accessible_resources: undefined,
    externally_connectable: undefined,
  });
  expect(manifest.browser_specific_settings).toEqual({
    gecko: {
      id: 'coup-de-pouce@emmaus-connect.example',
      strict_min_version: '128.0',
      data_collection_permissions: { required: ['none'] },
    },
  });
  expect(Object.keys(manifest).sort()).toEqual(
    [
      'background',
      'browser_action',
      'browser_specific_settings',
      'content_scripts',
      'content_security_policy',
      // The interface strings are localised (locales/*.yml → _locales/); French is the default.
      'default_locale',
      'description',
      'icons',
      'manifest_version',
      'name',
      'optional_permissions',
      'permissions',
      'version',
    ].sort(),
  );
});

test('the toolbar button: Firefox puts it on the toolbar itself; Chrome and Edge leave it to the policy', () => {
  // Chrome and Edge have no manifest key for this: `toolbar_pin` in ExtensionSettings does it.
  expect(read('firefox-mv2').browser_action).toMatchObject({ default_area: 'navbar' });
  expect(read('chrome-mv3').action).not.toHaveProperty('default_area');
});
