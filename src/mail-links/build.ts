// The mail-link check, build side (Node only): read and validate data/mail-sites.yaml, and the
// Vite plugin serving it. Never imported by extension code.
export { loadMailSites, mailMatchPatterns, parseMailSites, MAIL_SITES_FILE, type MailSitesResult } from './sites-file';
export { mailSitesPlugin } from './vite-plugin';
