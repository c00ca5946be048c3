// Background service worker: composition only. Wires the catalogue, the session service, storage
// and the message listener; listeners are registered synchronously at top level (MV3).
import catalogue from 'virtual:guide-catalogue';
import { createRequestListener, type Request, type Response } from '../src/messaging';
import { SessionService, type SessionCommand, type Snapshot } from '../src/session';
import { readSessions, recordDiagnostic, writeSessions } from '../src/storage';

function toCommand(request: Exclude<Request, { type: 'diagnostic/record' }>): SessionCommand {
  switch (request.type) {
    case 'session/get':
      return { type: 'get' };
    case 'session/start':
      return { type: 'start', guideId: request.guideId, level: request.level };
    case 'session/step-done':
      return { type: 'step-done', guideId: request.guideId, stepId: request.stepId };
    case 'session/back':
      return { type: 'back' };
    case 'session/restart':
      return { type: 'restart' };
    case 'session/jump':
    case 'session/skip':
      return {
        type: request.type === 'session/jump' ? 'jump' : 'skip',
        guideId: request.guideId,
        stepId: request.stepId,
      };
    case 'session/quit':
      return { type: 'quit' };
    case 'session/resume':
      return { type: 'resume' };
  }
}

export default defineBackground(() => {
  const service = new SessionService(
    catalogue,
    { read: readSessions, write: writeSessions },
    {
      async activeTab(windowId) {
        const [tab] = await browser.tabs.query({ active: true, windowId });
        return tab?.id === undefined ? undefined : { id: tab.id, ...(tab.url ? { url: tab.url } : {}) };
      },
      async navigate(tabId, url) {
        await browser.tabs.update(tabId, { url });
      },
      async broadcast(windowId, snapshot: Snapshot | null) {
        const tabs = await browser.tabs.query({ windowId });
        await Promise.all(
          tabs.map((tab) =>
            tab.id === undefined
              ? Promise.resolve()
              : browser.tabs.sendMessage(tab.id, { type: 'session/update', snapshot }).catch(() => undefined),
          ),
        );
      },
    },
  );
  const listener = createRequestListener({
    ownId: browser.runtime.id,
    ownOrigin: browser.runtime.getURL('/'),
    guidedHosts: new Set(catalogue.guides.flatMap((guide) => guide.hosts)),
    async handle(request, context): Promise<Response> {
      if (context.windowId === undefined) return { ok: false, error: 'no window' };
      if (request.type === 'diagnostic/record') {
        const { type: _, ...fields } = request;
        await recordDiagnostic({ at: Date.now(), ...fields });
        return { ok: true, snapshot: await service.run(context.windowId, { type: 'get' }) };
      }
      // Only the tab the learner looks at may move the guide by resync or skip a step.
      const moves = request.type === 'session/jump' || request.type === 'session/skip';
      const command = moves && !context.fromActiveTab ? { type: 'get' as const } : toCommand(request);
      return { ok: true, snapshot: await service.run(context.windowId, command) };
    },
  });
  // The polyfill's contract: a listener answers by returning a Promise (undefined = not ours).
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener(listener);
  // Coach pages keep a port open while a guide runs, only to notice when this extension is
  // reloaded or updated (the port then disconnects). Nothing is sent over it.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== 'coach' || port.sender?.id !== browser.runtime.id) port.disconnect();
  });
});
