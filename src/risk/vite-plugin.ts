// Build-time: a Vite plugin that serves `virtual:official-domains` (the validated official-domain
// list as JSON) and fails the build with every located error when the data file is broken.
import type { Plugin } from 'vite';
import { formatGuideError } from '../guide/build';
import { loadOfficialDomains } from './domains-file';

const ID = 'virtual:official-domains';
const RESOLVED = `\0${ID}`;

export function officialDomainsPlugin(rootDir: string): Plugin {
  return {
    name: 'coup-de-pouce:official-domains',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const result = loadOfficialDomains(rootDir);
      this.addWatchFile(result.path);
      if (!result.ok) {
        this.error(`Broken official-domain list:\n${result.errors.map(formatGuideError).join('\n')}`);
      }
      // Sources are for people reading the file; the extension does not need them.
      const data = { ...result.data, services: result.data.services.map((s) => ({ ...s, sources: [] })) };
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}
