// Serves the replica pages at their real https:// URLs inside a browser context, and aborts
// every other request: tests and the practice run never touch the live sites. Each site folder
// says where its pages live in its own routes.yaml, and which variants of them exist: where
// sources show two versions of a real page alive at once, each is served as its own variant.
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

const PageMapSchema = z.record(z.string().url(), ReplySchema).default({});

/** A variant: some pages of the site as another live version shows them (`about` names the source). */
const VariantSchema = z.object({ about: z.string().min(1), pages: PageMapSchema, prefixes: PageMapSchema }).strict();

/** One site's routes file: `tests/fixtures/sites/<site>/routes.yaml`. Files are relative to the site's folder. */
const RoutesSchema = z
  .object({
    pages: PageMapSchema,
    prefixes: PageMapSchema,
    variants: z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), VariantSchema).default({}),
  })
  .strict();

interface PageMap {
  pages: Map<string, Reply>;
  prefixes: [string, Reply][];
}

/** A replica variant, named `<site folder>/<variant>` (e.g. `linkedin/candidature-page`). */
export interface ReplicaVariant {
  id: string;
  about: string;
  /** Hosts whose pages the variant replaces or adds. */
  hosts: string[];
  routes: PageMap;
}

const hostOf = (url: string) => new URL(url).host;

/** Every site folder's routes, read once; a malformed file stops the tests with its name. */
function loadRoutes(): PageMap & { variants: ReplicaVariant[] } {
  const pages = new Map<string, Reply>();
  const prefixes: [string, Reply][] = [];
  const variants: ReplicaVariant[] = [];
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
    for (const [name, variant] of Object.entries(parsed.data.variants)) {
      const urls = [...Object.keys(variant.pages), ...Object.keys(variant.prefixes)];
      variants.push({
        id: `${site}/${name}`,
        about: variant.about,
        hosts: [...new Set(urls.map(hostOf))].sort(),
        routes: {
          pages: new Map(Object.entries(variant.pages).map(([url, reply]) => [url, local(reply)])),
          prefixes: Object.entries(variant.prefixes).map(([url, reply]) => [url, local(reply)]),
        },
      });
    }
  }
  return { pages, prefixes, variants };
}

const ROUTES = loadRoutes();

/** Every replica variant, in site order. */
export const REPLICA_VARIANTS: readonly ReplicaVariant[] = ROUTES.variants;

/** The variants that change a page on one of these hosts (a guide's hosts): each is walked too. */
export function variantsFor(hosts: readonly string[]): ReplicaVariant[] {
  return REPLICA_VARIANTS.filter((variant) => variant.hosts.some((host) => hosts.includes(host)));
}

function lookup(map: PageMap, bare: string): Reply | undefined {
  return map.pages.get(bare) ?? map.prefixes.find(([prefix]) => bare.startsWith(prefix))?.[1];
}

/** The reply for a URL: the variant's page first when one is given, else the default replica. */
export function replicaFor(url: string, variant?: string): Reply | undefined {
  const bare = url.split('#')[0] ?? url;
  const chosen = variant === undefined ? undefined : REPLICA_VARIANTS.find((v) => v.id === variant);
  if (variant !== undefined && !chosen) throw new Error(`no replica variant ${variant}`);
  return (chosen && lookup(chosen.routes, bare)) ?? lookup(ROUTES, bare);
}

/** Every replica page URL (for checks that each is reachable). */
export const REPLICA_URLS = [...ROUTES.pages.keys()];

async function serve(route: Route, variant: string | undefined): Promise<void> {
  const url = route.request().url();
  const reply = replicaFor(url, variant);
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

/** Routes every http(s) request of the context to the replicas (of `variant` first, when given);
 * everything else is aborted. */
export async function serveReplicas(context: BrowserContext, variant?: string): Promise<void> {
  if (variant !== undefined) replicaFor('https://example.invalid/', variant);
  await context.route(/^https?:\/\//, (route) => serve(route, variant));
}
