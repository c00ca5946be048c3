// Which guides the policy lets a learner run (`guidesEnabled`). The background asks it before a
// session starts and before a session link is proposed, so hiding a guide in the popup list is
// not the only barrier.
import type { Policy } from './schema';

/** True when the policy names no list, or names this guide. */
export function isGuideEnabled(policy: Pick<Policy, 'guidesEnabled'>, guideId: string): boolean {
  return policy.guidesEnabled === undefined || policy.guidesEnabled.includes(guideId);
}
