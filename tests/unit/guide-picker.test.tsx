// The popup's guide picker: guides of the current site first, then the others; starting a guide
// asks the background with the popup's window; the running guide's progress and « Arrêter ».
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import type { Catalogue, Guide } from '../../src/guide';
import type { Request, Response } from '../../src/messaging';
import { GuidePicker } from '../../src/ui';
import { InFrench } from '../support/french';

function guide(id: string, host: string, title: string): Guide {
  return {
    id,
    title,
    summary: 'Résumé fictif.',
    site: id.split('/')[0]!,
    start: `https://${host}/`,
    hosts: [host],
    verified: { on: '2026-11-26', against: 'x', source: 'y' },
    steps: [{ id: 'a', page: [`https://${host}/*`], say: 'Cliquez.', done: { kind: 'url', url: ['https://x.fr/'] } }],
  };
}

const catalogue: Catalogue = {
  version: 1,
  guides: [
    guide('ameli/attestation', 'www.ameli.fr', 'Guide ameli fictif'),
    guide('caf/attestation', 'www.caf.fr', 'Guide caf fictif'),
  ],
  rules: [],
  hosts: [],
};

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.textContent = '';
});

async function mount(url: string | undefined, session: Response = { ok: true, snapshot: null }) {
  const sent: Request[] = [];
  let closed = 0;
  const root = document.createElement('div');
  document.body.append(root);
  dispose = render(
    () => (
      <InFrench>
        <GuidePicker
          catalogue={catalogue}
          currentTab={() => Promise.resolve({ windowId: 7, url })}
          send={(request) => {
            sent.push(request);
            return Promise.resolve(request.type === 'session/get' ? session : { ok: true, snapshot: null });
          }}
          close={() => closed++}
        />
      </InFrench>
    ),
    root,
  );
  await new Promise((r) => setTimeout(r, 0));
  await new Promise((r) => setTimeout(r, 0));
  return { root, sent, closed: () => closed };
}

const titles = (root: Element) => [...root.querySelectorAll('button.guide .title')].map((e) => e.textContent);

describe('GuidePicker', () => {
  it('lists the guides of the current site first, under « Sur ce site »', async () => {
    const { root } = await mount('https://www.caf.fr/aides');
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Sur ce site', 'Toutes les démarches']);
    expect(titles(root)).toEqual(['Guide caf fictif', 'Guide ameli fictif']);
  });

  it('lists every guide when the tab is not on a guided site', async () => {
    const { root } = await mount(undefined);
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Choisissez une démarche']);
    expect(titles(root)).toEqual(['Guide ameli fictif', 'Guide caf fictif']);
  });

  it('starts a guide for the popup window, then closes', async () => {
    const { root, sent, closed } = await mount('https://www.caf.fr/');
    (root.querySelector('[data-guide="caf/attestation"]') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toContainEqual({ type: 'session/start', guideId: 'caf/attestation', level: 'decouvre', windowId: 7 });
    expect(closed()).toBe(1);
  });

  it('starts with the level the learner chose', async () => {
    const { root, sent } = await mount('https://www.caf.fr/');
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="level"]')];
    expect(radios.map((r) => r.value)).toEqual(['decouvre', 'entraine', 'debrouille']);
    expect(radios[0]?.checked).toBe(true);
    radios[1]?.click();
    (root.querySelector('[data-guide="caf/attestation"]') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toContainEqual({ type: 'session/start', guideId: 'caf/attestation', level: 'entraine', windowId: 7 });
  });

  it('shows the running guide with its step, and « Arrêter » stops it', async () => {
    const snapshot = {
      guide: catalogue.guides[1]!,
      state: {
        guideId: 'caf/attestation',
        level: 'decouvre' as const,
        status: 'running' as const,
        stepIndex: 0,
        startedAt: 1,
        stepStartedAt: 1,
        durations: {},
      },
    };
    const { root, sent } = await mount('https://www.caf.fr/', { ok: true, snapshot });
    expect(root.querySelector('[data-testid="progress"]')?.textContent).toBe('Étape 1 sur 1');
    (root.querySelector('button.stop') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toContainEqual({ type: 'session/quit', windowId: 7 });
    expect(root.querySelector('[data-testid="progress"]')).toBeNull();
  });
});
