// Warning page entry: composition only. Re-judges the blocked address from the query itself (the
// query's service id is never trusted), shows the warning, and on the learner's second
// confirmation allows the site for this session and goes there. The learner's choice is noted for
// the counsellor's report (the service's id and the choice, nothing else).
import officialDomains from 'virtual:official-domains';
import { render } from 'solid-js/web';
import { explainReasons, judgeSite, siteKey } from '../../src/risk';
import { allowSite } from '../../src/storage';
import type { Request } from '../../src/messaging';
import { SiteWarning, type WarningView } from '../../src/ui';

const blocked = new URLSearchParams(location.search).get('url') ?? '';
const verdict = judgeSite(blocked, officialDomains);

function viewOf(): WarningView {
  if (verdict.kind !== 'lookalike') return { kind: 'nothing' };
  const service = officialDomains.services.find((s) => s.id === verdict.service);
  const site = siteKey(blocked);
  if (!service || !site) return { kind: 'nothing' };
  return {
    kind: 'warning',
    site: service.site,
    genuineUrl: service.start,
    address: new URL(blocked).hostname,
    reasons: explainReasons(verdict.reasons, site),
  };
}

async function note(choice: 'continue' | 'genuine'): Promise<void> {
  if (verdict.kind !== 'lookalike') return;
  const request: Request = { type: 'warning/choice', service: verdict.service, choice };
  await browser.runtime.sendMessage(request).catch(() => undefined);
}

async function continueAnyway(): Promise<void> {
  const site = siteKey(blocked);
  // Only an address judged here as http(s) is ever opened from this page.
  if (verdict.kind !== 'lookalike' || !site) return;
  await allowSite(site);
  await note('continue');
  location.replace(blocked);
}

const app = document.getElementById('app');
if (app)
  render(() => <SiteWarning view={viewOf()} onContinue={continueAnyway} onGenuine={() => note('genuine')} />, app);
