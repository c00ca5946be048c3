// Background service worker: composition only. Wires the catalogue, the session service, storage
// and the message listener, the session links (counsellor mode) and the help signal; listeners
// are registered synchronously at top level (MV3).
import catalogue from 'virtual:guide-catalogue';
import officialDomains from 'virtual:official-domains';
import { parseSessionLink } from '../src/counsellor';
import { createRequestListener, type Request, type RequestContext, type Response } from '../src/messaging';
import {
  HELP_BADGE,
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
import { watchedSecrets } from '../src/secrets/policy';
import {
  isSiteAllowed,
  readHelpSignals,
  readProposal,
  readSessions,
  recordDiagnostic,
  recordJournal,
  writeHelpSignals,
  writeProposal,
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

/** Requests about the counsellor mode and the help signal, not about the session's steps. */
type CounsellorRequest = Extract<
  Request,
  { type: 'help/ask' | 'help/clear' | 'link/get' | 'link/dismiss' | 'warning/choice' }
>;

const COUNSELLOR_REQUESTS: ReadonlySet<Request['type']> = new Set<CounsellorRequest['type']>([
  'help/ask',
  'help/clear',
  'link/get',
  'link/dismiss',
  'warning/choice',
]);

function isCounsellorRequest(request: Request): request is CounsellorRequest {
  return COUNSELLOR_REQUESTS.has(request.type);
}

/** The window's progress on a tab's badge, or « ? » while the learner's help request waits. */
async function showBadge(tabId: number, helpAsked: boolean, snapshot: Snapshot | null): Promise<void> {
  if (helpAsked) await badge.set(tabId, HELP_BADGE, '#c75000');
  else await showProgress(badge, tabId, snapshot);
}

// The help signals as last read or written by this worker. Storage stays the truth (a stopped
// worker reloads it once); the copy only spares a storage read on every page's request, which
// slowed the answers enough to change the order in which a page heard them.
let helpSignals: Promise<number[]> | undefined;

function currentHelpSignals(): Promise<number[]> {
  helpSignals ??= readHelpSignals().catch(() => []);
  return helpSignals;
}

async function setHelpSignals(windowIds: number[]): Promise<void> {
  helpSignals = Promise.resolve(windowIds);
  await writeHelpSignals(windowIds);
}

/** Whether the learner of that window asked for help and no one answered yet. */
async function helpAsked(windowId: number | undefined): Promise<boolean> {
  return windowId !== undefined && (await currentHelpSignals()).includes(windowId);
}

function toCommand(
  request: Exclude<Request, { type: 'diagnostic/record' | 'coach/hidden' | 'secrets/policy' } | CounsellorRequest>,
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
  const service: SessionService = new SessionService(
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
        const [tabs, help] = await Promise.all([browser.tabs.query({ windowId }), helpAsked(windowId)]);
        await Promise.all(
          tabs.map((tab) =>
            tab.id === undefined
              ? Promise.resolve()
              : Promise.all([
                  browser.tabs.sendMessage(tab.id, { type: 'session/update', snapshot }).catch(() => undefined),
                  showBadge(tab.id, help, snapshot),
                ]),
          ),
        );
      },
    },
    Date.now,
    recordJournal,
  );

  /** Shows a window's badge again on all its tabs (after its help signal changed). */
  async function refreshWindowBadges(windowId: number): Promise<void> {
    const [snapshot, tabs, help] = await Promise.all([
      service.run(windowId, { type: 'get' }),
      browser.tabs.query({ windowId }),
      helpAsked(windowId),
    ]);
    await Promise.all(
      tabs.map((tab) => (tab.id === undefined ? Promise.resolve() : showBadge(tab.id, help, snapshot))),
    );
  }

  async function handleCounsellor(request: CounsellorRequest, context: RequestContext): Promise<Response> {
    const windowId = context.windowId;
    if (windowId === undefined) return { ok: false, error: 'no window' };
    const snapshot = await service.run(windowId, { type: 'get' });
    switch (request.type) {
      case 'help/ask': {
        const step = snapshot?.state.status === 'running' ? snapshot.guide.steps[snapshot.state.stepIndex] : undefined;
        await recordJournal([
          {
            kind: 'help',
            at: Date.now(),
            ...(snapshot ? { guideId: snapshot.guide.id } : {}),
            ...(step ? { stepId: step.id } : {}),
          },
        ]);
        await setHelpSignals([...new Set([...(await currentHelpSignals()), windowId])]);
        await refreshWindowBadges(windowId);
        return { ok: true, snapshot, help: true };
      }
      case 'help/clear': {
        // Without a window named (the counsellor's page), every waiting request is answered.
        const signals = await currentHelpSignals();
        const cleared = request.windowId === undefined ? signals : signals.filter((id) => id === windowId);
        await setHelpSignals(signals.filter((id) => !cleared.includes(id)));
        await Promise.all(cleared.map((id) => refreshWindowBadges(id).catch(() => undefined)));
        return { ok: true, snapshot, help: false };
      }
      case 'link/get': {
        const proposal = await readProposal(windowId);
        const help = await helpAsked(windowId);
        if (!proposal) return { ok: true, snapshot, help };
        return {
          ok: true,
          snapshot,
          help,
          proposal:
            proposal.kind === 'proposal'
              ? { kind: 'proposal', guideId: proposal.guideId, level: proposal.level }
              : { kind: 'invalid' },
        };
      }
      case 'link/dismiss':
        await writeProposal(windowId, undefined);
        return { ok: true, snapshot };
      case 'warning/choice':
        await recordJournal([
          { kind: 'site-warning', at: Date.now(), service: request.service, choice: request.choice },
        ]);
        return { ok: true, snapshot };
    }
  }
  const listener = createRequestListener({
    ownId: browser.runtime.id,
    ownOrigin: browser.runtime.getURL('/'),
    guidedHosts: new Set(catalogue.hosts),
    async handle(request, context): Promise<Response> {
      // Any site may ask what its secrets check watches; the answer is about its own address only.
      if (request.type === 'secrets/policy')
        return { ok: true, snapshot: null, secrets: watchedSecrets(context.url ?? '', officialDomains) };
      if (isCounsellorRequest(request)) return handleCounsellor(request, context);
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
      const [snapshot, help] = await Promise.all([service.run(context.windowId, command), helpAsked(context.windowId)]);
      // A session link waits no longer once a guide is started (from it or from the list).
      if (command.type === 'start') await writeProposal(context.windowId, undefined);
      // A page load clears its tab's badge: each page of a guided site asks for the session first.
      if (tabId !== undefined) await showBadge(tabId, help, snapshot);
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
    onWarned: (serviceId) =>
      recordJournal([{ kind: 'site-warning', at: Date.now(), service: serviceId, choice: 'shown' }]),
  });
  const onNavigation = (details: { tabId: number; frameId: number; url: string }) => {
    void checkSite(details).catch(() => undefined);
  };
  browser.webNavigation.onBeforeNavigate.addListener(onNavigation);
  browser.webNavigation.onCommitted.addListener(onNavigation);

  // Session links (counsellor mode): the guide's start page with a #coup-de-pouce=… fragment,
  // typed, scanned or clicked. The fragment names a catalogue guide and a level, nothing else;
  // the learner is only offered it in the popup, where they say yes. A malformed or unknown
  // link leaves a calm message there instead.
  const onLink = (details: { tabId: number; frameId: number; url: string }) => {
    if (details.frameId !== 0 || details.tabId < 0) return;
    const reading = parseSessionLink(details.url, catalogue);
    if (reading.kind === 'none') return;
    void (async () => {
      const { windowId } = await browser.tabs.get(details.tabId);
      if (windowId === undefined) return;
      const at = Date.now();
      await writeProposal(
        windowId,
        reading.kind === 'proposal'
          ? { kind: 'proposal', at, guideId: reading.guideId, level: reading.level }
          : { kind: 'invalid', at },
      );
    })().catch(() => undefined);
  };
  browser.webNavigation.onCommitted.addListener(onLink);
  // A wipe (« Terminer ma session », another context) removes the signals: read them afresh then.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && 'helpSignals' in changes) helpSignals = undefined;
  });
  browser.webNavigation.onReferenceFragmentUpdated.addListener(onLink);

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
