// The ban on HTML sinks (docs/security.md) is an ESLint rule: this runs the project's own ESLint
// configuration on probe code placed in src/, so that the rule cannot silently disappear or be
// switched off for our sources by a later config block.
// @vitest-environment node
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
// Probes take the path of real source files (text passed in memory, nothing written), because
// type-aware linting only accepts files of the TypeScript project.
const TS_PATH = join(ROOT, 'src', 'shared', 'text.ts');
const TSX_PATH = join(ROOT, 'src', 'ui', 'GuidePicker.tsx');

const SINKS = [
  'const el = document.createElement("div");',
  'el.innerHTML = location.hash;',
  'el.insertAdjacentHTML("beforeend", location.hash);',
  'el.outerHTML = location.hash;',
  'document.write(location.hash);',
  'el.innerHTML += location.hash;',
  'el["innerHTML"] = location.hash;',
  'document.writeln(location.hash);',
  'el.setHTMLUnsafe(location.hash);',
  'document.createRange().createContextualFragment(location.hash);',
  'new DOMParser().parseFromString(location.hash, "text/html");',
  'document.createElement("iframe").srcdoc = location.hash;',
  'document.createElement("iframe").setAttribute("srcdoc", location.hash);',
  'export {};',
].join('\n');

const SAFE = [
  'const el = document.createElement("div");',
  'el.textContent = location.hash;',
  'el.append(document.createTextNode(location.hash));',
  'export const read = () => el.innerHTML.length;',
].join('\n');

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function problems(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => ({ line: m.line, rule: m.ruleId, text: m.message }));
}

const SINK_RULES = ['no-restricted-syntax', 'no-restricted-properties'];

describe('the HTML-sink ban in eslint.config.js', () => {
  it.each([
    ['a TypeScript module', TS_PATH],
    ['a Solid component file', TSX_PATH],
  ])(
    'flags innerHTML (also as el["innerHTML"]), insertAdjacentHTML, outerHTML, document.write(ln), setHTMLUnsafe, createContextualFragment, DOMParser and srcdoc in %s',
    async (_, path) => {
      const found = await problems(SINKS, path);
      // No parsing error: the probe really went through the rules.
      expect(found.filter((p) => p.rule === null)).toEqual([]);
      const sinks = found.filter((p) => SINK_RULES.includes(p.rule ?? ''));
      expect(sinks.map((p) => p.line).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
      expect(sinks.find((p) => p.line === 2)?.text).toMatch(/No HTML sinks: innerHTML/);
      expect(sinks.find((p) => p.line === 3)?.text).toMatch(/insertAdjacentHTML.*No HTML sinks/);
      for (const p of sinks) expect(p.text).toMatch(/No HTML sinks/);
    },
    60_000,
  );

  it('leaves text written as text alone (and reading innerHTML is not a sink)', async () => {
    const found = await problems(SAFE, TS_PATH);
    expect(found.filter((p) => p.rule === null || SINK_RULES.includes(p.rule))).toEqual([]);
  }, 60_000);
});
