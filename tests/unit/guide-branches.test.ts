// compileGuides: conditional steps (`when`), forward branches (`next`), optional steps,
// interruptions and includes (`use`) compile to the catalogue form; loops, unknown steps and
// missing or looping includes are located errors.
import { describe, expect, it } from 'vitest';
import { compileGuides, formatGuideError, type CompileAllResult } from '../../src/guide/build';

const HEAD = (site: string) => `title: Démarche fictive
summary: Une démarche inventée pour les tests.
site: ${site}
start: https://www.caf.fr/
verified:
  on: 2026-01-15
  against: tests/fixtures/sites/caf/
  source: exemple fictif
`;

const step = (id: string, extra = '') => `  - id: ${id}
    page:
      url: https://www.caf.fr/*
    target:
      any:
        - css: "#${id}"
    say: Cliquez ici.
    done:
      click: target
${extra}`;

/** The login written once (plainly fictitious), ending early when already logged in. */
const LOGIN = `${HEAD('caf')}steps:
${step('identifiant')}${step('deja-connecte', '    optional: true\n    when:\n      text: Vous êtes déjà connecté\n    next: end\n')}${step('valider')}interruptions:
  - id: cookies
    page:
      url: https://www.caf.fr/*
    when:
      visible:
        any:
          - css: "#accepteCookie"
    target:
      any:
        - css: "#accepteCookie"
    say: Cliquez sur « Continuer sans accepter ».
    done:
      click: target
`;

const USER = `${HEAD('caf')}steps:
  - use: caf/se-connecter
${step('attestation')}`;

function compile(files: Record<string, string>): CompileAllResult {
  return compileGuides(Object.entries(files).map(([file, text]) => ({ file, text })));
}

function messages(files: Record<string, string>): string[] {
  const result = compile(files);
  if (result.ok) throw new Error('expected the guides to be refused, but they compiled');
  return result.errors.map(formatGuideError);
}

describe('compileGuides: branches, optional steps, interruptions', () => {
  it('compiles when, next, optional and interruptions', () => {
    const result = compile({ 'guides/caf/se-connecter.yaml': LOGIN });
    if (!result.ok) throw new Error(result.errors.map(formatGuideError).join('\n'));
    const [guide] = result.guides;
    expect(guide?.steps.map((s) => s.id)).toEqual(['identifiant', 'deja-connecte', 'valider']);
    expect(guide?.steps[1]).toMatchObject({
      optional: true,
      when: { kind: 'text', text: ['Vous êtes déjà connecté'] },
      next: 'end',
    });
    expect(guide?.steps[0]?.optional).toBeUndefined();
    expect(guide?.interruptions?.map((s) => s.id)).toEqual(['cookies']);
    expect(guide?.interruptions?.[0]?.when).toEqual({
      kind: 'visible',
      target: { any: [{ kind: 'css', css: '#accepteCookie' }] },
    });
  });

  it.each([
    [
      'a next that goes back (a loop)',
      `${HEAD('caf')}steps:\n${step('a')}${step('b', '    next: a\n')}`,
      'guides/caf/x.yaml:28:11 — "next" goes back to "a": the guide would loop — one of the later steps of this guide, or "end"',
    ],
    [
      'a next to itself',
      `${HEAD('caf')}steps:\n${step('a', '    next: a\n')}${step('b')}`,
      'guides/caf/x.yaml:19:11 — "next" goes back to "a": the guide would loop — one of the later steps of this guide (b), or "end"',
    ],
    [
      'a next to an unknown step',
      `${HEAD('caf')}steps:\n${step('a', '    next: fin\n')}${step('b')}`,
      'guides/caf/x.yaml:19:11 — "next" names "fin", which is not a step of this guide — one of the later steps of this guide (b), or "end"',
    ],
    [
      'a step called end',
      `${HEAD('caf')}steps:\n${step('end')}`,
      'guides/caf/x.yaml:10:9 — step id "end" is reserved — another id: "next: end" finishes the guide',
    ],
    [
      'a when with a learner action',
      `${HEAD('caf')}steps:\n${step('a', '    when:\n      click: target\n')}`,
      'guides/caf/x.yaml:20:7 — unknown field "click" in steps[0].when — one of: url, visible, gone, text, any, all',
    ],
    [
      'a when that says nothing',
      `${HEAD('caf')}steps:\n${step('a', '    when: {}\n')}`,
      'guides/caf/x.yaml:19:11 — "when" says nothing — exactly one of: url, visible, gone, text, any, all',
    ],
    [
      'an interruption without when',
      `${HEAD('caf')}steps:\n${step('a')}interruptions:\n${step('b')}`,
      'guides/caf/x.yaml:20:5 — interruption "b" has no "when" — a "when": what the page shows when this step is needed (a banner, a captcha address)',
    ],
    [
      'an interruption with next',
      `${HEAD('caf')}steps:\n${step('a')}interruptions:\n${step('b', '    when:\n      text: Cookies\n    next: end\n')}`,
      'guides/caf/x.yaml:31:5 — "next" in an interruption — no "next": after an interruption the guide goes on where it was',
    ],
  ])('refuses %s, located', (_, text, expected) => {
    expect(messages({ 'guides/caf/x.yaml': text })).toEqual([expected]);
  });
});

describe('compileGuides: includes (use)', () => {
  it('inlines the included steps; its "next: end" goes to the step after the include', () => {
    const result = compile({ 'guides/caf/se-connecter.yaml': LOGIN, 'guides/caf/attestation.yaml': USER });
    if (!result.ok) throw new Error(result.errors.map(formatGuideError).join('\n'));
    const guide = result.guides.find((g) => g.id === 'caf/attestation');
    expect(guide?.steps.map((s) => s.id)).toEqual(['identifiant', 'deja-connecte', 'valider', 'attestation']);
    expect(guide?.steps[1]?.next).toBe('attestation');
    expect(guide?.interruptions?.map((s) => s.id)).toEqual(['cookies']);
    // The included guide itself is unchanged: there, "end" still finishes it.
    expect(result.guides.find((g) => g.id === 'caf/se-connecter')?.steps[1]?.next).toBe('end');
  });

  it('an include last in the guide keeps "next: end" as the end', () => {
    const result = compile({
      'guides/caf/se-connecter.yaml': LOGIN,
      'guides/caf/connexion-seule.yaml': `${HEAD('caf')}steps:\n${step('accueil')}  - use: caf/se-connecter\n`,
    });
    if (!result.ok) throw new Error(result.errors.map(formatGuideError).join('\n'));
    const guide = result.guides.find((g) => g.id === 'caf/connexion-seule');
    expect(guide?.steps.find((s) => s.id === 'deja-connecte')?.next).toBe('end');
  });

  it.each([
    [
      'an unknown guide',
      { 'guides/caf/attestation.yaml': USER.replace('caf/se-connecter', 'caf/se-connecte') },
      [
        'guides/caf/attestation.yaml:10:10 — unknown guide "caf/se-connecte" in "use" — the id of a guide in guides/<site>/<procedure>.yaml',
      ],
    ],
    [
      'a guide that includes itself',
      { 'guides/caf/attestation.yaml': USER.replace('caf/se-connecter', 'caf/attestation') },
      [
        'guides/caf/attestation.yaml:10:10 — "use: caf/attestation" includes this guide in itself — the id of another guide',
      ],
    ],
    [
      'two guides that include each other',
      {
        'guides/caf/a.yaml': `${HEAD('caf')}steps:\n${step('a')}  - use: caf/b\n`,
        'guides/caf/b.yaml': `${HEAD('caf')}steps:\n${step('b')}  - use: caf/a\n`,
      },
      [
        'guides/caf/b.yaml:19:10 — "use: caf/a" makes a loop: caf/a includes caf/b, directly or not — guides that include each other one way only',
      ],
    ],
    [
      'a step id that clashes with the included guide',
      { 'guides/caf/se-connecter.yaml': LOGIN, 'guides/caf/attestation.yaml': `${USER}${step('valider')}` },
      [
        'guides/caf/attestation.yaml:10:10 — step id "valider" of caf/se-connecter is also a step of this guide — distinct step ids in a guide and the guides it uses',
      ],
    ],
    [
      'an include item with another field',
      {
        'guides/caf/attestation.yaml': USER.replace(
          '  - use: caf/se-connecter',
          '  - use: caf/se-connecter\n    say: Bonjour',
        ),
      },
      ['guides/caf/attestation.yaml:11:5 — unknown field "say" in steps[0] — one of: use'],
    ],
  ])('refuses %s, located at the use line', (_, files, expected) => {
    expect(messages(files)).toEqual(expected);
  });

  it('a failed include reports only itself, not the start that no longer matches', () => {
    // The guide starts on a page of the included login: without it, "start" would look wrong.
    const errors = messages({
      'guides/caf/attestation.yaml': `${HEAD('caf')}steps:\n  - use: caf/absent\n${step('attestation').replace('https://www.caf.fr/*', 'https://wwwd.caf.fr/*')}`,
    });
    expect(errors).toEqual([
      'guides/caf/attestation.yaml:10:10 — unknown guide "caf/absent" in "use" — the id of a guide in guides/<site>/<procedure>.yaml',
    ]);
  });

  it('an unknown guide lists the guides that exist', () => {
    const errors = messages({
      'guides/caf/se-connecter.yaml': LOGIN,
      'guides/caf/attestation.yaml': USER.replace('caf/se-connecter', 'caf/connexion'),
    });
    expect(errors).toEqual([
      'guides/caf/attestation.yaml:10:10 — unknown guide "caf/connexion" in "use" — one of: caf/se-connecter',
    ]);
  });
});
