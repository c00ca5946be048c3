// Launches Chromium with the built extension loaded (a persistent context is the only way
// extensions load) and the replicas served. Used by the browser tests and by `npm start`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { findChromium, NO_CHROMIUM } from './chromium';
import { serveReplicas } from './replicas';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
/** The same extension built with the optional « all sites » permission granted at install
 * (`npm run build:all-sites`): Playwright cannot answer the browser's permission prompt. */
export const ALL_SITES_EXTENSION_DIR = join(ROOT, '.output-all-sites', 'chrome-mv3');

/** Flags for Chromium on these machines: no sandbox as root, no GPU, and no background traffic
 * (the network is closed; Chromium's own connections would be refused many at a time). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--lang=fr-FR',
];

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close: () => Promise<void>;
}

export async function launchWithExtension(options: {
  headless: boolean;
  downloadsPath?: string;
  /** Playwright turns Chromium's back/forward cache off by default; a test of it turns it back on. */
  backForwardCache?: boolean;
  /** Another build of the extension (default: EXTENSION_DIR). */
  extensionDir?: string;
  /** Serve the replicas (default); false lets pages load from the network (`guides:check --live`). */
  replicas?: boolean;
  /** Serve this replica variant's pages first (`<site>/<variant>`, see tests/support/replicas.ts). */
  variant?: string;
}): Promise<Launched> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM);
  const userDataDir = mkdtempSync(join(tmpdir(), 'coup-de-pouce-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless,
    viewport: { width: 1280, height: 860 },
    locale: 'fr-FR',
    acceptDownloads: true,
    ...(options.downloadsPath ? { downloadsPath: options.downloadsPath } : {}),
    ...(options.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_ARGS],
  });
  if (options.replicas !== false) await serveReplicas(context, options.variant);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
