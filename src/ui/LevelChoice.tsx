// The three levels as radio buttons, with what the coach does at each (popup and counsellor page).
import { For, type JSX } from 'solid-js';
import { LEVELS, type Level } from './levels';

export function LevelChoice(props: { legend: string; value: Level; onChange: (level: Level) => void }): JSX.Element {
  return (
    <fieldset class="levels">
      <legend>{props.legend}</legend>
      <For each={LEVELS}>
        {(choice) => (
          <label>
            <input
              type="radio"
              name="level"
              value={choice.id}
              checked={props.value === choice.id}
              onChange={() => props.onChange(choice.id)}
            />
            <span>
              <strong>{choice.title}</strong> {choice.help}
            </span>
          </label>
        )}
      </For>
    </fieldset>
  );
}
