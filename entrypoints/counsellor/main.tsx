// Counsellor page entry: composition only. The catalogue, the PIN record and its wait in storage,
// the report page, and the background's help signal; in French, whatever the learner chose.
import catalogue from 'virtual:guide-catalogue';
import type { Request, Response } from '../../src/messaging';
import { mountCounsellorPage } from '../../src/page';
import { readPinLock, readPinRecord, writePinLock, writePinRecord } from '../../src/storage';
import { CounsellorSpace } from '../../src/ui';

async function send(request: Request): Promise<Response> {
  const response: Response = await browser.runtime.sendMessage(request);
  return response;
}

const app = document.getElementById('app');
if (app)
  void mountCounsellorPage(app, () => (
    <CounsellorSpace
      catalogue={catalogue}
      pins={{ read: readPinRecord, write: writePinRecord, readLock: readPinLock, writeLock: writePinLock }}
      now={Date.now}
      openReport={() => void browser.tabs.create({ url: browser.runtime.getURL('/report.html') })}
      clearHelp={() => send({ type: 'help/clear' }).then(() => undefined)}
      print={() => window.print()}
    />
  ));
