// The built-in risk rules file: the project's data/risk-rules.yaml compiles; a malformed rule is
// refused with file:line:col — what — expected, like a broken guide; the rules' hosts join the
// hosts the coach runs on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue, compileRules, formatGuideError, RULES_FILE } from '../../src/guide/build';
import { rulesFor } from '../../src/risk/rules';

const ROOT = join(import.meta.dirname, '..', '..');
const VALID = readFileSync(join(ROOT, RULES_FILE), 'utf8');

function messages(text: string): string[] {
  const result = compileRules(RULES_FILE, text);
  if (result.ok) throw new Error('expected the rules to be refused');
  return result.errors.map(formatGuideError);
}

describe('data/risk-rules.yaml', () => {
  it('compiles, and each rule holds a click, a form sent or a choice', () => {
    const result = compileRules(RULES_FILE, VALID);
    if (!result.ok) throw new Error(result.errors.map(formatGuideError).join('\n'));
    expect(result.rules.map((r) => r.id)).toContain('ft-recherche-emploi-non');
    for (const rule of result.rules) expect(['click', 'submit', 'choose']).toContain(rule.on.kind);
    expect(result.rules.find((r) => r.id === 'ft-recherche-emploi-non')?.on).toEqual({ kind: 'choose', value: 'NON' });
  });

  it('the rules apply to their pages only', () => {
    const result = compileRules(RULES_FILE, VALID);
    if (!result.ok) throw new Error('rules do not compile');
    const ids = (url: string) => rulesFor(result.rules, url).map((r) => r.id);
    expect(ids('https://candidat.francetravail.fr/actualisation/declaration/validation?activite=NON')).toEqual([
      'ft-recherche-emploi-non',
      'ft-confirmer-actualisation',
    ]);
    expect(ids('https://candidat.francetravail.fr/actualisation/declaration/activites')).toEqual([]);
    expect(ids('https://wwwd.caf.fr/redirect/s/Redirect?page=monCompte')).toEqual(['caf-se-souvenir-de-moi']);
    expect(ids('https://www.caf.fr/')).toEqual([]);
  });

  it('the coach runs on the rules’ hosts too', () => {
    const result = buildCatalogue(ROOT);
    if (!result.ok) throw new Error('catalogue does not compile');
    expect(result.catalogue.hosts).toEqual(expect.arrayContaining(['candidat.francetravail.fr', 'wwwd.caf.fr']));
  });
});

describe('compileRules: malformed rules are located errors', () => {
  it.each([
    [
      'an action that is not held (input)',
      VALID.replace('      choose:\n        value: NON', '      input: {}'),
      'data/risk-rules.yaml:14:7 — unknown field "input" in rules[0].on — one of: click, submit, choose',
    ],
    [
      'two actions',
      VALID.replace('      click: target\n', '      click: target\n      submit: target\n'),
      'data/risk-rules.yaml:31:7 — "on" mixes click and submit — exactly one of: click, submit, choose',
    ],
    [
      'a rule id used twice',
      VALID.replace('id: caf-se-souvenir-de-moi', 'id: ft-recherche-emploi-non'),
      'data/risk-rules.yaml:39:9 — rule id "ft-recherche-emploi-non" is used twice — a unique id for each rule',
    ],
    [
      'a missing source',
      VALID.replace(/\n    source: docs\/sources\.md R13[^\n]*/, ''),
      'data/risk-rules.yaml:39:5 — missing field "rules[2].source" — a text: Where the risk is described (risk catalogue row, official source).',
    ],
  ])('refuses %s', (_, text, expected) => {
    expect(messages(text)).toEqual([expected]);
  });
});
