// Counsellor page entry: composition only. The catalogue, the counsellor's lock (the background
// verifies the PIN), the policy's notices, the report page, and the background's help signal; in
// French, whatever the learner chose.
import catalogue from 'virtual:guide-catalogue';
import type { Request, Response } from '../../src/messaging';
import { closeSpace, lockPort, mountCounsellorPage } from '../../src/page';
import { readPolicy } from '../../src/policy';
import { CounsellorSpace } from '../../src/ui';

async function send(request: Request): Promise<Response> {
  const response: Response = await browser.runtime.sendMessage(request);
  return response;
}

async function main(app: HTMLElement) {
  const { notices } = await readPolicy(new Set(catalogue.guides.map((guide) => guide.id)));
  await mountCounsellorPage(app, () => (
    <CounsellorSpace
      catalogue={catalogue}
      lock={lockPort(send)}
      closeSpace={() => closeSpace(send)}
      notices={notices}
      openReport={() => void browser.tabs.create({ url: browser.runtime.getURL('/report.html') })}
      clearHelp={() => send({ type: 'help/clear' }).then(() => undefined)}
      print={() => window.print()}
    />
  ));
}

const app = document.getElementById('app');
if (app) void main(app);
