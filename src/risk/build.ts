// The genuine-site check, build side (Node only): read and validate data/official-domains.yaml,
// and the Vite plugin serving it. Never imported by extension code; runtime code uses ./index.ts.
export {
  loadOfficialDomains,
  parseOfficialDomains,
  OFFICIAL_DOMAINS_FILE,
  type OfficialDomainsResult,
} from './domains-file';
export { officialDomainsPlugin } from './vite-plugin';
