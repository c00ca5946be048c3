// Build-time: a Vite plugin that serves `virtual:guide-catalogue` (the compiled catalogue as
// JSON) and fails the build with every located guide error when a guide is broken.
import type { Plugin } from 'vite';
import { buildCatalogue } from './catalogue';
import { formatGuideError } from './errors';

const ID = 'virtual:guide-catalogue';
const RESOLVED = `\0${ID}`;

export function guideCataloguePlugin(rootDir: string): Plugin {
  return {
    name: 'coup-de-pouce:guide-catalogue',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const result = buildCatalogue(rootDir);
      for (const file of result.files) this.addWatchFile(file);
      if (!result.ok) {
        this.error(`Broken guide(s):\n${result.errors.map(formatGuideError).join('\n')}`);
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.catalogue))});`;
    },
  };
}
