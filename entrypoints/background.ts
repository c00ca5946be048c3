// Background service worker: composition only. Wires the catalogue, the session service, storage
// and the message listener, the session links (counsellor mode) and the help signal; listeners
// are registered synchronously at top level (MV3).
import catalogue from 'virtual:guide-catalogue';
import officialDomains from 'virtual:official-domains';
import mailSites from 'virtual:mail-sites';
import { createBrowserKiosk, IDLE_ALARM } from '../src/kiosk';
import { answerGate, createCounsellorGate, isGateRequest, createLinkWatch } from '../src/counsellor';
import { createRequestListener, type Request, type RequestContext, type Response } from '../src/messaging';
import { DEFAULT_POLICY, isGuideEnabled, policyPinRecord, readPolicy, watchPolicy } from '../src/policy';
import { localizeGuide, localizeRules } from '../src/guide';
import { browserLanguage, readPackagedMessages } from '../src/i18n';
import { createLookSource } from '../src/look';
import {
  createUpdateGate,
  HELP_BADGE,
  raiseHidden,
  SessionService,
  showProgress,
  stepPage,
  type BadgePort,
  type SessionCommand,
  type Snapshot,
} from '../src/session';
import { createNavigationGuard, rulesFor, siteKey, warningQuery } from '../src/risk';
import { ALL_SITES, createSecretsSync, SECRETS_SCRIPT, SECRETS_SCRIPT_ID, secretRisks } from '../src/secrets';
// Deep import: the policy needs the genuine-site check (tldts), which the page side must not load.
import { codeRequest, watchedSecrets } from '../src/secrets/policy';
import { explainLink, genuineName, judgeLink } from '../src/mail-links';
import { matchAnyUrlPattern } from '../src/shared';
import {
  isSiteAllowed,
  isUpdatePending,
  readCodeExpected,
  readDisplay,
  readHelpSignals,
  readKioskSettingMemory,
  readPinLock,
  readPinRecord,
  readProposal,
  readUnlock,
  readSessions,
  readSessionStart,
  readTrace,
  readVisitedOrigins,
  readWipeFailures,
  recordDiagnostic,
  recordDownload,
  recordJournal,
  recordVisit,
  setUpdatePending,
  testClockOffset,
  watchDisplay,
  wipe,
  writeCodeExpected,
  writeHelpSignals,
  writeKioskSettingMemory,
  writePinLock,
  writePinRecord,
  writeProposal,
  writeSessions,
  writeUnlock,
  writeWipeFailures,
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
  request: Exclude<
    Request,
    | {
        type:
          | 'diagnostic/record'
          | 'risk/answer'
          | 'coach/hidden'
          | 'secrets/policy'
          | 'secrets/code-asked'
          | 'links/check'
          | 'kiosk/summary'
          | 'kiosk/end'
          | 'secrets/switch-off'
          | 'counsellor/status'
          | 'counsellor/unlock'
          | 'counsellor/create'
          | 'counsellor/lock';
      }
    | CounsellorRequest
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

const knownGuides = new Set(catalogue.guides.map((guide) => guide.id));

/** The counsellor's lock (src/counsellor/gate.ts): the policy PIN first, tries counted one at a time. */
const counsellorGate = createCounsellorGate({
  now: async () => Date.now() + (await testClockOffset()),
  async policyPin() {
    const { policy } = await readPolicy(knownGuides);
    return { kioskMode: policy.kioskMode, pin: policyPinRecord(policy.counsellorPin) };
  },
  readPin: readPinRecord,
  writePin: writePinRecord,
  readLock: readPinLock,
  writeLock: writePinLock,
  readUnlock,
  writeUnlock,
});

/** The learner's language and the overlay's look (strings, style, pictograms), kept until the
 * display choices or the policy change. The first read of the managed policy can take seconds
 * after the browser starts: a page is not kept waiting for it (see src/look/source.ts). */
const looks = createLookSource({
  readDisplay,
  policyLanguage: async () => (await readPolicy(knownGuides)).policy.defaultLanguage,
  browserLanguage,
  readMessages: readPackagedMessages,
  changed: () => void pushLook().catch(() => undefined),
});

/** A snapshot as pages receive it: the guide in the learner's language (French steps marked). */
async function localized(snapshot: Snapshot | null): Promise<Snapshot | null> {
  if (!snapshot) return null;
  const { language } = await looks.current();
  return { ...snapshot, guide: localizeGuide(snapshot.guide, language) };
}

/** Set once the service exists: the storage wipe, queued between two session commands. */
let wipeBetweenCommands: () => Promise<void> = wipe;

/** Set once the service exists: draws every tab's coach again in the new look. */
let pushLook: () => Promise<void> = () => Promise.resolve();

/** Tells every tab of a window that its session changed (the coach shows or hides), with its badge. */
async function broadcast(windowId: number | undefined, raw: Snapshot | null): Promise<void> {
  const snapshot = await localized(raw);
  const [tabs, help] = await Promise.all([
    browser.tabs.query(windowId === undefined ? {} : { windowId }),
    helpAsked(windowId),
  ]);
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
}

/** The end of a learner's session and kiosk mode, on this browser (src/kiosk). */
const kiosk = createBrowserKiosk({
  policy: () => readPolicy(knownGuides),
  fallback: DEFAULT_POLICY,
  remembered: readKioskSettingMemory,
  remember: writeKioskSettingMemory,
  readTrace,
  guideRunning: async () => Object.keys(await readSessions()).length > 0,
  sessionStart: readSessionStart,
  visitedOrigins: readVisitedOrigins,
  clearStorage: () => wipeBetweenCommands(),
  broadcastEnd: () => broadcast(undefined, null),
  saveFailures: writeWipeFailures,
  readFailures: readWipeFailures,
  summaryUrl: browser.runtime.getURL('/popup.html'),
});

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
      broadcast,
    },
    Date.now,
    recordJournal,
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
  wipeBetweenCommands = () => service.exclusive(wipe);
  // The look last pushed: a policy or storage change that leaves it as it was redraws no coach.
  let pushed: string | undefined;
  pushLook = async () => {
    const [{ look }, tabs] = await Promise.all([looks.current(), browser.tabs.query({})]);
    const key = JSON.stringify(look);
    if (key === pushed) return;
    pushed = key;
    const byWindow = new Map<number, Promise<Snapshot | null>>();
    await Promise.all(
      tabs.map(async (tab) => {
        if (tab.id === undefined) return;
        let snapshot = byWindow.get(tab.windowId);
        if (!snapshot) {
          snapshot = service.run(tab.windowId, { type: 'get' }).then(localized);
          byWindow.set(tab.windowId, snapshot);
        }
        await browser.tabs
          .sendMessage(tab.id, { type: 'session/update', snapshot: await snapshot, look })
          .catch(() => undefined);
      }),
    );
  };
  // Both live as long as the worker: their listeners are never removed.
  watchDisplay(() => {
    looks.invalidate();
    void pushLook().catch(() => undefined);
  });
  watchPolicy(() => {
    looks.invalidate();
    void pushLook().catch(() => undefined);
  });

  const listener = createRequestListener({
    ownId: browser.runtime.id,
    ownOrigin: browser.runtime.getURL('/'),
    guidedHosts: new Set(catalogue.hosts),
    // Every snapshot leaves in the learner's language.
    handle: async (request, context) => {
      const response = await handle(request, context);
      return response.ok && response.snapshot
        ? { ...response, snapshot: await localized(response.snapshot) }
        : response;
    },
  });
  async function handle(request: Request, context: RequestContext): Promise<Response> {
    // « Terminer ma session » (the popup only): what is left, then the wipe with the learner's choices.
    if (request.type === 'kiosk/summary') return { ok: true, snapshot: null, summary: await kiosk.summary() };
    if (request.type === 'kiosk/end') {
      const summary = await kiosk.summary();
      const { deleteDownloads, closeTabs, logout } = request;
      const { failed } = await kiosk.end({ deleteDownloads, closeTabs, logout });
      return { ok: true, snapshot: null, summary: { ...summary, failed } };
    }
    // Any site may ask what its secrets check watches; the answer is about its own address only.
    if (request.type === 'secrets/policy') {
      const [asked, { language, look, say }] = await Promise.all([readCodeExpected(), looks.current()]);
      const watch = watchedSecrets(context.url ?? '', officialDomains, asked);
      const codeFor = watch.codeFor && genuineName(watch.codeFor, officialDomains, say, language === 'fr');
      const risks = secretRisks(watch.kinds, watch.imitation, say, codeFor);
      return { ok: true, snapshot: null, secrets: { ...watch, risks }, look };
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
      const { language, say, look } = await looks.current();
      const links = request.links.map(
        (link) => explainLink(judgeLink(link, officialDomains), officialDomains, say, language === 'fr') ?? null,
      );
      return { ok: true, snapshot: null, links, look }; // look: the dialog before a marked link
    }
    if (isGateRequest(request))
      return { ok: true, snapshot: null, counsellor: await answerGate(counsellorGate, request) };
    // The learner turns the secrets check off: refused while the administrator keeps it on.
    if (request.type === 'secrets/switch-off') {
      if ((await readPolicy(knownGuides)).policy.secretsCheck === true)
        return { ok: false, error: 'set by the policy' };
      return { ok: true, snapshot: null, switchedOff: await browser.permissions.remove({ origins: ALL_SITES }) };
    }
    // A guide the policy does not enable is never started, whoever asks.
    if (request.type === 'session/start' && !isGuideEnabled((await readPolicy(knownGuides)).policy, request.guideId))
      return { ok: false, error: 'guide not enabled' };
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
      const guide = catalogue.guides.find((g) => g.id === request.guideId);
      const page = stepPage(guide, request.stepId, context.url); // the guide's pattern, never the address
      if (page) await recordDiagnostic({ at: Date.now(), ...fields, page });
      return { ok: true, snapshot: await service.run(context.windowId, { type: 'get' }) };
    }
    // A risk dialog's answer, for the report: a built-in rule (one of ours), or the current step
    // (its « Je continue » is noted when the step is done; here only « Annuler »).
    if (request.type === 'risk/answer') {
      const snapshot = await service.run(context.windowId, { type: 'get' });
      const choice = request.yes ? 'continue' : 'cancel';
      const at = Date.now();
      const step = snapshot?.state.status === 'running' ? snapshot.guide.steps[snapshot.state.stepIndex] : undefined;
      if (request.rule !== undefined) {
        if (catalogue.rules.some((rule) => rule.id === request.rule))
          await recordJournal([{ kind: 'rule', at, ruleId: request.rule, choice }]);
      } else if (!request.yes && snapshot && step?.risk)
        await recordJournal([{ kind: 'risk', at, guideId: snapshot.guide.id, stepId: step.id, choice }]);
      return { ok: true, snapshot };
    }
    // Only the tab the learner looks at may move the guide by resync or skip a step.
    const moves = request.type === 'session/jump' || request.type === 'session/skip';
    const command = moves && !context.fromActiveTab ? { type: 'get' as const } : toCommand(request);
    const [snapshot, help] = await Promise.all([service.run(context.windowId, command), helpAsked(context.windowId)]);
    // A session link waits no longer once a guide is started (from it or from the list).
    if (command.type === 'start') await writeProposal(context.windowId, undefined);
    if (command.type === 'quit' || command.type === 'step-done') void updates.check().catch(() => undefined);
    // A page load clears its tab's badge: each page of a guided site asks for the session first.
    if (tabId !== undefined) await showBadge(tabId, help, snapshot);
    // A guided page asking where the learner is also gets the risk rules of its address.
    if (request.type === 'session/get' && context.url) {
      const { language, look } = await looks.current();
      return { ok: true, snapshot, rules: localizeRules(rulesFor(catalogue.rules, context.url), language), look };
    }
    return { ok: true, snapshot };
  }
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
  // The session's trace for « Terminer ma session »: each web page shown in a tab (its site only).
  browser.webNavigation.onCommitted.addListener((details) => {
    const site = details.frameId === 0 ? siteKey(details.url) : undefined;
    if (!site) return;
    void recordVisit(site, details.tabId, new URL(details.url).origin).catch(() => undefined);
  });
  browser.downloads.onCreated.addListener((item) => {
    void recordDownload(item.id).catch(() => undefined);
  });
  // Kiosk mode: the same wipe when the person leaves (the system's idle or locked state, with
  // the alarm as a second check) and when the browser starts (the browser's own clear-on-exit
  // policies do not clear extension storage or our record of files). Page loads are not activity.
  browser.idle.onStateChanged.addListener((state) => void kiosk.watch.idleStateChanged(state));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === IDLE_ALARM) void kiosk.watch.alarm();
  });
  browser.runtime.onStartup.addListener(() => void kiosk.watch.browserStarted());
  browser.webNavigation.onBeforeNavigate.addListener(onNavigation);
  browser.webNavigation.onCommitted.addListener(onNavigation);
  // A page that rewrites its own address (history.pushState, a new #fragment) is judged again.
  browser.webNavigation.onHistoryStateUpdated.addListener(onNavigation);
  browser.webNavigation.onReferenceFragmentUpdated.addListener(onNavigation);

  // Session links (counsellor mode): the guide's start page with a #coup-de-pouce=… fragment,
  // typed, clicked or bookmarked by the learner (never a page's own redirect or script). The fragment names a catalogue guide and a level, nothing else;
  // the learner is only offered it in the popup, where they say yes. A malformed or unknown
  // link leaves a calm message there instead.
  const onLink = createLinkWatch({
    catalogue,
    async enabled() {
      const { policy } = await readPolicy(knownGuides);
      return (guideId) => isGuideEnabled(policy, guideId);
    },
    windowOf: async (tabId) => (await browser.tabs.get(tabId)).windowId,
    write: writeProposal,
    now: Date.now,
    failed: (error) => console.warn('Coup de pouce: session link not recorded', error),
  });
  browser.webNavigation.onCommitted.addListener((details) => onLink('new-page', details));
  // A wipe (« Terminer ma session », another context) removes the signals: read them afresh then.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && 'helpSignals' in changes) helpSignals = undefined;
  });
  browser.webNavigation.onReferenceFragmentUpdated.addListener((details) => onLink('page', details));

  // Secrets on the wrong site: a content script on every site, only while the optional « all
  // sites » permission is granted (asked from the popup, or granted by the administrator).
  // The administrator's policy may turn it off (secretsCheck: false); it cannot grant the permission.
  const syncSecrets = createSecretsSync({
    granted: async () =>
      (await readPolicy(knownGuides)).policy.secretsCheck !== false &&
      (await browser.permissions.contains({ origins: ALL_SITES })),
    registered: () => browser.scripting.getRegisteredContentScripts(),
    register: () =>
      browser.scripting.registerContentScripts([
        { ...SECRETS_SCRIPT, js: [...SECRETS_SCRIPT.js], matches: [...SECRETS_SCRIPT.matches] },
      ]),
    unregister: () => browser.scripting.unregisterContentScripts({ ids: [SECRETS_SCRIPT_ID] }),
  });
  browser.permissions.onAdded.addListener(() => void syncSecrets());
  browser.permissions.onRemoved.addListener(() => void syncSecrets());
  void syncSecrets();
  // The policy lives as long as the worker: its listener is never removed.
  watchPolicy(() => {
    void syncSecrets();
    void kiosk.watch.schedule();
  });
  void kiosk.watch.schedule();
});
