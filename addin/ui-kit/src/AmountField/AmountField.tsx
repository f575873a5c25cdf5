import { Field, Input } from '@fluentui/react-components';

/** What the user typed as an amount: a decimal comma read as a point; blank, invalid or negative text is 0. */
export const amountOf = (text: string) => Math.max(0, Number(text.replace(',', '.')) || 0);

export interface AmountFieldProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  /** 1 for minutes, 0.01 for money. */
  step: number;
  /** The input's class (a grid cell's width). */
  inputClassName?: string;
}

/** A labelled number of 0 or more (a cost, a duration). */
export function AmountField({ label, value, onChange, step, inputClassName }: AmountFieldProps) {
  return (
    <Field label={label}>
      <Input
        className={inputClassName}
        type="number"
        min={0}
        step={step}
        value={String(value)}
        onChange={(_, d) => onChange(amountOf(d.value))}
      />
    </Field>
  );
}
