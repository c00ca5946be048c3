// The three levels as radio buttons, with what the coach does at each (popup and counsellor page).
import type { JSX } from 'solid-js';
import { LEVELS, type Level } from './levels';
import { RadioChoice } from './RadioChoice';
import { useText } from './text';

export function LevelChoice(props: { legend: string; value: Level; onChange: (level: Level) => void }): JSX.Element {
  const { t } = useText();
  const options = LEVELS.map((level) => ({
    id: level.id,
    label: () => (
      <>
        <strong>{t(level.title)}</strong> {t(level.help)}
      </>
    ),
  }));
  return (
    <RadioChoice
      class="levels"
      name="level"
      legend={props.legend}
      options={options}
      value={props.value}
      onChange={(level) => props.onChange(level)}
    />
  );
}
