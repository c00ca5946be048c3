// One yes-or-no choice of a learner page: a large checkbox with its sentence, the whole line
// clickable (« Terminer ma session », « Affichage »).
import type { JSX } from 'solid-js';

export function CheckChoice(props: {
  class: string;
  testId: string;
  checked: boolean;
  set: (on: boolean) => void;
  children: JSX.Element;
}): JSX.Element {
  return (
    <label class={props.class}>
      <input
        type="checkbox"
        data-testid={props.testId}
        checked={props.checked}
        onChange={(event) => props.set(event.currentTarget.checked)}
      />
      <span>{props.children}</span>
    </label>
  );
}
