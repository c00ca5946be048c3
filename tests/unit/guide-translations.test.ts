// Guide translations (<procedure>.<language>.yaml): checked against the French guide with located
// errors; attached to the catalogue, shared with the guides that include the same steps; and a
// guide given to a page in a language shows each step translated or French and marked.
import { describe, expect, it } from 'vitest';
import {
  attachGuideTexts,
  compileGuides,
  compileGuideText,
  compileRules,
  compileRulesText,
  formatGuideError,
  guideIdFromPath,
} from '../../src/guide/build';
import { actionOf, localizeGuide, localizeRules, type Guide } from '../../src/guide';

const HEAD = `title: Démarche fictive
summary: Une démarche inventée pour les tests.
site: caf
start: https://www.caf.fr/
verified:
  on: 2026-01-15
  against: tests/fixtures/sites/caf/
  source: exemple fictif
steps:
`;
const step = (id: string, say: string, extra = '') => `  - id: ${id}
    page:
      url: https://www.caf.fr/*
    target:
      any:
        - css: "#${id}"
    say: ${say}
    done:
      click: target
${extra}`;
const RISK = `    risk:
      level: irreversible
      why: La demande part tout de suite.
      check:
        - Vérifiez le montant.
        - Vérifiez la date.
`;

const LOGIN = `${HEAD}${step('identifiant', 'Cliquez sur « Mon Compte ».')}`;
const USER = `${HEAD}  - use: caf/se-connecter
${step('attestation', 'Cliquez sur « Mes attestations ».')}${step('envoyer', 'Cliquez sur « Envoyer ».', RISK)}`;

function guides(): Map<string, Guide> {
  const result = compileGuides([
    { file: 'guides/caf/se-connecter.yaml', text: LOGIN },
    { file: 'guides/caf/attestation.yaml', text: USER },
  ]);
  if (!result.ok) throw new Error(result.errors.map(formatGuideError).join('\n'));
  return new Map(result.guides.map((guide) => [guide.id, guide]));
}

function errors(file: string, text: string): string[] {
  const result = compileGuideText(file, text, guides(), guideIdFromPath);
  if (result.ok) throw new Error('expected the translation to be refused');
  return result.errors.map(formatGuideError);
}

const EN_LOGIN = `title: Log in
steps:
  identifiant:
    say: Click « Mon Compte » (my account).
`;
const EN_USER = `title: A made-up procedure
steps:
  attestation:
    say: Click « Mes attestations ».
  envoyer:
    say: Click « Envoyer ».
    risk:
      why: The request leaves at once.
      check:
        - Check the amount.
        - Check the date.
`;

describe('guide translations', () => {
  it('a complete translation compiles, and included steps take their own guide’s translation', () => {
    const all = guides();
    const texts = [
      compileGuideText('guides/caf/se-connecter.en.yaml', EN_LOGIN, all, guideIdFromPath),
      compileGuideText('guides/caf/attestation.en.yaml', EN_USER, all, guideIdFromPath),
    ].map((t) => {
      if (!t.ok) throw new Error(t.errors.map(formatGuideError).join('\n'));
      return t;
    });
    const [, user] = attachGuideTexts([...all.values()], texts);
    expect(user?.text?.en?.steps.identifiant?.say).toBe('Click « Mon Compte » (my account).');
    expect(user?.text?.en?.steps.envoyer?.risk?.check).toEqual(['Check the amount.', 'Check the date.']);
    expect(user?.text?.ar).toBeUndefined();
  });

  it('refuses an unknown step, a missing risk, a wrong number of checks and an unknown language, located', () => {
    expect(errors('guides/caf/attestation.en.yaml', 'steps:\n  atestation:\n    say: Click.\n')).toEqual([
      'guides/caf/attestation.en.yaml:2:3 — "atestation" is not a step of caf/attestation — one of: identifiant, attestation, envoyer',
    ]);
    expect(errors('guides/caf/attestation.en.yaml', 'steps:\n  envoyer:\n    say: Click « Envoyer ».\n')).toEqual([
      'guides/caf/attestation.en.yaml:2:3 — step "envoyer" has a risk in French but not here — a "risk" with "why" (and "check")',
    ]);
    expect(
      errors(
        'guides/caf/attestation.en.yaml',
        'steps:\n  envoyer:\n    say: Click « Envoyer ».\n    risk:\n      why: It leaves.\n      check:\n        - Check the amount.\n',
      ),
    ).toEqual([
      'guides/caf/attestation.en.yaml:6:7 — 1 thing(s) to check here, 2 in French — 2 item(s) in "check", in the French order',
    ]);
    // The labels the page shows stay exactly as in French: a lost or a changed one is refused.
    expect(
      errors('guides/caf/attestation.en.yaml', 'steps:\n  attestation:\n    say: Click « Mes attestation ».\n'),
    ).toEqual([
      'guides/caf/attestation.en.yaml:3:10 — the French text quotes « Mes attestations », this translation does not — the labels of the French text, in French and in « »: « Mes attestations »',
    ]);
    expect(
      errors(
        'guides/caf/attestation.en.yaml',
        'steps:\n  attestation:\n    say: Click « Mes attestations » then « OK ».\n',
      )[0],
    ).toContain('this translation quotes « OK », the French text does not (changed since?)');
    expect(errors('guides/caf/attestation.de.yaml', 'steps: {}\n')[0]).toContain('unknown language "de"');
    expect(errors('guides/caf/nothing.en.yaml', 'steps: {}\n')[0]).toContain('no guide guides/caf/nothing.yaml');
    expect(errors('guides/caf/attestation.en.yaml', 'steps:\n  attestation:\n    sya: Click.\n')[0]).toContain(
      'guides/caf/attestation.en.yaml:3:5',
    );
  });

  it('a page receives the guide in its language: translated steps, French ones marked, pictogram kinds', () => {
    const all = guides();
    const en = compileGuideText(
      'guides/caf/attestation.en.yaml',
      'title: Made up\nsteps:\n  attestation:\n    say: Click « Mes attestations ».\n',
      all,
      guideIdFromPath,
    );
    if (!en.ok) throw new Error('translation refused');
    const user = attachGuideTexts([...all.values()], [en]).find((g) => g.id === 'caf/attestation');
    if (!user) throw new Error('guide missing');
    const shown = localizeGuide(user, 'en');
    expect(shown.text).toBeUndefined();
    expect(shown.title).toBe('Made up');
    expect(shown.steps.map((s) => [s.id, s.say, s.french ?? false])).toEqual([
      ['identifiant', 'Cliquez sur « Mon Compte ».', true],
      ['attestation', 'Click « Mes attestations ».', false],
      ['envoyer', 'Cliquez sur « Envoyer ».', true],
    ]);
    expect(shown.steps[2]?.risk?.french).toBe(true);
    expect(localizeGuide(user, 'ar').frenchTitle).toBe(true);
    const french = localizeGuide(user, 'fr');
    expect(french.steps.every((s) => s.french === undefined && s.act === 'click')).toBe(true);
    expect(french.title).toBe('Démarche fictive');
  });

  it('names the action of each kind of step', () => {
    expect(actionOf({ kind: 'input' })).toBe('write');
    expect(actionOf({ kind: 'choose', value: 'NON' })).toBe('choose');
    expect(actionOf({ kind: 'url', url: ['https://www.caf.fr/*'] })).toBe('wait');
    expect(actionOf({ kind: 'any', of: [{ kind: 'url', url: ['https://x.fr/*'] }, { kind: 'submit' }] })).toBe('click');
  });

  it('risk rules: a translation is checked and applied, a rule without one stays French and marked', () => {
    const rules = compileRules(
      'data/risk-rules.yaml',
      `rules:
  - id: envoi
    page:
      url: https://www.caf.fr/*
    target:
      any:
        - css: "#envoyer"
    on:
      click: target
    risk:
      level: danger
      why: Cela part tout de suite.
    source: exemple fictif
`,
    );
    if (!rules.ok) throw new Error(rules.errors.map(formatGuideError).join('\n'));
    const ar = compileRulesText('data/risk-rules.ar.yaml', 'rules:\n  envoi:\n    why: يُرسل هذا فورًا.\n', rules.rules);
    if (!ar.ok) throw new Error(ar.errors.map(formatGuideError).join('\n'));
    const bad = compileRulesText('data/risk-rules.en.yaml', 'rules:\n  unknown:\n    why: It leaves.\n', rules.rules);
    expect(bad.ok ? [] : bad.errors.map(formatGuideError)).toEqual([
      'data/risk-rules.en.yaml:2:3 — "unknown" is not a rule of the French file — one of: envoi',
    ]);
    const withText = rules.rules.map((rule) => ({ ...rule, text: { ar: ar.texts[rule.id] ?? { why: '' } } }));
    expect(localizeRules(withText, 'ar')[0]?.risk.why).toBe('يُرسل هذا فورًا.');
    expect(localizeRules(withText, 'en')[0]?.risk).toMatchObject({ why: 'Cela part tout de suite.', french: true });
    expect(localizeRules(withText, 'fr')[0]).not.toHaveProperty('text');
  });
});
