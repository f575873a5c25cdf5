import { Dropdown, Field, Option, makeStyles } from '@fluentui/react-components';

// Fluent's Dropdown has a fixed min-width; in a grid cell it must shrink to the cell.
const useStyles = makeStyles({ control: { minWidth: 0, width: '100%' } });

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export interface ChoiceFieldProps<T extends string> {
  label: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  className?: string;
  hint?: string;
}

/** A labelled dropdown over a fixed list of values (information flow, correspondence type, salesperson…). */
export function ChoiceField<T extends string>({
  label,
  value,
  choices,
  onChange,
  className,
  hint,
}: ChoiceFieldProps<T>) {
  const styles = useStyles();
  const selected = choices.find((choice) => choice.value === value);
  return (
    <Field label={label} className={className} hint={hint}>
      <Dropdown
        className={styles.control}
        value={selected?.label ?? ''}
        selectedOptions={[value]}
        onOptionSelect={(_, d) => onChange(d.optionValue as T)}
      >
        {choices.map((choice) => (
          <Option key={choice.value} value={choice.value}>
            {choice.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
