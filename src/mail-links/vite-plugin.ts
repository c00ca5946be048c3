// Build-time: a Vite plugin that serves `virtual:mail-sites` (the validated data/mail-sites.yaml
// as JSON); a broken file fails the build with its located errors.
import type { Plugin } from 'vite';
import { loadMailSites } from './sites-file';

const ID = 'virtual:mail-sites';
const RESOLVED = `\0${ID}`;

export function mailSitesPlugin(rootDir: string): Plugin {
  return {
    name: 'coup-de-pouce:mail-sites',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const { data, path } = loadMailSites(rootDir);
      this.addWatchFile(path);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}
