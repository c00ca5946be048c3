// Background service worker: composition only. Wires the catalogue, the session service, storage
// and the message listener; listeners are registered synchronously at top level (MV3).
import catalogue from 'virtual:guide-catalogue';
import officialDomains from 'virtual:official-domains';
import mailSites from 'virtual:mail-sites';
import { createRequestListener, type Request, type Response } from '../src/messaging';
import {
  createUpdateGate,
  raiseHidden,
  SessionService,
  showProgress,
  type BadgePort,
  type SessionCommand,
  type Snapshot,
} from '../src/session';
import { createNavigationGuard, rulesFor, warningQuery } from '../src/risk';
import { ALL_SITES, createSecretsSync, SECRETS_SCRIPT_ID } from '../src/secrets';
// Deep import: the policy needs the genuine-site check (tldts), which the page side must not load.
import { codeRequest, watchedSecrets } from '../src/secrets/policy';
import { explainLink, judgeLink } from '../src/mail-links';
import { matchAnyUrlPattern } from '../src/shared';
import {
  isSiteAllowed,
  isUpdatePending,
  readCodeExpected,
  readSessions,
  recordDiagnostic,
  setUpdatePending,
  writeCodeExpected,
  writeSessions,
} from '../src/storage';

// The toolbar badge (trusted UI): `action` in Chrome MV3, `browserAction` in Firefox MV2. A tab
// may close at any moment, so failures are ignored.
const action = browser.action ?? browser.browserAction;
const badge: BadgePort = {
  text: (tabId) => action.getBadgeText({ tabId }).catch(() => ''),
  async set(tabId, text, color) {
    await Promise.all([action.setBadgeText({ tabId, text }), action.setBadgeBackgroundColor({ tabId, color })]).catch(
      () => undefined,
    );
  },
};

function toCommand(
  request: Exclude<
    Request,
    { type: 'diagnostic/record' | 'coach/hidden' | 'secrets/policy' | 'secrets/code-asked' | 'links/check' }
  >,
): SessionCommand {
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
              : Promise.all([
                  browser.tabs.sendMessage(tab.id, { type: 'session/update', snapshot }).catch(() => undefined),
                  showProgress(badge, tab.id, snapshot),
                ]),
          ),
        );
      },
    },
  );
  // An update waits for the running guides to end (src/session/update-gate.ts).
  const updates = createUpdateGate({
    sessions: readSessions,
    pending: isUpdatePending,
    setPending: setUpdatePending,
    reload: () => browser.runtime.reload(),
  });
  browser.runtime.onUpdateAvailable.addListener(() => void updates.updateAvailable().catch(() => undefined));
  void updates.check().catch(() => undefined);
  const listener = createRequestListener({
    ownId: browser.runtime.id,
    ownOrigin: browser.runtime.getURL('/'),
    guidedHosts: new Set(catalogue.hosts),
    async handle(request, context): Promise<Response> {
      // Any site may ask what its secrets check watches; the answer is about its own address only.
      if (request.type === 'secrets/policy') {
        const asked = await readCodeExpected();
        return { ok: true, snapshot: null, secrets: watchedSecrets(context.url ?? '', officialDomains, asked) };
      }
      // A genuine service's page asks for a one-time code: note where and when (never the code).
      if (request.type === 'secrets/code-asked') {
        const asked = codeRequest(context.url ?? '', officialDomains, Date.now());
        if (asked) await writeCodeExpected(asked);
        return { ok: true, snapshot: null };
      }
      // Links of an opened message, from the webmails of data/mail-sites.yaml only.
      if (request.type === 'links/check') {
        const url = context.url ?? '';
        if (!mailSites.sites.some((site) => matchAnyUrlPattern(site.matches, url)))
          return { ok: false, error: 'not a webmail' };
        const links = request.links.map(
          (link) => explainLink(judgeLink(link, officialDomains), officialDomains) ?? null,
        );
        return { ok: true, snapshot: null, links };
      }
      if (context.windowId === undefined) return { ok: false, error: 'no window' };
      const { tabId } = context;
      if (request.type === 'coach/hidden') {
        const snapshot = await service.run(context.windowId, { type: 'get' });
        if (tabId !== undefined) await raiseHidden(badge, tabId, snapshot);
        return { ok: true, snapshot };
      }
      if (request.type === 'diagnostic/record') {
        const { type: _, ...fields } = request;
        await recordDiagnostic({ at: Date.now(), ...fields });
        return { ok: true, snapshot: await service.run(context.windowId, { type: 'get' }) };
      }
      // Only the tab the learner looks at may move the guide by resync or skip a step.
      const moves = request.type === 'session/jump' || request.type === 'session/skip';
      const command = moves && !context.fromActiveTab ? { type: 'get' as const } : toCommand(request);
      const snapshot = await service.run(context.windowId, command);
      if (command.type === 'quit' || command.type === 'step-done') void updates.check().catch(() => undefined);
      // A page load clears its tab's badge: each page of a guided site asks for the session first.
      if (tabId !== undefined) await showProgress(badge, tabId, snapshot);
      // A guided page asking where the learner is also gets the risk rules of its address.
      if (request.type === 'session/get' && context.url)
        return { ok: true, snapshot, rules: rulesFor(catalogue.rules, context.url) };
      return { ok: true, snapshot };
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
  // Genuine-site check on every top-frame navigation (and where a redirect lands): an address
  // imitating a public service opens the warning page, which the site cannot draw over.
  const checkSite = createNavigationGuard({
    domains: officialDomains,
    isAllowed: isSiteAllowed,
    warningPage: (url, service) => `${browser.runtime.getURL('/warning.html')}?${warningQuery(url, service)}`,
    redirect: (tabId, url) => browser.tabs.update(tabId, { url }),
  });
  const onNavigation = (details: { tabId: number; frameId: number; url: string }) => {
    void checkSite(details).catch(() => undefined);
  };
  browser.webNavigation.onBeforeNavigate.addListener(onNavigation);
  browser.webNavigation.onCommitted.addListener(onNavigation);

  // Secrets on the wrong site: a content script on every site, only while the optional « all
  // sites » permission is granted (asked from the popup, or granted by the administrator).
  const syncSecrets = createSecretsSync({
    granted: () => browser.permissions.contains({ origins: ALL_SITES }),
    async registered() {
      return (await browser.scripting.getRegisteredContentScripts()).map((script) => script.id);
    },
    register: () =>
      browser.scripting.registerContentScripts([
        {
          id: SECRETS_SCRIPT_ID,
          js: ['secrets.js'],
          matches: ALL_SITES,
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]),
    unregister: () => browser.scripting.unregisterContentScripts({ ids: [SECRETS_SCRIPT_ID] }),
  });
  browser.permissions.onAdded.addListener(() => void syncSecrets());
  browser.permissions.onRemoved.addListener(() => void syncSecrets());
  void syncSecrets();
});
