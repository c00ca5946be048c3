// Bundles ./in-page.ts (with the real src/locate) into one script for the page, and calls it by
// name with JSON arguments. Calls go as expression strings because functions compiled by tsx may
// carry helpers that do not exist in the page.
import { build } from 'esbuild';
import type { Page } from '@playwright/test';
import type { BenchApi } from './in-page';

export async function bundleHarness(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('./in-page.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output for the page harness');
  return file.text;
}

/** Calls `window.__bench[name](...args)` in the page and returns its (awaited) result. */
export async function inPage<K extends keyof BenchApi>(
  page: Page,
  name: K,
  ...args: Parameters<BenchApi[K]>
): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  const call = `window.__bench.${name}(...${JSON.stringify(args)})`;
  return page.evaluate<Awaited<ReturnType<BenchApi[K]>>>(call);
}
