// One choice among a few, as large radio buttons in a titled box (the level, the text size): the
// whole line of each option is clickable.
import { For, type JSX } from 'solid-js';

export interface RadioOption<T extends string> {
  id: T;
  label: () => JSX.Element;
}

export function RadioChoice<T extends string>(props: {
  class: string;
  name: string;
  legend: string;
  options: readonly RadioOption<T>[];
  value: T;
  onChange: (id: T) => void;
}): JSX.Element {
  return (
    <fieldset class={props.class}>
      <legend>{props.legend}</legend>
      <For each={props.options}>
        {(option) => (
          <label>
            <input
              type="radio"
              name={props.name}
              value={option.id}
              checked={props.value === option.id}
              onChange={() => props.onChange(option.id)}
            />
            <span>{option.label()}</span>
          </label>
        )}
      </For>
    </fieldset>
  );
}
