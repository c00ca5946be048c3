// WXT build configuration: Chrome MV3 and Firefox builds, Solid, the webextension-polyfill, and
// the guide catalogue compiled at build time (a broken guide fails the build, located).
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { getDomain } from 'tldts';
import {
  buildCatalogue,
  checkGuidedHosts,
  formatGuideError,
  guideCataloguePlugin,
  guidedMatchPatterns,
  loadGuidedHosts,
  officialHostJudge,
} from './src/guide/build';
import { loadMailSites, mailMatchPatterns, mailSitesPlugin } from './src/mail-links/build';
import { loadOfficialDomains, officialDomainsPlugin } from './src/risk/build';
import { ALL_SITES } from './src/secrets/registration';

const root = import.meta.dirname;

function guidedSites(): string[] {
  const result = buildCatalogue(root);
  if (!result.ok) throw new Error(`Broken guide(s):\n${result.errors.map(formatGuideError).join('\n')}`);
  // Every guided host is an official host of its service, or allowed with a source (data/guided-hosts.yaml).
  const official = loadOfficialDomains(root);
  const allowed = loadGuidedHosts(root);
  const errors = [
    ...(official.ok ? [] : official.errors),
    ...(allowed.ok ? [] : allowed.errors),
    ...(official.ok && allowed.ok
      ? checkGuidedHosts(root, result.catalogue, officialHostJudge(official.data.services, getDomain), allowed.data)
      : []),
  ];
  if (errors.length) throw new Error(`Guided host(s) not official:\n${errors.map(formatGuideError).join('\n')}`);
  return guidedMatchPatterns(result.catalogue);
}

export default defineConfig({
  // COUP_DE_POUCE_NO_POLYFILL=1 is only for `npm run bench:size`, to measure what the polyfill costs.
  modules: [
    '@wxt-dev/module-solid',
    // Interface strings: locales/*.yml → _locales/<lang>/messages.json, keys typed from fr.yml.
    '@wxt-dev/i18n/module',
    ...(process.env.COUP_DE_POUCE_NO_POLYFILL === '1' ? [] : ['@wxt-dev/webextension-polyfill']),
  ],
  outDir: process.env.COUP_DE_POUCE_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    // downloads: « Terminer ma session » deletes the files downloaded during the session (a CAF
    // certificate left on a public PC is personal data). browsingData: the wipe removes cookies,
    // site storage, history, form data (src/kiosk/removal.ts). sessions: it checks that no closed
    // tab can be reopened (Firefox: forgets them). idle and alarms: the kiosk inactivity wipe.
    permissions: ['storage', 'webNavigation', 'scripting', 'downloads', 'alarms', 'browsingData', 'sessions', 'idle'],
    // The secrets check on every site is optional: asked from the popup (src/secrets).
    // COUP_DE_POUCE_GRANT_ALL_SITES=1 (browser tests only: Playwright cannot answer the
    // browser's permission prompt) builds it as granted at install, into its own folder.
    host_permissions: [...guidedSites(), ...(process.env.COUP_DE_POUCE_GRANT_ALL_SITES === '1' ? ALL_SITES : [])],
    // Firefox MV2 has no optional_host_permissions: origins go in optional_permissions.
    ...(browser === 'firefox' ? { optional_permissions: ALL_SITES } : { optional_host_permissions: ALL_SITES }),
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'" },
    // The administrator's policy (src/policy): Chrome and Edge need its schema; Firefox reads
    // 3rdparty policies without one.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'coup-de-pouce@emmaus-connect.example',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The coach's content script runs exactly on the hosts the guides visit (site knowledge is data);
    // the mail-link check only on the webmails of data/mail-sites.yaml (a script of its own, to
    // keep coach.js within its size budget and to run on no other site).
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: guidedSites(), js: ['coach.js'], run_at: 'document_idle' },
        { matches: mailMatchPatterns(loadMailSites(root).data), js: ['mail-links.js'], run_at: 'document_idle' },
      ];
    },
  },
  vite: () => ({
    plugins: [
      guideCataloguePlugin(resolve(root)),
      officialDomainsPlugin(resolve(root)),
      mailSitesPlugin(resolve(root)),
    ],
    // COUP_DE_POUCE_TEST_POLICY=1 (browser tests only, with build:all-sites): the policy can be
    // injected through storage.local (src/policy/source.ts); any other build drops that code.
    define: {
      'import.meta.env.COUP_DE_POUCE_TEST_POLICY': JSON.stringify(
        process.env.COUP_DE_POUCE_TEST_POLICY === '1' ? '1' : '',
      ),
    },
    build: { sourcemap: process.env.COUP_DE_POUCE_SOURCEMAP === '1' },
  }),
  zip: { excludeSources: ['out/**', 'test-results/**', 'tests/**'] },
});
