// The popup's « keep the button in sight » hint, for installs at home: how to pin the toolbar
// button, with a small picture of the extensions menu. Shown only when the browser says the
// button is not on the toolbar (Chrome, Edge); never when it cannot say (Firefox puts it there).
import { createResource, Show, type JSX } from 'solid-js';
import { useText } from './text';

export interface PinHintProps {
  /** Whether the button is on the toolbar; undefined when the browser cannot tell. */
  onToolbar: () => Promise<boolean | undefined>;
}

/** A sketch of the toolbar: the puzzle piece opens the menu, the pin beside our name keeps it. */
function PinPicture(): JSX.Element {
  return (
    <svg class="pin-picture" viewBox="0 0 320 120" aria-hidden="true">
      <rect x="2" y="2" width="316" height="36" rx="8" fill="#f1f3f6" stroke="#9aa5b8" />
      <rect x="12" y="10" width="200" height="20" rx="10" fill="#fff" stroke="#c4ccd9" />
      <circle cx="258" cy="20" r="15" fill="#fff4d6" stroke="#b35c00" stroke-width="3" />
      <path
        d="M250 15h5a3 3 0 1 1 6 0h5v6a3 3 0 1 1 0 6v4h-16v-5a3 3 0 1 0 0-6z"
        fill="#0b3d91"
        transform="translate(0 -4)"
      />
      <text x="258" y="56" font-size="14" font-weight="700" text-anchor="middle" fill="#b35c00">
        1
      </text>
      <rect x="96" y="62" width="220" height="54" rx="8" fill="#fff" stroke="#9aa5b8" />
      <rect x="108" y="78" width="20" height="20" rx="4" fill="#0b3d91" />
      <text x="138" y="93" font-size="15" fill="#111">
        Coup de pouce
      </text>
      <circle cx="290" cy="88" r="15" fill="#fff4d6" stroke="#b35c00" stroke-width="3" />
      <path d="M285 79h10l-2 7 4 4h-7v7l-1 2-1-2v-7h-7l4-4z" fill="#0b3d91" />
      <text x="262" y="76" font-size="14" font-weight="700" text-anchor="middle" fill="#b35c00">
        2
      </text>
    </svg>
  );
}

export function PinHint(props: PinHintProps): JSX.Element {
  const { t } = useText();
  // A browser that cannot answer is treated as « on the toolbar »: no hint rather than a wrong one.
  const [onToolbar] = createResource(() => props.onToolbar().catch(() => undefined));
  return (
    <Show when={onToolbar() === false}>
      <section class="pin-hint" data-testid="pin-hint">
        <h2>{t('popup.pinTitle')}</h2>
        <PinPicture />
        <ol>
          <li>{t('popup.pinPuzzle')}</li>
          <li>{t('popup.pinPin')}</li>
        </ol>
        <p>{t('popup.pinEdge')}</p>
        <p>{t('popup.pinResult')}</p>
      </section>
    </Show>
  );
}
