// guides:suggest on the CAF replicas: the printed target is valid YAML that compiles, names the
// element by several signals, and the tool says the locator finds exactly that element.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CAF = join(ROOT, 'tests', 'fixtures', 'sites', 'caf');

function suggest(fixture: string, css: string): { status: number | null; out: string } {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts', 'guides-suggest.ts'), join(CAF, fixture), css],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return { status: run.status, out: run.stdout + run.stderr };
}

/** The signals of the printed target (comment lines are the tool's verdict, not YAML data). */
function suggestedSignals(out: string): object[] {
  const yaml = parse(
    out
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .join('\n'),
  ) as { target: { any: object[] } };
  return yaml.target.any;
}

describe('guides:suggest', () => {
  it('suggests css, role + name and href for the « Mon Compte » link', () => {
    const { status, out } = suggest('accueil.html', '.is-disconnected > a');
    expect(status).toBe(0);
    expect(out).toContain('# checked: the locator finds exactly this element');
    expect(suggestedSignals(out)).toEqual([
      { css: '.is-disconnected > a' },
      { role: 'link', name: 'Mon Compte' },
      { href: '/redirect/s/Redirect?page=monCompte' },
    ]);
  });

  it('reaches a field inside a <template> view and uses its label and name attribute', () => {
    const { status, out } = suggest('connexion.html', '#nir');
    expect(status).toBe(0);
    expect(suggestedSignals(out)).toEqual([
      { css: '#nir' },
      { role: 'textbox', name: 'Numéro de sécurité sociale' },
      { attr: { name: 'nir' } },
    ]);
  }, 90_000);

  it('writes the soft context by default: landmark, nearest heading, neighbouring text', () => {
    const context = (out: string) =>
      (
        parse(
          out
            .split('\n')
            .filter((l) => !l.startsWith('#'))
            .join('\n'),
        ) as { target: { context?: object } }
      ).target.context;
    expect(context(suggest('accueil.html', '.is-disconnected > a').out)).toEqual({
      landmark: 'navigation',
      near: 'Aides et démarches',
    });
    expect(context(suggest('connexion.html', '#nir').out)).toEqual({
      landmark: 'form',
      heading: 'Vos identifiants Caf',
      near: '13 chiffres, sur votre carte Vitale',
    });
  }, 90_000);

  it('fails kindly for a selector that matches nothing', () => {
    const { status, out } = suggest('accueil.html', '#absent');
    expect(status).toBe(1);
    expect(out).toContain('No element matches #absent');
  });
});
