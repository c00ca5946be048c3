// The overlay with the learner's look (src/look → src/overlay/look.ts): a step card in Arabic
// with the pictogram of its action, a step said in French for want of a translation (marked, its
// text in French), and reading aloud: a local voice of the text's language first, none → false.
import { render } from 'solid-js/web';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildLook } from '../../src/look';
import { setLook } from '../../src/overlay';
import { StepCard } from '../../src/overlay/StepCard';
import { speak } from '../../src/overlay/speech';
import { DEFAULT_DISPLAY } from '../../src/storage';
import type { StepInfo } from '../../src/overlay';

const ROOT = join(import.meta.dirname, '..', '..');

/** locales/<lang>.yml flattened to dotted keys, as the packaged messages.json gives them. */
function table(language: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === 'string') out[path.join('.')] = value;
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
  };
  walk(parse(readFileSync(join(ROOT, 'locales', `${language}.yml`), 'utf8')), []);
  return out;
}

const INFO: StepInfo = {
  guideTitle: 'Démarche fictive',
  index: 1,
  total: 4,
  say: 'Écrivez votre numéro.',
  act: 'write',
};

function mount(info: StepInfo): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  dispose.push(render(() => <StepCard info={info} onAction={() => undefined} onHelp={() => undefined} />, host));
  return host;
}
const dispose: (() => void)[] = [];

interface FakeVoice {
  lang: string;
  localService: boolean;
  name: string;
}

function fakeSpeech(voices: FakeVoice[]) {
  const spoken: { text: string; voice: FakeVoice }[] = [];
  vi.stubGlobal('speechSynthesis', {
    getVoices: () => voices,
    cancel: vi.fn(),
    speak: (utterance: { text: string; voice: FakeVoice }) => spoken.push(utterance),
  });
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      voice?: FakeVoice;
      lang = '';
      rate = 1;
      constructor(readonly text: string) {}
    },
  );
  return spoken;
}

afterEach(() => {
  for (const stop of dispose.splice(0)) stop();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('the overlay in the learner’s look', () => {
  it('shows a step in Arabic with the pictogram and word of its action', () => {
    setLook(buildLook(DEFAULT_DISPLAY, 'ar', table('ar')));
    const card = mount({ ...INFO, say: 'اكتب رقمك.' });
    expect(card.querySelector('[data-cdp="progress"]')?.textContent).toBe('الخطوة 2 من 4');
    expect(card.querySelector('[data-cdp="act"]')?.getAttribute('data-act')).toBe('write');
    expect(card.querySelector('[data-cdp="act"]')?.textContent).toBe('اكتب');
    expect(card.querySelector('[data-cdp="act"] path')?.getAttribute('d')).toMatch(/^M4 20h16/);
    expect(card.querySelector('[data-cdp="say"]')?.getAttribute('lang')).toBe('ar');
    expect(card.querySelector('[data-cdp="french"]')).toBeNull();
  });

  it('marks a step said in French for want of a translation, and gives its text lang="fr"', () => {
    setLook(buildLook(DEFAULT_DISPLAY, 'ar', table('ar')));
    const card = mount({ ...INFO, french: true });
    expect(card.querySelector('[data-cdp="french"]')?.textContent).toBe('هذا النص لم يُترجم بعد. هو بالفرنسية.');
    const say = card.querySelector('[data-cdp="say"]');
    expect(say?.getAttribute('lang')).toBe('fr');
    expect(say?.getAttribute('dir')).toBe('auto');
    expect(say?.textContent).toBe('Écrivez votre numéro.');
  });

  it('« Écouter » with no voice says so plainly, in the learner’s language', () => {
    fakeSpeech([]);
    setLook(buildLook(DEFAULT_DISPLAY, 'fr', table('fr')));
    const card = mount(INFO);
    expect(card.querySelector('[data-cdp="no-voice"]')).toBeNull();
    card.querySelector<HTMLButtonElement>('[data-cdp="listen"]')?.click();
    expect(card.querySelector('[data-cdp="no-voice"]')?.textContent).toBe(
      'Cet ordinateur ne peut pas lire à voix haute. Demandez à un conseiller.',
    );
  });

  it('automatic reading reads the step and its risk once, with a voice of the text’s language', () => {
    const spoken = fakeSpeech([
      { lang: 'fr-FR', localService: false, name: 'en ligne' },
      { lang: 'fr-FR', localService: true, name: 'sur ce PC' },
    ]);
    setLook(buildLook({ ...DEFAULT_DISPLAY, autoRead: true }, 'fr', table('fr')));
    const info = {
      ...INFO,
      say: 'Cliquez sur « Envoyer ».',
      risk: { level: 'irreversible' as const, why: 'Cela part.' },
    };
    mount(info);
    mount(info); // drawn again (a stuck view): not read twice
    expect(spoken.map((u) => [u.text, u.voice.name])).toEqual([['Cliquez sur « Envoyer ». Cela part.', 'sur ce PC']]);
  });
});

describe('speak', () => {
  it('picks a voice of the language, a local one first; none → false; no speech API → false', () => {
    const spoken = fakeSpeech([
      { lang: 'en-GB', localService: true, name: 'English' },
      { lang: 'ar-SA', localService: false, name: 'عربي' },
    ]);
    expect(speak('مرحبا', 'ar')).toBe(true);
    expect(spoken.at(-1)?.voice.name).toBe('عربي');
    expect(speak('Bonjour', 'fr')).toBe(false);
    vi.unstubAllGlobals();
    vi.stubGlobal('speechSynthesis', undefined);
    expect(speak('Bonjour', 'fr')).toBe(false);
  });
});
