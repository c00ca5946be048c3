// The popup's « Terminer ma session »: it shows the sites to log out of, the files and the tabs,
// sends the learner's two choices to the background, and says when all is erased; the admin
// notice lists ignored policy fields. The guide picker offers only the guides the policy allows.
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import type { Catalogue, Guide } from '../../src/guide';
import type { EndSummary, Request, Response } from '../../src/messaging';
import { AdminNotice, EndSession, GuidePicker } from '../../src/ui';
import { InFrench } from '../support/french';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.textContent = '';
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const byTestId = (id: string) => document.querySelector(`[data-testid="${id}"]`);
const button = (name: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;

function mount(
  summary: EndSummary = {
    sites: ['caf.fr', 'laposte.net'],
    downloads: [{ id: 3, name: 'attestation.pdf' }],
    tabs: 2,
    kiosk: false,
    failed: [],
  },
  afterEnd: Partial<EndSummary> = {},
) {
  const sent: Request[] = [];
  let ended = 0;
  const send = (request: Request): Promise<Response> => {
    sent.push(request);
    return Promise.resolve({
      ok: true,
      snapshot: null,
      summary: { ...summary, ...(request.type === 'kiosk/end' ? afterEnd : {}) },
    });
  };
  const host = document.body.appendChild(document.createElement('div'));
  dispose = render(
    () => (
      <InFrench>
        <EndSession send={send} ended={() => ended++} />
      </InFrench>
    ),
    host,
  );
  return { sent, ended: () => ended };
}

describe('EndSession', () => {
  it('lists the sites, the file and the tabs, then erases with the learner’s choices', async () => {
    const { sent, ended } = mount();
    await flush();
    // Opening the page asks once whether an earlier wipe left something.
    expect(sent).toEqual([{ type: 'kiosk/summary' }]);
    expect(byTestId('wipe-leftover')).toBeNull();
    button('Terminer ma session').click();
    await flush();
    expect(sent).toEqual([{ type: 'kiosk/summary' }, { type: 'kiosk/summary' }]);
    expect(byTestId('logout-reminder')?.textContent).toBe('Pensez à vous déconnecter de : caf.fr, laposte.net.');
    expect(byTestId('download-name')?.textContent).toBe('attestation.pdf');
    expect(document.body.textContent).toContain('Fermer les 2 onglets ouverts.');
    expect(byTestId('logout-sites')?.closest('label')?.textContent).toBe('Me déconnecter de ces sites.');
    expect(byTestId('logout-sites')).toHaveProperty('checked', true);
    (byTestId('close-tabs') as HTMLInputElement).click(); // keep the tabs
    (byTestId('logout-sites') as HTMLInputElement).click(); // stay logged in
    button('Oui, tout effacer').click();
    await flush();
    expect(sent[2]).toEqual({ type: 'kiosk/end', deleteDownloads: true, closeTabs: false, logout: false });
    expect(byTestId('end-done')?.textContent).toContain('Tout est effacé');
    expect(ended()).toBe(1);
  });

  it('offers no file and no tab when the session left none, and « Annuler » erases nothing', async () => {
    const { sent } = mount({ sites: [], downloads: [], tabs: 0, kiosk: false, failed: [] });
    button('Terminer ma session').click();
    await flush();
    expect(byTestId('logout-reminder')).toBeNull();
    expect(byTestId('logout-sites')).toBeNull();
    expect(byTestId('delete-downloads')).toBeNull();
    expect(byTestId('close-tabs')).toBeNull();
    button('Annuler').click();
    await flush();
    expect(sent.map((r) => r.type)).toEqual(['kiosk/summary', 'kiosk/summary']);
    expect(button('Terminer ma session')).toBeDefined();
  });

  it('kiosk mode asks nothing: everything goes', async () => {
    const { sent } = mount({
      sites: ['caf.fr'],
      downloads: [{ id: 3, name: 'attestation.pdf' }],
      tabs: 2,
      kiosk: true,
      failed: [],
    });
    button('Terminer ma session').click();
    await flush();
    expect(byTestId('kiosk-all')?.textContent).toBe('Tout va être effacé. Les onglets vont se fermer.');
    expect(document.querySelectorAll('input[type="checkbox"]')).toHaveLength(0);
    expect(byTestId('download-name')?.textContent).toBe('attestation.pdf');
    button('Oui, tout effacer').click();
    await flush();
    expect(sent.at(-1)).toEqual({ type: 'kiosk/end', deleteDownloads: true, closeTabs: true, logout: true });
  });

  it('says what the browser could not remove, never « Tout est effacé »', async () => {
    mount(undefined, { failed: ['history', 'forms'] });
    button('Terminer ma session').click();
    await flush();
    button('Oui, tout effacer').click();
    await flush();
    const done = byTestId('end-done')?.textContent ?? '';
    expect(done).not.toContain('Tout est effacé');
    expect(byTestId('wipe-leftover')?.textContent).toBe(
      'Tout n’a pas pu être effacé.Il reste : l’historique, les formulaires remplis.Prévenez un médiateur.',
    );
  });

  it('an earlier wipe that left something is said as soon as the page opens', async () => {
    mount({ sites: [], downloads: [], tabs: 1, kiosk: true, failed: ['sites'] });
    await flush();
    expect(byTestId('wipe-leftover')?.textContent).toContain('Il reste : les connexions aux sites.');
  });
});

describe('AdminNotice and the policy in the picker', () => {
  it('shows nothing without notices, and lists them otherwise', () => {
    const host = document.body.appendChild(document.createElement('div'));
    dispose = render(() => <AdminNotice notices={['Réglage « x » ignoré : inconnu.']} />, host);
    expect(byTestId('admin-notice')?.textContent).toContain('1 réglage(s) ignoré(s)');
    expect(byTestId('admin-notice')?.textContent).toContain('Réglage « x » ignoré');
  });

  it('offers only the enabled guides, with the default level checked', async () => {
    const guide = (id: string): Guide => ({
      id,
      title: id,
      summary: 'Résumé fictif.',
      site: 'caf',
      start: 'https://www.caf.fr/',
      hosts: ['www.caf.fr'],
      verified: { on: '2026-11-26', against: 'x', source: 'y' },
      steps: [
        { id: 'a', page: ['https://www.caf.fr/*'], say: 'Cliquez.', done: { kind: 'url', url: ['https://x.fr/'] } },
      ],
    });
    const catalogue: Catalogue = { version: 1, guides: [guide('caf/a'), guide('caf/b')], rules: [], hosts: [] };
    const host = document.body.appendChild(document.createElement('div'));
    dispose = render(
      () => (
        <GuidePicker
          catalogue={catalogue}
          currentTab={() => Promise.resolve({ windowId: 1, url: undefined })}
          send={() => Promise.resolve({ ok: true, snapshot: null })}
          close={() => undefined}
          enabledGuides={['caf/b']}
          defaultLevel="debrouille"
        />
      ),
      host,
    );
    await flush();
    expect([...document.querySelectorAll('[data-guide]')].map((b) => b.getAttribute('data-guide'))).toEqual(['caf/b']);
    expect((document.querySelector('input[value="debrouille"]') as HTMLInputElement).checked).toBe(true);
  });
});
