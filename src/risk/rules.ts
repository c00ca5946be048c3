// The built-in risk rules at run time: which rules apply to a page. The rules themselves are data
// (data/risk-rules.yaml), compiled and checked at build time with the guides.
import type { RiskRule } from '../guide';
import { matchAnyUrlPattern } from '../shared/url-pattern';

/** The rules whose pages include this address. */
export function rulesFor(rules: readonly RiskRule[], url: string): RiskRule[] {
  return rules.filter((rule) => matchAnyUrlPattern(rule.page, url));
}
