import { memo, useId } from 'react';

export interface ChoiceProps<T extends string> {
  label: string;
  value: T;
  choices: readonly T[];
  labels?: Partial<Record<T, string>>;
  onChange: (value: T) => void;
}

/** A segmented choice built on native radio buttons (arrow keys move between them). */
function ChoiceView<T extends string>({ label, value, choices, labels, onChange }: ChoiceProps<T>) {
  const name = useId();
  return (
    <fieldset className="control choice">
      <legend>{label}</legend>
      <div className="choice-options">
        {choices.map((choice) => (
          <label key={choice} className={choice === value ? 'is-on' : undefined}>
            <input type="radio" name={name} value={choice} checked={choice === value} onChange={() => onChange(choice)} />
            <span>{labels?.[choice] ?? choice}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Memoised: a diagram re-renders on every slider input, and its choices rarely change with it (pass a stable onChange). */
export const Choice = memo(ChoiceView) as typeof ChoiceView;
