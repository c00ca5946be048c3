// How much of a guide is known on the real site, as the counsellor's page says it (plain French,
// with the date), and nowhere else: the guide a page receives has no evidence, the popup shows none.
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import { evidenceTally, localizeGuide, type Catalogue, type Evidence, type Guide, type Step } from '../../src/guide';
import { evidenceSentences, GuideEvidence, GuidePicker } from '../../src/ui';
import { localeTable } from '../support/locales';
import { InFrench } from '../support/french';
import { translate, type TextKey } from '../../src/i18n';

const FRENCH = localeTable('fr');
const t = (key: TextKey, values?: Readonly<Record<string, string | number>>) => translate(FRENCH, key, values);

const SOURCE = 'konnectors/caf @ 9eac7347, src/index.js:75';
const confirmed = (on?: string): Evidence => ({ grade: 'confirmed', source: SOURCE, ...(on ? { on } : {}) });

function step(id: string, evidence?: Evidence): Step {
  return {
    id,
    page: ['https://www.caf.fr/*'],
    say: 'Cliquez.',
    done: { kind: 'click' },
    ...(evidence ? { evidence } : {}),
  };
}

function guide(steps: Step[]): Guide {
  return {
    id: 'caf/exemple',
    title: 'Guide caf fictif',
    summary: 'Résumé fictif.',
    site: 'caf',
    start: 'https://www.caf.fr/',
    hosts: ['www.caf.fr'],
    verified: { on: '2026-11-26', against: 'x', source: 'y' },
    steps,
  };
}

/** `confirmed` confirmed steps on `on`, `partial` partial ones, the rest of `total` without evidence. */
function tallied(total: number, confirmedCount: number, partial = 0, on = '2026-11-30'): string[] {
  const steps = Array.from({ length: total }, (_, i) =>
    step(`s${i}`, i < confirmedCount ? confirmed(on) : i < confirmedCount + partial ? { grade: 'partial' } : undefined),
  );
  return evidenceSentences(evidenceTally(guide(steps)), t);
}

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.textContent = '';
});

describe('evidenceSentences (counsellor page, in French)', () => {
  it('says how many steps were checked on the real site, when, and where the others come from', () => {
    expect(tallied(17, 9)).toEqual([
      'Vérifié sur le vrai site : 9 étapes sur 17.',
      'Vérification faite le 30/11/2026.',
      'Les autres étapes viennent de descriptions du site.',
    ]);
  });

  it('says the partial steps apart, in the singular for one', () => {
    expect(tallied(17, 9, 3)).toContain('Pour 3 autres étapes, la page est vérifiée, mais pas l’endroit exact.');
    expect(tallied(5, 1, 1)).toEqual([
      'Vérifié sur le vrai site : 1 étape sur 5.',
      'Vérification faite le 30/11/2026.',
      'Pour 1 autre étape, la page est vérifiée, mais pas l’endroit exact.',
      'Les autres étapes viennent de descriptions du site.',
    ]);
  });

  it('says plainly when nothing or everything was checked', () => {
    expect(tallied(6, 0)).toEqual([
      'Aucune étape n’est encore vérifiée sur le vrai site.',
      'Les étapes viennent de descriptions du site.',
    ]);
    expect(tallied(4, 4)).toEqual([
      'Vérifié sur le vrai site : toutes les étapes (4).',
      'Vérification faite le 30/11/2026.',
    ]);
  });

  it('gives the first and the last day when the checks were made on several days, and no day when none is known', () => {
    const steps = [step('a', confirmed('2026-12-07')), step('b', confirmed('2026-11-01')), step('c', confirmed())];
    expect(evidenceSentences(evidenceTally(guide(steps)), t)).toContain(
      'Vérifications faites du 01/11/2026 au 07/12/2026.',
    );
    expect(evidenceSentences(evidenceTally(guide([step('a', confirmed()), step('b')])), t)).toEqual([
      'Vérifié sur le vrai site : 1 étape sur 2.',
      'Les autres étapes viennent de descriptions du site.',
    ]);
  });

  it('renders as one paragraph the select can point at', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const g = guide([step('a', confirmed('2026-11-30')), step('b', { grade: 'partial' }), step('c')]);
    dispose = render(
      () => (
        <InFrench>
          <GuideEvidence guide={g} id="guide-evidence" />
        </InFrench>
      ),
      root,
    );
    const p = root.querySelector('p#guide-evidence');
    expect(p?.textContent).toBe(
      'Vérifié sur le vrai site : 1 étape sur 3. Vérification faite le 30/11/2026. Pour 1 autre étape, la page est vérifiée, mais pas l’endroit exact. Les autres étapes viennent de descriptions du site.',
    );
  });
});

describe('the learner never sees it', () => {
  const g = guide([step('a', confirmed('2026-11-30')), step('b', { grade: 'partial' })]);

  it('leaves every step’s evidence out of the guide a page receives, in every language', () => {
    for (const language of ['fr', 'en', 'ar'] as const) {
      const given = localizeGuide(g, language);
      expect(given.steps.map((s) => s.id)).toEqual(['a', 'b']);
      expect(JSON.stringify(given)).not.toContain('evidence');
      expect(JSON.stringify(given)).not.toContain(SOURCE);
    }
    // The catalogue itself keeps it (the counsellor's page reads it there).
    expect(g.steps[0]?.evidence).toEqual(confirmed('2026-11-30'));
  });

  it('shows no evidence in the popup’s guide list', async () => {
    const catalogue: Catalogue = { version: 1, guides: [g], rules: [], hosts: ['www.caf.fr'] };
    const root = document.createElement('div');
    document.body.append(root);
    dispose = render(
      () => (
        <InFrench>
          <GuidePicker
            catalogue={catalogue}
            currentTab={() => Promise.resolve({ windowId: 7, url: 'https://www.caf.fr/' })}
            send={() => Promise.resolve({ ok: true, snapshot: null })}
            close={() => undefined}
          />
        </InFrench>
      ),
      root,
    );
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
    expect(root.textContent).toContain('Guide caf fictif');
    expect(root.textContent).not.toMatch(/vérifi|description/i);
  });
});
