// Warning page entry: composition only. Re-judges the blocked address from the query itself (the
// query's service id is never trusted), shows the warning in the learner's language and display,
// and on the learner's second confirmation allows the site for this session and goes there. The
// choice is noted for the counsellor's report (the service's id and the choice, nothing else).
import officialDomains from 'virtual:official-domains';
import { judgeSite, siteKey } from '../../src/risk';
import { allowSite } from '../../src/storage';
import type { Request } from '../../src/messaging';
import { mountLearnerPage } from '../../src/page';
import { readPolicy } from '../../src/policy';
import { SiteWarning, type WarningView } from '../../src/ui';

const blocked = new URLSearchParams(location.search).get('url') ?? '';
const verdict = judgeSite(blocked, officialDomains);

function viewOf(): WarningView {
  if (verdict.kind !== 'lookalike') return { kind: 'nothing' };
  const service = officialDomains.services.find((s) => s.id === verdict.service);
  const site = siteKey(blocked, officialDomains);
  if (!service || !site) return { kind: 'nothing' };
  return {
    kind: 'warning',
    site: service.site,
    genuineUrl: service.start,
    address: new URL(blocked).hostname,
    reasons: verdict.reasons,
    domain: site,
  };
}

async function note(choice: 'continue' | 'genuine'): Promise<void> {
  if (verdict.kind !== 'lookalike') return;
  const request: Request = { type: 'warning/choice', service: verdict.service, choice };
  await browser.runtime.sendMessage(request).catch(() => undefined);
}

async function continueAnyway(): Promise<void> {
  const site = siteKey(blocked, officialDomains);
  // Only an address judged here as http(s) is ever opened from this page.
  if (verdict.kind !== 'lookalike' || !site) return;
  await allowSite(site);
  await note('continue');
  location.replace(blocked);
}

async function main(app: HTMLElement) {
  const { policy } = await readPolicy();
  await mountLearnerPage(app, policy.defaultLanguage, () => (
    <SiteWarning view={viewOf()} onContinue={continueAnyway} onGenuine={() => note('genuine')} />
  ));
}

const app = document.getElementById('app');
if (app) void main(app);
