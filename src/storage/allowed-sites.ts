// Lists of site names kept for the browser session only: the sites the learner chose « Continuer
// quand même » for on the genuine-site warning, and the sites visited (for the logout reminder of
// « Terminer ma session »). Validated on read: only plain lower-case host names survive.

/** Most sites one session may allow; the oldest are forgotten first. */
export const MAX_ALLOWED_SITES = 50;
const SITE = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/;

/** Keeps the valid, distinct site names of a stored value, newest last. */
export function repairAllowedSites(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const sites = raw.filter((site): site is string => typeof site === 'string' && SITE.test(site));
  return [...new Set(sites)].slice(-MAX_ALLOWED_SITES);
}

/** The list with `site` added (or moved to the end); unchanged when `site` is not a site name. */
export function addAllowedSite(sites: readonly string[], site: string): string[] {
  if (!SITE.test(site)) return [...sites];
  return repairAllowedSites([...sites.filter((s) => s !== site), site]);
}
