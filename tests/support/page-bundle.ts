// Bundles a page-side entry file (TypeScript importing src/ rooms) into one script that Node
// can inject into replica pages: the drift benchmark and `guides:check` run the real locator there.
import { build } from 'esbuild';

export async function pageBundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced no page bundle for ${entry}`);
  return file.text;
}
