// The popup's discreet way into the counsellor's page (protected by a PIN there).
import type { JSX } from 'solid-js';
import { useText } from './text';

export function CounsellorEntry(props: { open: () => void }): JSX.Element {
  const { t } = useText();
  return (
    <p class="counsellor-entry popup-extra">
      <a
        href="#"
        onClick={(event) => {
          event.preventDefault();
          props.open();
        }}
      >
        {t('popup.counsellor')}
      </a>
    </p>
  );
}
