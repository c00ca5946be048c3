// guides:lint: the FALC rules on learner text (sentence length, one action, vouvoiement), glossary
// words explained on first use, canonical form, verified.on age, and the whole project passing.
// @vitest-environment node
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  actionVerbs,
  canonicalForm,
  checkCanonical,
  checkOneAction,
  checkSentenceLength,
  checkVouvoiement,
  formatLintIssue,
  GLOSSARY_FILE,
  lintGuideText,
  lintProject,
  readGlossary,
  sentences,
  type Term,
} from '../../src/guide/lint';

const ROOT = join(import.meta.dirname, '..', '..');
const TODAY = new Date('2026-12-01T10:00:00Z');

function glossary(): Term[] {
  const read = readGlossary(GLOSSARY_FILE, readFileSync(join(ROOT, GLOSSARY_FILE), 'utf8'));
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.terms;
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `mot${i + 1}`).join(' ');

describe('sentences', () => {
  it('counts a « label » as one word and never ends a sentence inside it', () => {
    const found = sentences('Lisez la question : « Êtes-vous en formation ? ». Cochez « Oui » ou « Non ».');
    expect(found.map((s) => s.tokens.length)).toEqual([4, 4]);
    expect(found[1]?.text).toBe('Cochez « Oui » ou « Non ».');
  });

  it('counts elisions, hyphenated words and numbers as one word each, and not punctuation', () => {
    expect(sentences("Ouvrez l'onglet : votre e-mail a 6 chiffres — voilà.")[0]?.tokens.length).toBe(8);
  });

  it('gives each sentence its offset in the text', () => {
    const text = 'Cliquez sur « Mon Compte ». C’est votre espace.';
    expect(sentences(text).map((s) => text.slice(s.start, s.start + 5))).toEqual(['Cliqu', 'C’est']);
  });
});

describe('sentence length', () => {
  it('accepts 15 words and rejects 16', () => {
    expect(checkSentenceLength(`${words(15)}.`)).toEqual([]);
    const [finding] = checkSentenceLength(`Court. ${words(16)}.`);
    expect(finding?.what).toMatch(/^a sentence of 16 words/);
    expect(finding?.offset).toBe(7);
  });

  it('counts a long quoted label as one word', () => {
    expect(checkSentenceLength(`${words(12)} « ${words(10)} ».`)).toEqual([]);
  });
});

describe('one action per step', () => {
  it.each([
    'Cliquez sur « Mon Compte ».',
    'Lisez la question. Cochez « Oui » ou « Non ».',
    "Retenez le code à 6 chiffres. Puis revenez sur l'onglet de la Caf.",
    'Cliquez sur « Envoyer ». Ensuite, revenez ici.',
    'Ne cochez pas « Se souvenir de moi ». Cliquez sur « Se connecter ».',
    "Si vous cliquez ailleurs, rien ne se passe. Cochez la case « J'accepte ».",
    'Relisez vos réponses. Si tout est juste, cliquez sur « Je confirme ».',
    'Cliquez sur « Cliquez ici pour valider ».',
    "N'ouvrez pas ce message. Supprimez-le.",
  ])('accepts %j', (say) => {
    expect(checkOneAction(say)).toEqual([]);
  });

  it.each([
    ['Cliquez sur « Mon Compte ». Écrivez votre numéro.', ['Cliquez', 'Écrivez']],
    ['Connectez-vous, puis cliquez sur « Mes attestations ».', ['Connectez-vous', 'cliquez']],
    ['Ouvrez vos e-mails. Revenez ensuite ici.', ['Ouvrez', 'Revenez']],
    ['Choisissez le mois et appuyez sur « Entrée ».', ['Choisissez', 'appuyez']],
  ])('rejects %j', (say, verbs) => {
    expect(actionVerbs(say).map((v) => v.verb)).toEqual(verbs);
    const [finding] = checkOneAction(say);
    expect(finding?.rule).toBe('one-action');
    expect(finding?.offset).toBe(say.indexOf(verbs[1]!));
  });
});

describe('vouvoiement', () => {
  it.each([
    ['Clique sur « Mon Compte ».', 'Clique'],
    ['Puis écris ton numéro.', 'écris'],
    ['Écrivez ton numéro.', 'ton'],
    ['Tu peux cliquer ici.', 'Tu'],
    ['Connecte-toi avec tes identifiants.', 'Connecte-toi'],
    ["Le site va t'envoyer un code.", "t'envoyer"],
  ])('rejects %j', (text, word) => {
    const findings = checkVouvoiement(text);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]?.offset).toBe(text.indexOf(word));
  });

  it.each([
    'La Caf vérifie que vous êtes une personne.',
    'La page s’ouvre. Elle va vous demander un code.',
    'Cliquez sur « Clique ici ».',
    'Entre 9 h et 17 h, appelez la Caf.',
  ])('accepts %j', (text) => {
    expect(checkVouvoiement(text)).toEqual([]);
  });
});

describe('the glossary file', () => {
  it('reads data/glossary.yaml, and each explanation passes its own check', () => {
    expect(glossary().map((t) => t.word)).toContain('mot de passe');
  });

  it('reports a bad pattern and an explanation its patterns do not accept, with their lines', () => {
    const text = [
      'terms:',
      '  - word: onglet',
      "    forms: ['onglets?(']",
      '    explanation: Une autre page.',
      "    accepted: ['autre page']",
      '  - word: lien',
      "    forms: ['liens?']",
      '    explanation: Un texte bleu.',
      "    accepted: ['souligné']",
    ].join('\n');
    const read = readGlossary('data/glossary.yaml', text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => [e.line, e.what.split(':')[0]])).toEqual([
      [3, 'invalid regular expression'],
      [2, 'no form matches « onglet »'],
      [8, 'the explanation of « lien » matches none of its accepted patterns'],
    ]);
  });
});

// A plainly fictitious guide; line numbers below refer to this text (line 1 = title).
const GUIDE = `title: Exemple de démarche fictive
summary: Une démarche inventée pour les tests.
site: caf
start: https://www.caf.fr/
verified:
  on: 2026-11-01
  against: tests/fixtures/sites/caf/
  source: exemple fictif
steps:
  - id: ouvrir-onglet
    page: { url: https://www.caf.fr/* }
    target:
      any:
        - css: '#onglet'
        - text: Onglet des démarches
    say: Cliquez sur « Onglet des démarches ».
    done:
      click: target
  - id: saisir-mot-de-passe
    page: { url: https://www.caf.fr/* }
    target:
      any:
        - css: '#mdp'
        - label: Mot de passe
    say: Écrivez votre mot de passe. Cliquez sur « Valider ».
    risk:
      level: caution
      why: Sur un ordinateur partagé, ton mot de passe peut être vu par la personne suivante.
    done:
      click: target
  - id: lire-le-code
    page:
      url: https://mail.google.com/*
    say: Retenez le code à 6 chiffres. Il prouve que c'est bien vous. Puis revenez sur l'onglet de la Caf.
    done:
      url: https://www.caf.fr/*
`;

describe('lintGuideText', () => {
  const lint = (text = GUIDE, today = TODAY) =>
    lintGuideText('guides/caf/exemple.yaml', text, { glossary: glossary(), today });

  it('locates each problem at its word, names the step, and says what was expected', () => {
    const lines = lint().map(formatLintIssue);
    expect(lines).toEqual([
      expect.stringMatching(
        /^guides\/caf\/exemple\.yaml:25:24 — step saisir-mot-de-passe, say: « mot de passe » \(glossary: mot de passe\) is used for the first time in this guide without its explanation — an explanation in this step, e\.g\. « Le mot de passe est votre mot secret\. .* \[glossary\]$/,
      ),
      expect.stringMatching(
        /^guides\/caf\/exemple\.yaml:25:38 — step saisir-mot-de-passe, say: 2 actions in one step .* \[one-action\]$/,
      ),
      expect.stringMatching(
        /^guides\/caf\/exemple\.yaml:28:39 — step saisir-mot-de-passe, risk\.why: « ton » speaks to the learner as « tu » — vouvoiement .* \[vouvoiement\]$/,
      ),
      // « onglet » first appears in lire-le-code (the label « Onglet des démarches » does not count),
      // which does not explain it.
      expect.stringMatching(/^guides\/caf\/exemple\.yaml:34:90 — step lire-le-code, say: « onglet » .* \[glossary\]$/),
    ]);
  });

  it('accepts an explanation in another text of the same step (risk.why)', () => {
    const fixed = GUIDE.replace('ton mot de passe peut être vu', 'votre mot secret peut être vu')
      .replace(' Cliquez sur « Valider ».', '')
      .replace('Puis revenez sur', 'Un onglet est une autre page. Puis revenez sur');
    expect(lint(fixed)).toEqual([]);
  });

  it('checks only the first step that uses a word', () => {
    const fixed = GUIDE.replace('ton mot de passe peut être vu', 'votre mot secret peut être vu').replace(
      'Cliquez sur « Onglet des démarches ».',
      'Cliquez sur « Démarches ». Cet onglet reste ouvert.',
    );
    const glossaryIssues = lint(fixed).filter((i) => i.rule === 'glossary');
    expect(glossaryIssues.map((i) => [i.line, i.what.split(':')[0]])).toEqual([[16, 'step ouvrir-onglet, say']]);
  });

  it('lints the title and summary for length and vouvoiement, not for actions', () => {
    const summary = `Cliquez ici. Écrivez ici. Clique ici. ${words(16)}.`;
    const text = GUIDE.replace('summary: Une démarche inventée pour les tests.', `summary: ${summary}`);
    const onSummary = lint(text).filter((i) => i.line === 2);
    expect(onSummary.map((i) => [i.col, i.rule, i.what.split(':')[0]])).toEqual([
      [10 + summary.indexOf('Clique '), 'vouvoiement', 'summary'],
      [10 + summary.indexOf('mot1'), 'sentence-length', 'summary'],
    ]);
  });

  it('warns when verified.on is older than 180 days, without failing', () => {
    const only = (today: Date) => lint(GUIDE, today).filter((i) => i.rule === 'verified-age');
    expect(only(new Date('2027-04-30T12:00:00Z'))).toEqual([]); // 180 days
    const [warning] = only(new Date('2027-05-01T12:00:00Z'));
    expect(warning).toMatchObject({
      severity: 'warning',
      line: 6,
      col: 7,
      what: 'verified.on 2026-11-01 is 181 days old',
    });
    expect(formatLintIssue(warning!)).toMatch(/^warning: guides\/caf\/exemple\.yaml:6:7 — /);
  });

  it('leaves a guide that does not compile to the compiler', () => {
    expect(lint('title: [')).toEqual([]);
  });
});

describe('canonical form', () => {
  const file = join(ROOT, 'guides', 'caf', 'exemple.yaml');

  it('is stable and keeps comments', async () => {
    const messy = `# a comment\ntitle:   "Exemple"   # kept\nsteps:\n    - id: "a"\n`;
    const once = await canonicalForm(file, messy);
    expect(once).toContain('# a comment');
    expect(once).toContain('# kept');
    expect(await canonicalForm(file, once)).toBe(once);
  });

  it('reports the first line that differs from it', async () => {
    const [issue] = await checkCanonical(
      'guides/caf/exemple.yaml',
      file,
      GUIDE.replace("css: '#onglet'", 'css: "#onglet"'),
    );
    expect(issue).toMatchObject({ line: 14, col: 16, rule: 'canonical-format', severity: 'error' });
    expect(issue?.expected).toMatch(/npm run guides:format$/);
    expect(await checkCanonical('guides/caf/exemple.yaml', file, GUIDE)).toEqual([]);
  });

  it('leaves a file prettier cannot parse to the compiler, which locates the YAML error', async () => {
    expect(await checkCanonical('guides/caf/exemple.yaml', file, 'say: Par exemple 01/11 : le jour.\n')).toEqual([]);
  });
});

describe('lintProject', () => {
  it('passes on the guides of this repository', async () => {
    const result = await lintProject(ROOT);
    const errors = result.issues.filter((i) => i.severity === 'error').map(formatLintIssue);
    expect(errors, errors.join('\n')).toEqual([]);
    expect(result.guides).toBeGreaterThan(0);
    // Every step of every guide has its English and Arabic text today.
    expect(result.translated.en.of).toBeGreaterThan(result.steps - 1);
    expect(result.translated).toEqual({
      en: { done: result.translated.en.of, of: result.translated.en.of },
      ar: { done: result.translated.en.of, of: result.translated.en.of },
    });
  });

  it('reports a missing glossary, a stale schema and a guide that does not compile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guides-lint-'));
    try {
      mkdirSync(join(dir, 'guides', 'caf'), { recursive: true });
      writeFileSync(join(dir, 'guides', 'caf', 'exemple.yaml'), 'title: Exemple\n');
      const rules = (await lintProject(dir, { today: TODAY })).issues.map((i) => `${i.file} ${i.rule}`);
      expect(rules).toContain('data/glossary.yaml glossary-file');
      expect(rules).toContain('guides/guide.schema.json schema-fresh');
      expect(rules).toContain('guides/caf/exemple.yaml compile');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
