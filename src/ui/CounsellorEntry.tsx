// The popup's discreet way into the counsellor's page (protected by a PIN there).
import type { JSX } from 'solid-js';

export function CounsellorEntry(props: { open: () => void }): JSX.Element {
  return (
    <p class="counsellor-entry popup-extra">
      <a
        href="#"
        onClick={(event) => {
          event.preventDefault();
          props.open();
        }}
      >
        Espace médiateur
      </a>
    </p>
  );
}
