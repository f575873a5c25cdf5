import { Suspense, useMemo, useState } from 'react';
import { Field, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { lazyPart } from '../LazyPart/lazy-part';
import { InputStandIn } from '../LazyPart/InputStandIn';
import { atTime, timeFormat } from './time-locale';

// A combobox with a positioned popup: the pane's first paint goes without it (as the date's calendar).
const TimePickerControl = lazyPart(() => import('./TimePickerControl'));
export const loadTimePicker = TimePickerControl.load;

const useStyles = makeStyles({ control: { minWidth: 0, width: '100%' } });

export interface TimeFieldProps {
  label: string;
  /** HH:mm */
  value: string;
  onChange: (value: string) => void;
  className?: string;
}

/** A time of day in the UI language's clock; typed freely or picked in 15-minute steps. */
export function TimeField({ label, value, onChange, className }: TimeFieldProps) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const [invalid, setInvalid] = useState(false);
  const clock = useMemo(() => timeFormat(i18n.language), [i18n.language]);
  const anchor = useMemo(() => new Date(2026, 0, 1), []);
  return (
    <Field
      label={label}
      className={className}
      validationMessage={
        invalid ? t('datePicker.invalidTime', { example: clock.format(atTime(anchor, '14:30')) }) : undefined
      }
    >
      <Suspense fallback={<InputStandIn className={styles.control} value={clock.format(atTime(anchor, value))} />}>
        <TimePickerControl value={value} onChange={onChange} onInvalid={setInvalid} />
      </Suspense>
    </Field>
  );
}
