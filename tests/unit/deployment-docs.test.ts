// The toolbar examples of docs/deployment.md are valid as written: each Windows registry value
// holds JSON that parses (with Chrome's toolbar_pin and Edge's toolbar_state), and the Linux and
// Firefox files are JSON with the button's placement.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DOC = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'deployment.md'), 'utf8');
const ID = 'abcdefghijklmnopabcdefghijklmnop';

type Settings = Record<string, Record<string, string>>;
const parse = (json: string) => JSON.parse(json) as { ExtensionSettings?: Settings };

function blocks(lang: string): string[] {
  return [...DOC.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
}

/** Every `"ExtensionSettings"="…"` registry value, unescaped as regedit reads it, then parsed. */
function registrySettings(): { key: string; settings: Settings }[] {
  return blocks('reg').flatMap((block) => {
    let key = '';
    return block.split('\n').flatMap((line) => {
      if (line.startsWith('[')) key = line;
      const value = /^"ExtensionSettings"="(.*)"$/.exec(line)?.[1];
      return value === undefined ? [] : [{ key, settings: parse(value.replace(/\\(["\\])/g, '$1')) as Settings }];
    });
  });
}

describe('docs/deployment.md: the button on the toolbar', () => {
  it('gives Chrome and Edge registry values that parse, each pinning the button its own way', () => {
    const values = registrySettings();
    const chrome = values.find((v) => v.key.includes('Google\\Chrome'))?.settings[ID];
    const edge = values.find((v) => v.key.includes('Microsoft\\Edge'))?.settings[ID];
    expect(chrome).toMatchObject({ installation_mode: 'force_installed', toolbar_pin: 'force_pinned' });
    expect(edge).toMatchObject({ installation_mode: 'force_installed', toolbar_state: 'force_shown' });
    expect(edge?.update_url).toContain('edge.microsoft.com');
  });

  it('pins the button in the Linux policy file and places it in Firefox', () => {
    const json = blocks('json');
    const whole = json.filter((b) => b.trim().startsWith('{')).map(parse);
    const linux = whole.find((p) => p.ExtensionSettings?.[ID]);
    expect(linux?.ExtensionSettings?.[ID]?.toolbar_pin).toBe('force_pinned');
    const firefox = json.find((b) => b.trim().startsWith('"ExtensionSettings"'));
    expect(parse(`{${firefox}}`).ExtensionSettings?.['coup-de-pouce@emmaus-connect.example']?.default_area).toBe(
      'navbar',
    );
  });
});
