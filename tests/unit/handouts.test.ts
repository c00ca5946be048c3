// The printable handouts' pure parts (scripts/lib/handout.ts): guide text is escaped in the HTML,
// « what to prepare » comes from the words the guide uses, and data/handout-prepare.yaml is valid.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/guide/build';
import type { Guide } from '../../src/guide';
import { escapeHtml, loadPrepareRules, preparedItems, renderHandout } from '../../scripts/lib/handout';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function realGuide(id: string): Guide {
  const result = buildCatalogue(ROOT);
  if (!result.ok) throw new Error('the guides do not compile');
  const guide = result.catalogue.guides.find((g) => g.id === id);
  if (!guide) throw new Error(`no guide ${id}`);
  return guide;
}

describe('handouts', () => {
  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;',
    );
  });

  it('prints guide text as text, never as markup', () => {
    const guide = realGuide('caf/attestation-paiement');
    const hostile: Guide = { ...guide, title: 'Titre <img src=x onerror=alert(1)>' };
    const html = renderHandout(hostile, ['Votre <b>CV</b>'], [{ say: 'Cliquez <script>x</script>', risk: '"danger"' }]);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>CV</b>');
    expect(html).toContain('Titre &#60;img src=x onerror=alert(1)&#62;');
    expect(html).toContain('Étape 1 sur 1');
    expect(html).toContain('(Pas d’image pour cette étape.)');
  });

  it('lists what to prepare from whole words of the guide, accents ignored, in file order', () => {
    const guide = realGuide('caf/attestation-paiement');
    const rules = [
      { words: ['mot de passe'], item: 'Votre mot de passe.' },
      { words: ['securite sociale'], item: 'Votre numéro.' },
      { words: ['zzzz introuvable'], item: 'Jamais listé.' },
    ];
    const items = preparedItems(
      { ...guide, summary: 'Il faut votre numéro de Sécurité sociale et votre mot de passe.' },
      rules,
    );
    expect(items).toEqual(['Votre mot de passe.', 'Votre numéro.']);
    // « cv » must not match inside another word (« cvc », « recvoir »).
    expect(preparedItems({ ...guide, summary: 'Le code cvc.' }, [{ words: ['cv'], item: 'Votre CV.' }])).toEqual([]);
  });

  it('reads data/handout-prepare.yaml', () => {
    const rules = loadPrepareRules(ROOT);
    expect(rules.length).toBeGreaterThan(3);
    for (const rule of rules) expect(rule.item).toMatch(/^[A-ZÉ].*\.$/);
  });
});
