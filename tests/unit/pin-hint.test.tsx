// The popup's hint to pin the toolbar button: shown in plain French with its picture only when the
// browser says the button is hidden in the extensions menu; never when it is pinned or unknown.
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import { PinHint } from '../../src/ui';
import { InFrench } from '../support/french';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.textContent = '';
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function mount(onToolbar: () => Promise<boolean | undefined>) {
  const host = document.body.appendChild(document.createElement('div'));
  dispose = render(
    () => (
      <InFrench>
        <PinHint onToolbar={onToolbar} />
      </InFrench>
    ),
    host,
  );
  await flush();
  return document.querySelector('[data-testid="pin-hint"]');
}

describe('the pin hint', () => {
  it('says how to pin the button, with a picture, when it is hidden in the extensions menu', async () => {
    const hint = await mount(() => Promise.resolve(false));
    expect(hint?.querySelector('svg.pin-picture')).not.toBeNull();
    const steps = [...(hint?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
    expect(steps).toEqual([
      'Cliquez sur la pièce de puzzle, en haut à droite.',
      'Cliquez sur l’épingle à côté de « Coup de pouce ».',
    ]);
    expect(hint?.textContent).toContain('Sur Microsoft Edge, cliquez sur l’œil');
  });

  it('stays out of the way when the button is pinned', async () => {
    expect(await mount(() => Promise.resolve(true))).toBeNull();
  });

  it('says nothing when the browser cannot tell, or fails to', async () => {
    expect(await mount(() => Promise.resolve(undefined))).toBeNull();
    dispose?.();
    document.body.textContent = '';
    expect(await mount(() => Promise.reject(new Error('no action API')))).toBeNull();
  });
});
