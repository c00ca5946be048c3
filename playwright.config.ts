// Browser tests: the built extension in a real Chromium (found by tests/support/chromium.ts),
// replicas served at the real https:// URLs. One worker: each test starts its own browser.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  globalSetup: './tests/support/global-setup.ts',
});
