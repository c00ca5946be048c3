// The Gmail replica's two « To » variants (textarea.vO and the newer div.anm[name=to]) are one
// page: boite-peoplekit.html must equal boite.html once the To fields and the header line that
// names the variant are set aside, so the two replicas cannot drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES_DIR } from '../support/replicas';

const read = (file: string) => readFileSync(join(SITES_DIR, 'gmail', file), 'utf8');
const common = (html: string) =>
  html
    .replace(/<!--TO(-DRAFT)?-->[\s\S]*?<!--\/TO(-DRAFT)?-->/g, '<!--TO-->')
    .replace(/Served at: https:\/\/mail\.google\.com\/mail\/u\/0\/ \([\s\S]*?\)\.\n/, '');

describe('Gmail replica variants', () => {
  it('the peoplekit variant differs from the default only in its To fields', () => {
    const base = read('boite.html');
    const variant = read('boite-peoplekit.html');
    expect(base).toMatch(/<!--TO--><textarea class="vO" name="to" role="combobox" aria-label="À"/);
    expect(variant).toMatch(/<!--TO--><div class="anm" name="to"><input /);
    expect(common(variant)).toBe(common(base));
  });
});
