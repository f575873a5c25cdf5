import { Suspense, useState } from 'react';
import { Field, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { lazyPart } from '../LazyPart/lazy-part';
import { InputStandIn } from '../LazyPart/InputStandIn';
import { dateFormatter, fromIsoDate } from './date-locale';

// The calendar is most of the picker's weight: the pane's first paint goes without it.
const DatePickerControl = lazyPart(() => import('./DatePickerControl'));
export const loadDatePicker = DatePickerControl.load;

const useStyles = makeStyles({ control: { minWidth: 0, width: '100%' } });

export interface DateFieldProps {
  label: string;
  /** The API's calendar date, YYYY-MM-DD; '' when none. */
  value: string;
  onChange: (value: string) => void;
  /** Whether the user may leave it empty (filters). */
  clearable?: boolean;
  className?: string;
}

/** A date in the UI language's format (the one the headers and lists use), with a calendar in that language. */
export function DateField({ label, value, onChange, clearable, className }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const [invalid, setInvalid] = useState(false);
  const shown = fromIsoDate(value);
  const example = dateFormatter(i18n.language).format(new Date(2026, 11, 5));
  return (
    <Field
      label={label}
      className={className}
      validationMessage={invalid ? t('datePicker.invalidDate', { example }) : undefined}
    >
      <Suspense
        fallback={
          <InputStandIn className={styles.control} value={shown ? dateFormatter(i18n.language).format(shown) : ''} />
        }
      >
        <DatePickerControl value={value} onChange={onChange} clearable={clearable} onInvalid={setInvalid} />
      </Suspense>
    </Field>
  );
}
