// Session report entry: composition only. Reads the session journal and the coach's help records
// from session storage, builds the report (src/session) and renders it (src/ui), in French.
import catalogue from 'virtual:guide-catalogue';
import officialDomains from 'virtual:official-domains';
import { mountCounsellorPage } from '../../src/page';
import { buildReport } from '../../src/session';
import { readDiagnostics, readJournal } from '../../src/storage';
import { SessionReportView } from '../../src/ui';

const serviceName = (id: string) => officialDomains.services.find((s) => s.id === id)?.site ?? id;

async function main() {
  const report = buildReport(await readJournal(), await readDiagnostics(), catalogue.guides, catalogue.rules);
  const app = document.getElementById('app');
  if (app)
    await mountCounsellorPage(app, () => (
      <SessionReportView report={report} serviceName={serviceName} print={() => window.print()} />
    ));
}
void main();
