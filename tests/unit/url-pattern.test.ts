// URL patterns: `*` wildcards, exact matches, fragments ignored, hosts extracted.
import { describe, expect, it } from 'vitest';
import { matchUrlPattern, patternHost } from '../../src/shared';

describe('matchUrlPattern', () => {
  it.each([
    ['https://www.caf.fr/*', 'https://www.caf.fr/', true],
    ['https://www.caf.fr/*', 'https://www.caf.fr/aides?x=1', true],
    ['https://www.caf.fr/*', 'https://wwwd.caf.fr/', false],
    ['https://www.caf.fr/*', 'https://www.caf.fr.evil.example/', false],
    [
      'https://wwwd.caf.fr/redirect/s/Redirect?page=monCompte',
      'https://wwwd.caf.fr/redirect/s/Redirect?page=monCompte',
      true,
    ],
    [
      'https://wwwd.caf.fr/redirect/s/Redirect?page=monCompte',
      'https://wwwd.caf.fr/redirect/s/Redirect?page=monCompteAttestationPaiement',
      false,
    ],
    [
      'https://wwwd.caf.fr/redirect/s/Redirect?page=monCompte',
      'https://wwwd.caf.fr/redirect/s/Redirect?page=monCompte#top',
      true,
    ],
    ['https://a.fr/*/b/*', 'https://a.fr/x/b/y', true],
    ['https://a.fr/*/b/*', 'https://a.fr/x/c/y', false],
    ['https://a.fr/*ab*ab', 'https://a.fr/ab', false],
  ])('%s vs %s → %s', (pattern, href, expected) => {
    expect(matchUrlPattern(pattern, href)).toBe(expected);
  });

  it('stays linear on long adversarial input', () => {
    const href = `https://a.fr/${'a'.repeat(20000)}`;
    expect(matchUrlPattern(`https://a.fr/${'*a'.repeat(50)}b`, href)).toBe(false);
  });

  it('extracts the host of a pattern', () => {
    expect(patternHost('https://wwwd.caf.fr/redirect/s/Redirect?page=x')).toBe('wwwd.caf.fr');
    expect(patternHost('https://www.caf.fr/*')).toBe('www.caf.fr');
  });
});
