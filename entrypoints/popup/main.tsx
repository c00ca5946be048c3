// Popup entry: composition only. Reads the administrator's policy, then renders, in the learner's
// language and display, a session link's proposal, « J'ai besoin d'aide », the guide picker (the
// guides and default level the policy allows), how to pin the button, « Affichage », the
// secrets-check switch (unless the policy turns it off; shown as the administrator's when the
// policy keeps it on), « Terminer ma session », « Espace médiateur », and the admin notice.
import catalogue from 'virtual:guide-catalogue';
import { createSignal, Show } from 'solid-js';
import type { Request, Response } from '../../src/messaging';
import { mountLearnerPage } from '../../src/page';
import { HIDDEN_BADGE } from '../../src/session';
import { ALL_SITES } from '../../src/secrets/registration';
import { readPolicy } from '../../src/policy';
import {
  AdminNotice,
  CounsellorEntry,
  DisplaySettings,
  EndSession,
  GuidePicker,
  HelpRequest,
  LinkProposal,
  PinHint,
  SecretsSwitch,
} from '../../src/ui';

async function send(request: Request): Promise<Response> {
  const response: Response = await browser.runtime.sendMessage(request);
  return response;
}

async function currentTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { windowId: tab?.windowId ?? (await browser.windows.getCurrent()).id, url: tab?.url };
}

// The badge is trusted UI kept by the browser per tab: « ! » there means that page hid the coach.
async function coachHidden(windowId: number | undefined) {
  const action = browser.action ?? browser.browserAction;
  const tabs = await browser.tabs.query(windowId === undefined ? { currentWindow: true } : { windowId });
  const texts = await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? Promise.resolve('') : action.getBadgeText({ tabId: tab.id }).catch(() => ''),
    ),
  );
  return texts.includes(HIDDEN_BADGE);
}

// Opened as a tab (keyboard users, tests), the page must stay: the background may navigate it.
async function close() {
  if (!(await browser.tabs.getCurrent())) window.close();
}

const windowId = async () => (await currentTab()).windowId;

// Chrome and Edge say whether the button is pinned (action.getUserSettings); Firefox cannot, and
// puts it on the toolbar at install (manifest default_area).
async function onToolbar(): Promise<boolean | undefined> {
  const action = browser.action as { getUserSettings?: () => Promise<{ isOnToolbar?: boolean }> } | undefined;
  return (await action?.getUserSettings?.())?.isOnToolbar;
}

const openCounsellor = () => void browser.tabs.create({ url: browser.runtime.getURL('/counsellor.html') });

async function main(app: HTMLElement) {
  const { policy, notices } = await readPolicy(new Set(catalogue.guides.map((guide) => guide.id)));
  // After « Terminer ma session » the picker starts again from nothing.
  const [round, setRound] = createSignal(1);
  await mountLearnerPage(app, policy.defaultLanguage, (page) => (
    <>
      <LinkProposal catalogue={catalogue} windowId={windowId} send={send} started={() => void close()} />
      {/* First, so a learner who is lost finds it without scrolling the list of guides. */}
      <HelpRequest windowId={windowId} send={send} />
      <Show when={round()} keyed>
        <GuidePicker
          catalogue={catalogue}
          currentTab={currentTab}
          send={send}
          close={() => void close()}
          coachHidden={coachHidden}
          {...(policy.guidesEnabled ? { enabledGuides: policy.guidesEnabled } : {})}
          {...(policy.defaultLevel ? { defaultLevel: policy.defaultLevel } : {})}
        />
      </Show>
      <PinHint onToolbar={onToolbar} />
      <DisplaySettings display={page.display()} change={page.setDisplay} />
      <Show when={policy.secretsCheck !== false}>
        <SecretsSwitch
          granted={() => browser.permissions.contains({ origins: ALL_SITES })}
          request={() => browser.permissions.request({ origins: ALL_SITES })}
          remove={() => send({ type: 'secrets/switch-off' }).then((r) => r.ok && r.switchedOff === true)}
          setByAdmin={policy.secretsCheck === true}
        />
      </Show>
      <EndSession send={send} ended={() => setRound((n) => n + 1)} />
      <CounsellorEntry open={openCounsellor} />
      <AdminNotice notices={notices} />
    </>
  ));
}

const app = document.getElementById('app');
if (app) void main(app);
