// Unit tests (vitest): pure logic and small DOMs in happy-dom; browser behaviour is tested in
// tests/e2e with the built extension in Chromium instead.
import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), solid()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'happy-dom',
    restoreMocks: true,
    // A few tests compile every guide or run a property check over many inputs: on two busy cores
    // they take more than vitest's default 5 s. This is a hang guard, not a speed check.
    testTimeout: 30_000,
  },
});
