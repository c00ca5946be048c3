// Serves the replica pages at their real https:// URLs inside a browser context, and aborts
// every other request: tests and the practice run never touch the live sites. Each site folder
// says where its pages live in its own routes.yaml.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Route } from '@playwright/test';
import { parse } from 'yaml';
import { z } from 'zod';

export const SITES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'sites');

const ReplySchema = z.union([
  z
    .object({ file: z.string(), type: z.string().optional(), headers: z.record(z.string(), z.string()).optional() })
    .strict(),
  /** `client`: redirect with a tiny page instead of HTTP 302, where Playwright does not follow
   * a fulfilled 302 to another host (seen for candidat → authentification-candidat). */
  z.object({ redirect: z.string().url(), client: z.boolean().optional() }).strict(),
]);
type Reply = z.infer<typeof ReplySchema>;

/** One site's routes file: `tests/fixtures/sites/<site>/routes.yaml`. Files are relative to the site's folder. */
const RoutesSchema = z
  .object({
    pages: z.record(z.string().url(), ReplySchema).default({}),
    prefixes: z.record(z.string().url(), ReplySchema).default({}),
  })
  .strict();

/** Every site folder's routes, read once; a malformed file stops the tests with its name. */
function loadRoutes(): { pages: Map<string, Reply>; prefixes: [string, Reply][] } {
  const pages = new Map<string, Reply>();
  const prefixes: [string, Reply][] = [];
  for (const site of readdirSync(SITES_DIR).sort()) {
    const file = join(SITES_DIR, site, 'routes.yaml');
    if (!existsSync(file)) continue;
    const parsed = RoutesSchema.safeParse(parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
    const local = (reply: Reply): Reply => ('file' in reply ? { ...reply, file: join(site, reply.file) } : reply);
    for (const [url, reply] of Object.entries(parsed.data.pages)) {
      if (pages.has(url)) throw new Error(`${file}: ${url} is already served by another site folder`);
      pages.set(url, local(reply));
    }
    for (const [url, reply] of Object.entries(parsed.data.prefixes)) prefixes.push([url, local(reply)]);
  }
  return { pages, prefixes };
}

const ROUTES = loadRoutes();

export function replicaFor(url: string): Reply | undefined {
  const bare = url.split('#')[0] ?? url;
  return ROUTES.pages.get(bare) ?? ROUTES.prefixes.find(([prefix]) => bare.startsWith(prefix))?.[1];
}

/** Every replica page URL (for checks that each is reachable). */
export const REPLICA_URLS = [...ROUTES.pages.keys()];

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
