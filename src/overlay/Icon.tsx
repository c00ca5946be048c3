// A stroked 24×24 pictogram from a path the background sends (src/look/icons.ts); decorative,
// always next to its word.
import type { JSX } from 'solid-js';

export function Icon(props: { d: string }): JSX.Element {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <path d={props.d} />
    </svg>
  );
}
