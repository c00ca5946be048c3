// The background's genuine-site check on every top-frame navigation: judge the address, and send
// the tab to the warning page when it imitates a service, unless the learner already chose
// « Continuer quand même » for that site in this browser session. Browser APIs come in as callbacks.
import { judgeSite, siteKey } from './judge';
import type { OfficialDomains } from './types';

export interface NavigationGuardDeps {
  domains: OfficialDomains;
  /** True when the learner allowed this site (registrable domain, or one free host's subdomain) earlier in the session. */
  isAllowed: (site: string) => Promise<boolean>;
  /** The warning page's address for a blocked address and the service it imitates. */
  warningPage: (blockedUrl: string, serviceId: string) => string;
  redirect: (tabId: number, url: string) => Promise<unknown>;
  /** The warning was shown instead of an address imitating this service (for the counsellor's report). */
  onWarned?: (serviceId: string) => Promise<unknown>;
}

export interface NavigationDetails {
  tabId: number;
  frameId: number;
  url: string;
}

/** Returns the listener; it resolves to true when it sent the tab to the warning page. */
export function createNavigationGuard(deps: NavigationGuardDeps): (details: NavigationDetails) => Promise<boolean> {
  return async ({ tabId, frameId, url }) => {
    if (frameId !== 0 || tabId < 0) return false;
    const verdict = judgeSite(url, deps.domains);
    if (verdict.kind !== 'lookalike') return false;
    const site = siteKey(url, deps.domains);
    if (site === undefined || (await deps.isAllowed(site))) return false;
    await deps.redirect(tabId, deps.warningPage(url, verdict.service));
    await deps.onWarned?.(verdict.service);
    return true;
  };
}

/** The query the warning page is opened with; the page re-judges `url` and trusts nothing else. */
export function warningQuery(blockedUrl: string, serviceId: string): string {
  return new URLSearchParams({ url: blockedUrl, service: serviceId }).toString();
}
