// Type of the build-time virtual module holding the validated mail-site list (served by
// src/mail-links/vite-plugin.ts from data/mail-sites.yaml).
declare module 'virtual:mail-sites' {
  // Ambient module declarations cannot use relative imports, hence the import() type.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const sites: import('./sites').MailSites;
  export default sites;
}
