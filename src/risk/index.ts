// Is this site risky? The genuine-site check, runtime side: judge an address against the official
// domains and guard navigations (the warning page says why: src/ui/warning-reasons.ts). The data
// comes from `virtual:official-domains` (built by ./build.ts from data/official-domains.yaml).
export { judgeSite, maxTypoDistance, siteKey } from './judge';
export { rulesFor } from './rules';
// The page-side guard (./guard.ts) is imported directly by the content script: this index also
// brings the genuine-site check and its Public Suffix List, which the page must not load.
export {
  createNavigationGuard,
  warningQuery,
  type NavigationDetails,
  type NavigationGuardDeps,
} from './navigation-guard';
export {
  REASON_KINDS,
  type IgnoredWhy,
  type OfficialDomains,
  type OfficialService,
  type PaidPattern,
  type Reason,
  type ReasonKind,
  type SiteVerdict,
} from './types';
