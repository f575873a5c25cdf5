import { Field, Select } from '@fluentui/react-components';

export interface PreviewSelectProps<V extends string> {
  label: string;
  value: V;
  options: readonly V[];
  /** The text of an option. */
  optionLabel: (value: V) => string;
  onChange: (value: V) => void;
  className?: string;
}

/** One labelled switch of a preview's controls: a native select of a few fixed values. */
export function PreviewSelect<V extends string>({
  label,
  value,
  options,
  optionLabel,
  onChange,
  className,
}: PreviewSelectProps<V>) {
  return (
    <Field label={label}>
      <Select className={className} value={value} onChange={(_, d) => onChange(d.value as V)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
