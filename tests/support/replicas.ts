// Serves the replica pages at their real https:// URLs inside a browser context, and aborts
// every other request: tests and the practice run never touch the live sites.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Route } from '@playwright/test';

export const SITES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'sites');

type Reply =
  | { file: string; type?: string; headers?: Record<string, string> }
  /** `client`: redirect with a tiny page instead of HTTP 302, where Playwright does not follow
   * a fulfilled 302 to another host (seen for candidat → authentification-candidat). */
  | { redirect: string; client?: boolean };

/** Exact URLs (without fragment) → replica file, or a redirect. */
const PAGES: Record<string, Reply> = {
  'https://www.caf.fr/': { file: 'caf/accueil.html' },
  // [INF] the home page's relative "Mon Compte" link leads to the Mon Compte app on wwwd.caf.fr.
  'https://www.caf.fr/redirect/s/Redirect?page=monCompte': {
    redirect: 'https://wwwd.caf.fr/redirect/s/Redirect?page=monCompte',
  },
  'https://wwwd.caf.fr/redirect/s/Redirect?page=monCompte': { file: 'caf/connexion.html' },
  'https://wwwd.caf.fr/wps/myportal/caffr/moncompte/tableaudebord': { file: 'caf/tableau-de-bord.html' },
  'https://wwwd.caf.fr/wps/myportal/caffr/moncompte/mesattestations': { file: 'caf/mes-attestations.html' },
  'https://wwwd.caf.fr/redirect/s/Redirect?page=monCompteAttestationPaiement': {
    file: 'caf/attestation-paiement.html',
  },
  'https://validate.perfdrive.com/': { file: 'caf/captcha.html' },
  'https://mail.google.com/mail/u/0/': { file: 'gmail/boite.html' },
  'https://www.francetravail.fr/accueil/': { file: 'france-travail/accueil.html' },
  // [INF] the espace candidat entry sends a logged-out visitor to the login (konnectors/poleemploi).
  'https://candidat.francetravail.fr/espacepersonnel/': {
    redirect: 'https://authentification-candidat.francetravail.fr/connexion/XUI/',
    client: true,
  },
  'https://authentification-candidat.francetravail.fr/connexion/XUI/': { file: 'france-travail/connexion.html' },
  'https://candidat.francetravail.fr/tableaudebord/accueil': { file: 'france-travail/tableau-de-bord.html' },
  'https://candidat.francetravail.fr/actualisation/formulaire': {
    file: 'france-travail/actualisation-formulaire.html',
  },
  'https://candidat.francetravail.fr/actualisation/formulaire?deja=1': {
    file: 'france-travail/actualisation-deja-faite.html',
  },
};

/** URL prefixes → replica file (documents whose URL carries parameters, like the PDF periods). */
const PREFIXES: [string, Reply][] = [
  // The summary and confirmation pages read the answers from their query string.
  [
    'https://candidat.francetravail.fr/actualisation/recapitulatif',
    { file: 'france-travail/actualisation-recapitulatif.html' },
  ],
  [
    'https://candidat.francetravail.fr/actualisation/confirmation',
    { file: 'france-travail/actualisation-confirmation.html' },
  ],
  [
    'https://wwwd.caf.fr/api/attestationsfront/v1/mon_compte/',
    {
      file: 'caf/attestation-paiement-exemple.pdf',
      type: 'application/pdf',
      headers: { 'content-disposition': 'attachment; filename="attestation-paiement.pdf"' },
    },
  ],
];

export function replicaFor(url: string): Reply | undefined {
  const bare = url.split('#')[0] ?? url;
  return PAGES[bare] ?? PREFIXES.find(([prefix]) => bare.startsWith(prefix))?.[1];
}

/** Every replica page URL (for checks that each is reachable). */
export const REPLICA_URLS = Object.keys(PAGES);

async function serve(route: Route): Promise<void> {
  const url = route.request().url();
  const reply = replicaFor(url);
  if (!reply) return route.abort('blockedbyclient');
  if ('redirect' in reply && reply.client) {
    const body = `<!doctype html><title>Redirection</title><script>location.replace(${JSON.stringify(reply.redirect)})</script>`;
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  }
  if ('redirect' in reply) return route.fulfill({ status: 302, headers: { location: reply.redirect } });
  const body = readFileSync(join(SITES_DIR, reply.file));
  return route.fulfill({
    status: 200,
    body,
    contentType: reply.type ?? 'text/html; charset=utf-8',
    ...(reply.headers ? { headers: { 'content-type': reply.type ?? 'text/html', ...reply.headers } } : {}),
  });
}

/** Routes every http(s) request of the context to the replicas; everything else is aborted. */
export async function serveReplicas(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\//, serve);
}
