// Popup entry: composition only. Renders the guide picker with the compiled catalogue and a
// client that talks to the background for the popup's own window.
import catalogue from 'virtual:guide-catalogue';
import { render } from 'solid-js/web';
import type { Request, Response } from '../../src/messaging';
import { GuidePicker } from '../../src/ui';

async function send(request: Request): Promise<Response> {
  const response: Response = await browser.runtime.sendMessage(request);
  return response;
}

async function currentTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { windowId: tab?.windowId ?? (await browser.windows.getCurrent()).id, url: tab?.url };
}

// Opened as a tab (keyboard users, tests), the page must stay: the background may navigate it.
async function close() {
  if (!(await browser.tabs.getCurrent())) window.close();
}

const app = document.getElementById('app');
if (app)
  render(
    () => <GuidePicker catalogue={catalogue} currentTab={currentTab} send={send} close={() => void close()} />,
    app,
  );
