// compileGuide: a valid guide (and one using every signal, scope and nth) compiles to the catalogue
// form, and every kind of malformed guide is reported as `path:line:col — what — expected`.
import { describe, expect, it } from 'vitest';
import { compileGuide, formatGuideError, type GuideError } from '../../src/guide/build';

const FILE = 'guides/caf/exemple.yaml';

// A small, plainly fictitious guide. Line numbers below refer to this text (line 1 = title).
const VALID = `title: Exemple de démarche fictive
summary: Une démarche inventée pour les tests.
site: caf
start: https://www.caf.fr/
verified:
  on: 2026-01-15
  against: tests/fixtures/sites/caf/
  source: exemple fictif
steps:
  - id: ouvrir-mon-compte
    page:
      url: https://www.caf.fr/*
    target:
      any:
        - css: "#mon-compte"
        - role: link
          name: Mon Compte
    say: Cliquez sur « Mon Compte ».
    done:
      click: target
  - id: saisir-numero
    page:
      url: https://wwwd.caf.fr/connexion
    target:
      any:
        - label: [Numéro fictif, Fake number]
        - text: Numéro
    say: Écrivez le numéro.
    done:
      input:
        pattern: ^\\d{13}$
        practice: "1234567890123"
`;

/** VALID with one exact piece of text replaced; throws if the piece is not there (keeps cases honest). */
function edit(from: string, to: string, text = VALID): string {
  if (!text.includes(from)) throw new Error(`test setup: ${JSON.stringify(from)} not in the guide`);
  return text.replace(from, to);
}

function errorsOf(text: string, file = FILE): GuideError[] {
  const result = compileGuide(file, text);
  if (result.ok) throw new Error('expected the guide to be refused, but it compiled');
  return result.errors;
}

function messages(text: string, file = FILE): string[] {
  return errorsOf(text, file).map(formatGuideError);
}

const TARGET_OF_STEP_1 = `    target:
      any:
        - css: "#mon-compte"
        - role: link
          name: Mon Compte
`;

describe('compileGuide: a valid guide', () => {
  it('compiles to the catalogue form', () => {
    const result = compileGuide(FILE, VALID);
    expect(result).toEqual({
      ok: true,
      guide: {
        id: 'caf/exemple',
        title: 'Exemple de démarche fictive',
        summary: 'Une démarche inventée pour les tests.',
        site: 'caf',
        start: 'https://www.caf.fr/',
        hosts: ['www.caf.fr', 'wwwd.caf.fr'],
        verified: { on: '2026-01-15', against: 'tests/fixtures/sites/caf/', source: 'exemple fictif' },
        steps: [
          {
            id: 'ouvrir-mon-compte',
            page: ['https://www.caf.fr/*'],
            target: {
              any: [
                { kind: 'css', css: '#mon-compte' },
                { kind: 'role', role: 'link', name: ['Mon Compte'] },
              ],
            },
            say: 'Cliquez sur « Mon Compte ».',
            done: { kind: 'click' },
          },
          {
            id: 'saisir-numero',
            page: ['https://wwwd.caf.fr/connexion'],
            target: {
              any: [
                { kind: 'label', label: ['Numéro fictif', 'Fake number'] },
                { kind: 'text', text: ['Numéro'] },
              ],
            },
            say: 'Écrivez le numéro.',
            done: { kind: 'input', pattern: '^\\d{13}$', practice: '1234567890123' },
          },
        ],
      },
    });
  });

  it('accepts the editor $schema line and a risk', () => {
    const text = edit(
      '    done:\n      click: target',
      '    risk:\n      level: irreversible\n      why: Le formulaire fictif sera envoyé.\n    done:\n      click: target',
      `$schema: ../guide.schema.json\n${VALID}`,
    );
    const result = compileGuide(FILE, text);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.guide.steps[0]?.risk).toEqual({ level: 'irreversible', why: 'Le formulaire fictif sera envoyé.' });
  });
});

describe('compileGuide: file-level problems', () => {
  it('refuses an empty file', () => {
    for (const text of ['', '# seulement un commentaire\n']) {
      const errors = errorsOf(text);
      expect(errors).toHaveLength(1);
      expect(errors.map(formatGuideError)).toEqual([
        `${FILE}:1:1 — the file is empty — a map of fields: title, summary, site, start, verified, steps`,
      ]);
    }
  });

  it('refuses a top-level list', () => {
    expect(messages('- title: Exemple\n- summary: Exemple\n')).toEqual([
      'guides/caf/exemple.yaml:1:1 — the file holds a list — a map of fields: title, summary, site, start, verified, steps',
    ]);
  });

  it('refuses a path that is not guides/<site>/<procedure>.yaml in kebab-case', () => {
    expect(messages(VALID, 'guides/Caf/X.yaml')).toEqual([
      'guides/Caf/X.yaml:1:1 — the file name "guides/Caf/X.yaml" is not a guide path — guides/<site>/<procedure>.yaml, in kebab-case (e.g. guides/caf/attestation-paiement.yaml)',
    ]);
    expect(messages(VALID, 'guides/caf/exemple.yml')).toEqual([
      'guides/caf/exemple.yml:1:1 — the file name "guides/caf/exemple.yml" is not a guide path — guides/<site>/<procedure>.yaml, in kebab-case (e.g. guides/caf/attestation-paiement.yaml)',
    ]);
  });

  it('refuses a site that is not the folder', () => {
    expect(messages(edit('site: caf', 'site: ameli'))).toEqual([
      'guides/caf/exemple.yaml:3:7 — "site" is "ameli" but the file is in guides/caf/ — site: caf',
    ]);
  });
});

describe('compileGuide: YAML syntax', () => {
  const SYNTAX_EXPECTED = 'valid YAML (check indentation, colons and quotes)';

  it('points at the line of an unclosed quote', () => {
    const errors = errorsOf(edit('"#mon-compte"', '"#mon-compte'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      line: 15,
      what: 'YAML syntax error: Missing closing "quote',
      expected: SYNTAX_EXPECTED,
    });
  });

  it('points at a bad indentation', () => {
    const errors = errorsOf(edit('  against: tests', '   against: tests'));
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.what).toMatch(/^YAML syntax error: /);
      expect(error.expected).toBe(SYNTAX_EXPECTED);
      // The parser notices the problem on the mis-indented line (7) or on the value just above it (6).
      expect([6, 7]).toContain(error.line);
    }
  });

  it('points at the second occurrence of a duplicate key', () => {
    const errors = errorsOf(edit('summary: Une', 'title: Autre titre fictif\nsummary: Une'));
    expect(errors).toHaveLength(1);
    expect(errors.map(formatGuideError)).toEqual([
      `${FILE}:2:1 — "title" is written twice in the same map — each field once per map`,
    ]);
  });
});

describe('compileGuide: schema problems', () => {
  it.each([
    [
      'a missing required field',
      edit('title: Exemple de démarche fictive\n', ''),
      ['guides/caf/exemple.yaml:1:1 — missing field "title" — a text: The title of the procedure, in plain French.'],
    ],
    [
      'an unknown field with a typo (sya for say), at the key, with the expected fields',
      edit('say: Cliquez', 'sya: Cliquez'),
      [
        'guides/caf/exemple.yaml:10:5 — missing field "steps[0].say" — a text: What the coach says, in plain French: short sentences, one idea each, vouvoiement.',
        'guides/caf/exemple.yaml:18:5 — unknown field "sya" in steps[0] — one of: id, page, target, say, done, risk, optional, when, next, evidence',
      ],
    ],
    [
      'an unknown top-level field',
      edit('site: caf', 'site: caf\nniveau: debutant'),
      [
        'guides/caf/exemple.yaml:4:1 — unknown field "niveau" in the guide — one of: title, summary, site, start, verified, steps, interruptions',
      ],
    ],
    [
      'steps written as a text',
      `${VALID.slice(0, VALID.indexOf('steps:'))}steps: aucune\n`,
      [
        'guides/caf/exemple.yaml:9:8 — "steps" is the text "aucune" — a list: The steps, in order; an item { use: <guide id> } includes the steps of another guide.',
      ],
    ],
    [
      'a title written as a number',
      edit('title: Exemple de démarche fictive', 'title: 42'),
      ['guides/caf/exemple.yaml:1:8 — "title" is number 42 — a text: The title of the procedure, in plain French.'],
    ],
    [
      'an invalid risk level',
      edit(
        '    done:\n      click: target',
        '    risk:\n      level: grave\n      why: Le formulaire fictif sera envoyé.\n    done:\n      click: target',
      ),
      [
        'guides/caf/exemple.yaml:20:14 — "steps[0].risk.level" is the text "grave" — one of: caution, irreversible, danger',
      ],
    ],
    [
      'an unknown role',
      edit('role: link', 'role: lien'),
      [
        'guides/caf/exemple.yaml:16:17 — "steps[0].target.any[1].role" is the text "lien" — one of: button, link, textbox, searchbox, checkbox, radio, combobox, listbox, option, heading, tab, menuitem, dialog, img, group, radiogroup',
      ],
    ],
    [
      'an empty target.any',
      edit('      any:\n        - label: [Numéro fictif, Fake number]\n        - text: Numéro\n', '      any: []\n'),
      [
        'guides/caf/exemple.yaml:25:12 — "steps[1].target.any" has 0 items — at least 1: Several signals for the same element; the locator scores them together.',
      ],
    ],
    [
      'done.click other than target',
      edit('      click: target\n  - id: saisir', '      click: bouton\n  - id: saisir'),
      ['guides/caf/exemple.yaml:20:14 — "steps[0].done.click" is the text "bouton" — one of: target'],
    ],
    [
      'a step id that is not kebab-case',
      edit('id: saisir-numero', 'id: Saisir_Numero'),
      [
        'guides/caf/exemple.yaml:21:9 — "steps[1].id" is the text "Saisir_Numero" — a kebab-case id such as "saisir-numero"',
      ],
    ],
    [
      'a start address that is not https',
      edit('start: https://www.caf.fr/', 'start: http://www.caf.fr/'),
      ['guides/caf/exemple.yaml:4:8 — "start" is the text "http://www.caf.fr/" — a full https:// URL'],
    ],
    [
      'a page address that is not https',
      edit('url: https://www.caf.fr/*', 'url: http://www.caf.fr/*'),
      [
        'guides/caf/exemple.yaml:12:12 — "steps[0].page.url" is the text "http://www.caf.fr/*" — a full https:// URL on a named host, where * stands for any characters (e.g. "https://www.caf.fr/*")',
      ],
    ],
    [
      'a page address without a host',
      edit('url: https://www.caf.fr/*', 'url: https:///accueil'),
      [
        'guides/caf/exemple.yaml:12:12 — "steps[0].page.url" is the text "https:///accueil" — a full https:// URL on a named host, where * stands for any characters (e.g. "https://www.caf.fr/*")',
      ],
    ],
    [
      'a bad address inside a list of page addresses, at that item',
      edit('url: https://www.caf.fr/*', 'url: [https://www.caf.fr/*, http://www.caf.fr/aide]'),
      [
        'guides/caf/exemple.yaml:12:35 — "steps[0].page.url[1]" is the text "http://www.caf.fr/aide" — a full https:// URL on a named host, where * stands for any characters (e.g. "https://www.caf.fr/*")',
      ],
    ],
    [
      'verified.on not written YYYY-MM-DD',
      edit('on: 2026-01-15', 'on: 15/01/2026'),
      ['guides/caf/exemple.yaml:6:7 — "verified.on" is the text "15/01/2026" — a date written YYYY-MM-DD'],
    ],
    [
      'an empty item in a list of names',
      edit('name: Mon Compte', 'name: [Mon Compte, ""]'),
      [
        'guides/caf/exemple.yaml:17:30 — "steps[0].target.any[1].name[1]" is empty — a non-empty text: The accessible name that goes with "role".',
      ],
    ],
  ])('reports %s', (_, text, expected) => {
    expect(messages(text)).toEqual(expected);
  });

  it('says what a text-or-list field expects when it gets a number', () => {
    const errors = errorsOf(edit('name: Mon Compte', 'name: 42'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 17, col: 17, what: '"steps[0].target.any[1].name" is number 42' });
    expect(errors[0]?.expected).toBe(
      'a text or a list of texts: The accessible name that goes with "role". One text, or a list of variants (French first, then English).',
    );
  });

  it('points at the bad item inside a list of variants', () => {
    const errors = errorsOf(edit('name: Mon Compte', 'name: [Mon Compte, 3]'));
    expect(errors.map((e) => `${e.line}:${e.col} ${e.what} — ${e.expected}`)).toEqual([
      '17:30 "steps[0].target.any[1].name[1]" is number 3 — a text: The accessible name that goes with "role".',
    ]);
  });

  it('keeps a real trailing comment after an unquoted selector', () => {
    const result = compileGuide(
      FILE,
      edit('        - css: "#mon-compte"', '        - css: .is-disconnected > a  # le lien du menu'),
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.guide.steps[0]?.target?.any[0]).toEqual({ kind: 'css', css: '.is-disconnected > a' });
  });
});

describe('compileGuide: meaning problems', () => {
  it.each([
    [
      'a signal mixing css and text',
      edit('        - css: "#mon-compte"', '        - css: "#mon-compte"\n          text: Mon Compte'),
      [
        'guides/caf/exemple.yaml:15:11 — a signal mixing css and text — exactly one of: css, role (with name), label, placeholder, text, id, attr, href, tag — write each signal as its own list item',
      ],
    ],
    [
      'an unquoted CSS selector cut by a YAML comment',
      edit('        - css: "#mon-compte"', '        - css: app-mfa #mon-compte'),
      [
        'guides/caf/exemple.yaml:15:16 — the CSS selector was cut at " #mon-compte": YAML reads " #" as the start of a comment — the selector in quotes: css: "app-mfa #mon-compte"',
      ],
    ],
    [
      'role without name',
      edit('          name: Mon Compte\n', ''),
      [
        'guides/caf/exemple.yaml:16:11 — "role" without "name" — a "name": the accessible name of the element, so the role alone cannot match several elements',
      ],
    ],
    [
      'name without role (next to a css), at the name key',
      edit('        - css: "#mon-compte"', '        - css: "#mon-compte"\n          name: Mon Compte'),
      ['guides/caf/exemple.yaml:16:11 — "name" without "role" — a "role" next to "name" (e.g. role: button)'],
    ],
    [
      'done with two kinds',
      edit(
        '      click: target\n  - id: saisir',
        '      click: target\n      url: https://www.caf.fr/fin\n  - id: saisir',
      ),
      [
        'guides/caf/exemple.yaml:20:7 — "done" mixes click and url — exactly one of: click, submit, input, choose, url, visible, gone, text, any, all — put several conditions under "any" or "all"',
      ],
    ],
    [
      'done with no kind',
      edit('      click: target\n  - id: saisir', '      {}\n  - id: saisir'),
      [
        'guides/caf/exemple.yaml:20:7 — "done" says nothing — exactly one of: click, submit, input, choose, url, visible, gone, text, any, all',
      ],
    ],
    [
      'done: click on a step without target',
      edit(TARGET_OF_STEP_1, ''),
      ['guides/caf/exemple.yaml:15:7 — "done: click" on a step without "target" — a "target" for the learner to click'],
    ],
    [
      'done: input on a step without target',
      edit('    target:\n      any:\n        - label: [Numéro fictif, Fake number]\n        - text: Numéro\n', ''),
      ['guides/caf/exemple.yaml:26:7 — "done: input" on a step without "target" — a "target" for the learner to fill'],
    ],
    [
      'an invalid regular expression in done.input.pattern',
      edit('pattern: ^\\d{13}$', 'pattern: ^(\\d{13}$'),
      [
        'guides/caf/exemple.yaml:31:18 — "pattern" is not a valid regular expression (/^(\\d{13}$/u: Unterminated group) — a JavaScript regular expression such as "^\\d{13}$"',
      ],
    ],
    [
      'a pattern with nested repeats, located at the group',
      edit('pattern: ^\\d{13}$', 'pattern: ^(\\d+)+$'),
      [
        'guides/caf/exemple.yaml:31:19 — "pattern" repeats a group that itself repeats ((\\d+)+), which can freeze the page — a pattern without a repeated group that repeats inside or has choices starting alike, e.g. ^\\d{13}$ rather than ^(\\d+)+$',
      ],
    ],
    [
      'a repeated group holding a repeated group, quoted',
      edit('pattern: ^\\d{13}$', "pattern: '^x((a+))+'"),
      [
        'guides/caf/exemple.yaml:31:21 — "pattern" repeats a group that itself repeats (((a+))+), which can freeze the page — a pattern without a repeated group that repeats inside or has choices starting alike, e.g. ^\\d{13}$ rather than ^(\\d+)+$',
      ],
    ],
    [
      'a repeated choice whose branches start alike',
      edit('pattern: ^\\d{13}$', 'pattern: ^(a|aa)+$'),
      [
        'guides/caf/exemple.yaml:31:19 — "pattern" repeats a choice whose branches start alike ((a|aa)+), which can freeze the page — a pattern without a repeated group that repeats inside or has choices starting alike, e.g. ^\\d{13}$ rather than ^(\\d+)+$',
      ],
    ],
    [
      'a repeated group of a star',
      edit('pattern: ^\\d{13}$', 'pattern: (a+)*'),
      [
        'guides/caf/exemple.yaml:31:18 — "pattern" repeats a group that itself repeats ((a+)*), which can freeze the page — a pattern without a repeated group that repeats inside or has choices starting alike, e.g. ^\\d{13}$ rather than ^(\\d+)+$',
      ],
    ],
    [
      'a practice value that does not match the pattern',
      edit('practice: "1234567890123"', 'practice: "12345"'),
      [
        'guides/caf/exemple.yaml:32:19 — "practice" "12345" does not match the pattern — a fictitious value matching ^\\d{13}$',
      ],
    ],
    [
      'duplicate step ids, at the second one',
      edit('id: saisir-numero', 'id: ouvrir-mon-compte'),
      ['guides/caf/exemple.yaml:21:9 — step id "ouvrir-mon-compte" is used twice — a unique id for each step'],
    ],
    [
      'a start address that is not a page of the first step',
      edit('start: https://www.caf.fr/', 'start: https://wwwd.caf.fr/'),
      [
        'guides/caf/exemple.yaml:4:8 — "start" https://wwwd.caf.fr/ is not a page of the first step — an address matching https://www.caf.fr/*',
      ],
    ],
    [
      'verified.on that is not a real date',
      edit('on: 2026-01-15', 'on: 2026-02-30'),
      ['guides/caf/exemple.yaml:6:7 — "verified.on" 2026-02-30 is not a real date — a date written YYYY-MM-DD'],
    ],
  ])('reports %s', (_, text, expected) => {
    expect(messages(text)).toEqual(expected);
  });

  it('reports a lone "name" as a name without role, at the name key', () => {
    const errors = errorsOf(edit('        - role: link\n          name: Mon Compte', '        - name: Mon Compte'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 16, col: 11, what: '"name" without "role"' });
  });
});

describe('compileGuide: several errors', () => {
  it('reports all schema errors, sorted by line', () => {
    const text = edit(
      'on: 2026-01-15',
      'on: 2026-1-15',
      edit(
        'start: https://www.caf.fr/',
        'start: http://www.caf.fr/',
        edit('say: Cliquez', 'sya: Cliquez', edit('title: Exemple de démarche fictive\n', '')),
      ),
    );
    expect(messages(text)).toEqual([
      'guides/caf/exemple.yaml:1:1 — missing field "title" — a text: The title of the procedure, in plain French.',
      'guides/caf/exemple.yaml:3:8 — "start" is the text "http://www.caf.fr/" — a full https:// URL',
      'guides/caf/exemple.yaml:5:7 — "verified.on" is the text "2026-1-15" — a date written YYYY-MM-DD',
      'guides/caf/exemple.yaml:9:5 — missing field "steps[0].say" — a text: What the coach says, in plain French: short sentences, one idea each, vouvoiement.',
      'guides/caf/exemple.yaml:17:5 — unknown field "sya" in steps[0] — one of: id, page, target, say, done, risk, optional, when, next, evidence',
    ]);
  });

  it('reports all meaning errors, sorted by line', () => {
    // Errors are found step by step and start/date/site checks come last; the report is still in line order.
    const text = edit(
      'on: 2026-01-15',
      'on: 2026-02-30',
      edit(
        'id: saisir-numero',
        'id: ouvrir-mon-compte',
        edit('site: caf', 'site: ameli', edit('          name: Mon Compte\n', '')),
      ),
    );
    expect(messages(text)).toEqual([
      'guides/caf/exemple.yaml:3:7 — "site" is "ameli" but the file is in guides/caf/ — site: caf',
      'guides/caf/exemple.yaml:6:7 — "verified.on" 2026-02-30 is not a real date — a date written YYYY-MM-DD',
      'guides/caf/exemple.yaml:16:11 — "role" without "name" — a "name": the accessible name of the element, so the role alone cannot match several elements',
      'guides/caf/exemple.yaml:20:9 — step id "ouvrir-mon-compte" is used twice — a unique id for each step',
    ]);
  });
});

// ---- New signals (placeholder, id, attr, href, tag, css lists), scopes (within) and nth ----

const FIRST_SIGNAL = '        - css: "#mon-compte"';
const BEFORE_SAY_1 = '    say: Cliquez';

/** VALID with lines added to step 1's target, just before its `say` (line 18 onwards). */
function inTarget1(lines: string): string {
  return edit(BEFORE_SAY_1, `${lines}\n${BEFORE_SAY_1}`);
}

const ALL_SIGNALS = edit(
  '    say: Écrivez le numéro.',
  '      within:\n        heading: Connexion\n    say: Écrivez le numéro.',
  edit(
    '        - label: [Numéro fictif, Fake number]',
    '        - placeholder: [Numéro fictif, Fake number]\n        - label: [Numéro fictif, Fake number]',
    edit(
      TARGET_OF_STEP_1,
      `    target:
      any:
        - id: mon-compte
        - attr:
            name: compte
            data-testid: lien-compte
            aria-haspopup: menu
        - href: /compte/*?page=*
        - tag: app-compte
        - css: ["#mon-compte", ".menu > a.compte"]
      within:
        landmark: navigation
        name: [Menu principal, Main menu]
      nth: 2
`,
      `${VALID}  - id: voir-attestation
    page:
      url: https://wwwd.caf.fr/attestations
    target:
      any:
        - role: button
          name: Télécharger
      within:
        landmark: main
    say: Cliquez sur « Télécharger ».
    done:
      visible:
        any:
          - text: Attestation fictive
        within:
          any:
            - tag: app-attestation
`,
    ),
  ),
);

describe('compileGuide: new signals, scopes and nth', () => {
  it('compiles a guide using every signal and scope to the expected targets', () => {
    const result = compileGuide(FILE, ALL_SIGNALS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.guide.steps.map((step) => ({ target: step.target, done: step.done }))).toEqual([
      {
        target: {
          any: [
            { kind: 'id', id: 'mon-compte' },
            { kind: 'attr', attr: { name: 'compte', 'data-testid': 'lien-compte', 'aria-haspopup': 'menu' } },
            { kind: 'href', href: '/compte/*?page=*' },
            { kind: 'tag', tag: 'app-compte' },
            { kind: 'css', css: '#mon-compte, .menu > a.compte' },
          ],
          within: { kind: 'landmark', landmark: 'navigation', name: ['Menu principal', 'Main menu'] },
          nth: 2,
        },
        done: { kind: 'click' },
      },
      {
        target: {
          any: [
            { kind: 'placeholder', placeholder: ['Numéro fictif', 'Fake number'] },
            { kind: 'label', label: ['Numéro fictif', 'Fake number'] },
            { kind: 'text', text: ['Numéro'] },
          ],
          within: { kind: 'heading', heading: ['Connexion'] },
        },
        done: { kind: 'input', pattern: '^\\d{13}$', practice: '1234567890123' },
      },
      {
        target: {
          any: [{ kind: 'role', role: 'button', name: ['Télécharger'] }],
          within: { kind: 'landmark', landmark: 'main' },
        },
        done: {
          kind: 'visible',
          target: {
            any: [{ kind: 'text', text: ['Attestation fictive'] }],
            // A scope may be a bare custom element: tag-only is allowed there.
            within: { kind: 'target', target: { any: [{ kind: 'tag', tag: 'app-attestation' }] } },
          },
        },
      },
    ]);
  });

  it.each([
    [
      'an invalid CSS selector, at the value',
      edit(FIRST_SIGNAL, '        - css: a[href'),
      [
        'guides/caf/exemple.yaml:15:16 — "a[href" is not a valid CSS selector (Attribute selector didn\'t terminate) — a CSS selector such as "#nir" or \'a[href*="page=monCompte"]\'',
      ],
    ],
    [
      'an invalid second selector in a css list, at that item',
      edit(FIRST_SIGNAL, '        - css: ["#mon-compte", "a[href"]'),
      [
        'guides/caf/exemple.yaml:15:32 — "a[href" is not a valid CSS selector (Attribute selector didn\'t terminate) — a CSS selector such as "#nir" or \'a[href*="page=monCompte"]\'',
      ],
    ],
    [
      'an invalid second selector in a block css list, at that item',
      edit(FIRST_SIGNAL, '        - css:\n            - "#mon-compte"\n            - "a[href"'),
      [
        'guides/caf/exemple.yaml:17:15 — "a[href" is not a valid CSS selector (Attribute selector didn\'t terminate) — a CSS selector such as "#nir" or \'a[href*="page=monCompte"]\'',
      ],
    ],
    [
      'within with two kinds',
      inTarget1('      within:\n        landmark: navigation\n        heading: Mon espace'),
      [
        'guides/caf/exemple.yaml:19:9 — "within" mixes landmark and heading — exactly one of: landmark (with an optional name), heading, any',
      ],
    ],
    [
      'within with no kind',
      inTarget1('      within: {}'),
      [
        'guides/caf/exemple.yaml:18:15 — "within" says nowhere — exactly one of: landmark (with an optional name), heading, any',
      ],
    ],
    [
      'a name in within without landmark, at the name key',
      inTarget1('      within:\n        heading: Mon espace\n        name: Menu principal'),
      [
        'guides/caf/exemple.yaml:20:9 — "name" in "within" without "landmark" — a "landmark" next to "name" (e.g. landmark: navigation)',
      ],
    ],
    [
      'an unknown landmark',
      inTarget1('      within:\n        landmark: menu'),
      [
        'guides/caf/exemple.yaml:19:19 — "steps[0].target.within.landmark" is the text "menu" — one of: banner, navigation, main, contentinfo, complementary, search, form, dialog, region',
      ],
    ],
    [
      'an empty list of signals in within',
      inTarget1('      within:\n        any: []'),
      [
        'guides/caf/exemple.yaml:19:14 — "steps[0].target.within.any" has 0 items — at least 1: Look only inside the element these signals find.',
      ],
    ],
    [
      'a bad tag inside a within target',
      inTarget1('      within:\n        any:\n          - tag: appmfa'),
      [
        'guides/caf/exemple.yaml:20:18 — "steps[0].target.within.any[0].tag" is the text "appmfa" — a custom element tag with a dash, e.g. app-mfa',
      ],
    ],
    [
      'an attribute name that is not allowed, at the key',
      edit(FIRST_SIGNAL, '        - attr:\n            onclick: envoyer()'),
      [
        'guides/caf/exemple.yaml:16:13 — "onclick" is not an attribute a guide may use — an attribute among name, itemprop, type, value, title, alt, data-*, aria-*',
      ],
    ],
    [
      'an attribute name that is not allowed next to a good one, at that key',
      edit(FIRST_SIGNAL, '        - attr: { name: nir, onclick: envoyer() }'),
      [
        'guides/caf/exemple.yaml:15:30 — "onclick" is not an attribute a guide may use — an attribute among name, itemprop, type, value, title, alt, data-*, aria-*',
      ],
    ],
    [
      'an empty attr map',
      edit(FIRST_SIGNAL, '        - attr: {}'),
      ['guides/caf/exemple.yaml:15:17 — "attr" lists no attribute — at least one attribute, e.g. { name: nir }'],
    ],
    [
      'an href not starting with "/"',
      edit(FIRST_SIGNAL, '        - href: compte/*'),
      [
        'guides/caf/exemple.yaml:15:17 — "steps[0].target.any[0].href" is the text "compte/*" — a path starting with "/", where * stands for any characters',
      ],
    ],
    [
      'an href written as a full URL',
      edit(FIRST_SIGNAL, '        - href: https://www.caf.fr/compte'),
      [
        'guides/caf/exemple.yaml:15:17 — "steps[0].target.any[0].href" is the text "https://www.caf.fr/compte" — a path starting with "/", where * stands for any characters',
      ],
    ],
    [
      'a tag without a dash',
      edit(FIRST_SIGNAL, '        - tag: appmfa'),
      [
        'guides/caf/exemple.yaml:15:16 — "steps[0].target.any[0].tag" is the text "appmfa" — a custom element tag with a dash, e.g. app-mfa',
      ],
    ],
    [
      'an empty id',
      edit(FIRST_SIGNAL, '        - id: ""'),
      [
        'guides/caf/exemple.yaml:15:15 — "steps[0].target.any[0].id" is empty — a non-empty text: The element\'s id attribute.',
      ],
    ],
  ])('reports %s', (_, text, expected) => {
    expect(messages(text)).toEqual(expected);
  });

  it('refuses a target whose only signal is a tag (no usable signal), naming every usable kind', () => {
    // BUG (reported): the expected list leaves out placeholder, a signal that does name one element.
    const text = edit(`${FIRST_SIGNAL}\n        - role: link\n          name: Mon Compte`, '        - tag: app-compte');
    expect(messages(text)).toEqual([
      'guides/caf/exemple.yaml:15:9 — no usable signal: a tag alone names a kind of element, not one element — a signal that names this element: css, role + name, label, placeholder, text, id, attr or href',
    ]);
  });

  it.each([
    ['nth: 0', '      nth: 0', '"steps[0].target.nth" is number 0', /^at least 1\b/],
    ['nth: 21', '      nth: 21', '"steps[0].target.nth" is number 21', /^at most 20\b/],
  ])('reports %s as a number out of range, at the value', (_, line, what, expected) => {
    // BUG (reported): too_small/too_big on a number is worded as for a text ("is empty", "characters").
    const errors = errorsOf(inTarget1(line));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 18, col: 12, what });
    expect(errors[0]?.expected).toMatch(expected);
  });
});

describe('compileGuide: a step’s evidence', () => {
  /** VALID with an `evidence:` block (its lines indented under the key) on step 1, just above its say (line 18). */
  function withEvidence(...lines: string[]): string {
    const block = ['    evidence:', ...lines.map((line) => `      ${line}`)].join('\n');
    return edit('    say: Cliquez sur', `${block}\n    say: Cliquez sur`);
  }

  it('refuses "confirmed" without a source, at the evidence, saying what is expected', () => {
    const errors = errorsOf(withEvidence('grade: confirmed', 'on: 2026-11-30'));
    expect(errors).toEqual([
      {
        file: FILE,
        line: 19,
        col: 7,
        what: '"confirmed" without a "source"',
        expected: 'a "source" naming what confirms this element (repository @ commit, file:line, or "live check")',
      },
    ]);
    expect(errors.map(formatGuideError)).toEqual([
      `${FILE}:19:7 — "confirmed" without a "source" — a "source" naming what confirms this element (repository @ commit, file:line, or "live check")`,
    ]);
  });

  it('keeps a confirmed step with its source and date in the compiled guide', () => {
    const result = compileGuide(
      FILE,
      withEvidence('grade: confirmed', 'source: konnectors/caf @ 9eac7347, src/index.js:133-138', 'on: 2026-11-30'),
    );
    if (!result.ok) throw new Error(result.errors.map(formatGuideError).join('\n'));
    expect(result.guide.steps[0]?.evidence).toEqual({
      grade: 'confirmed',
      source: 'konnectors/caf @ 9eac7347, src/index.js:133-138',
      on: '2026-11-30',
    });
    // A step without evidence stays without it (absent means inferred).
    expect(result.guide.steps[1]).not.toHaveProperty('evidence');
  });

  it.each([['partial'], ['inferred']])('accepts "%s" without a source', (grade) => {
    const result = compileGuide(FILE, withEvidence(`grade: ${grade}`));
    expect(result.ok && result.guide.steps[0]?.evidence).toEqual({ grade });
  });

  it.each([
    ['a date written the French way', '30/11/2026', 'a date written YYYY-MM-DD'],
    ['a month that does not exist', '2026-13-01', 'a real date written YYYY-MM-DD (month 01-12, a day that month has)'],
    [
      'a day the month does not have',
      '2026-02-30',
      'a real date written YYYY-MM-DD (month 01-12, a day that month has)',
    ],
  ])('refuses %s in "on", at the value', (_, on, expected) => {
    const text = withEvidence('grade: confirmed', 'source: live check', `on: ${on}`);
    expect(messages(text)).toEqual([`${FILE}:21:11 — "steps[0].evidence.on" is the text "${on}" — ${expected}`]);
  });

  it('refuses an unknown grade, naming the three', () => {
    expect(messages(withEvidence('grade: sure'))).toEqual([
      `${FILE}:19:14 — "steps[0].evidence.grade" is the text "sure" — one of: confirmed, partial, inferred`,
    ]);
  });
});
