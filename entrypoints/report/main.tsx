// Session report entry: composition only. Behind the counsellor's lock (opened by its address
// without the unlock, it shows the PIN entry), reads the session journal and the coach's help
// records from session storage, builds the report (src/session) and renders it (src/ui), in French.
import catalogue from 'virtual:guide-catalogue';
import officialDomains from 'virtual:official-domains';
import { createResource, Show } from 'solid-js';
import type { Request, Response } from '../../src/messaging';
import { lockPort, mountCounsellorPage } from '../../src/page';
import { buildReport } from '../../src/session';
import { readDiagnostics, readJournal } from '../../src/storage';
import { LockedReport, SessionReportView } from '../../src/ui';

const serviceName = (id: string) => officialDomains.services.find((s) => s.id === id)?.site ?? id;

async function send(request: Request): Promise<Response> {
  const response: Response = await browser.runtime.sendMessage(request);
  return response;
}

/** Read only once unlocked, and again at each new unlock. */
function Report() {
  const [report] = createResource(async () =>
    buildReport(await readJournal(), await readDiagnostics(), catalogue.guides, catalogue.rules),
  );
  return (
    <Show when={report()}>
      {(r) => <SessionReportView report={r()} serviceName={serviceName} print={() => window.print()} />}
    </Show>
  );
}

const app = document.getElementById('app');
if (app)
  void mountCounsellorPage(app, () => (
    <LockedReport lock={lockPort(send)}>
      <Report />
    </LockedReport>
  ));
