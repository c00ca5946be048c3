// Type of the build-time virtual module that holds the validated official-domain list
// (served by src/risk/vite-plugin.ts from data/official-domains.yaml).
declare module 'virtual:official-domains' {
  // Ambient module declarations cannot use relative imports, hence the import() type.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const domains: import('./types').OfficialDomains;
  export default domains;
}
