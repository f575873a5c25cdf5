import { useMemo } from 'react';
import { makeStyles } from '@fluentui/react-components';
import { DatePicker } from '@fluentui/react-datepicker-compat';
import { useTranslation } from 'react-i18next';
import {
  calendarFormatting,
  dateFormatter,
  dateGridNames,
  firstDayOfWeek,
  fromIsoDate,
  parseDate,
  toIsoDate,
} from './date-locale';

const useStyles = makeStyles({ control: { minWidth: 0, width: '100%' } });

export interface DatePickerControlProps {
  value: string;
  onChange: (value: string) => void;
  clearable?: boolean;
  onInvalid: (invalid: boolean) => void;
}

/** Fluent's DatePicker speaking the UI language; loaded only when a form with a date is shown. */
export default function DatePickerControl({ value, onChange, clearable, onInvalid }: DatePickerControlProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const styles = useStyles();
  const setup = useMemo(() => {
    const format = dateFormatter(locale);
    return {
      format: (date?: Date) => (date ? format.format(date) : ''),
      parse: (text: string) => parseDate(locale, text),
      firstDay: firstDayOfWeek(locale),
      formatting: calendarFormatting(locale),
      strings: {
        ...dateGridNames(locale),
        goToToday: t('datePicker.goToToday'),
        prevMonthAriaLabel: t('datePicker.prevMonth'),
        nextMonthAriaLabel: t('datePicker.nextMonth'),
        prevYearAriaLabel: t('datePicker.prevYear'),
        nextYearAriaLabel: t('datePicker.nextYear'),
        closeButtonAriaLabel: t('datePicker.close'),
      },
    };
  }, [locale, t]);
  return (
    <DatePicker
      className={styles.control}
      allowTextInput
      value={fromIsoDate(value)}
      formatDate={setup.format}
      parseDateFromString={setup.parse}
      firstDayOfWeek={setup.firstDay}
      strings={setup.strings}
      dateTimeFormatter={setup.formatting}
      showGoToToday
      popupSurface={{ 'aria-label': t('datePicker.openCalendar') }}
      // Fluent names the calendar button by the input (empty when no date is set): it gets its own name.
      contentAfter={{ 'aria-label': t('datePicker.openCalendar'), 'aria-labelledby': undefined }}
      onValidationResult={(data) => onInvalid(data.error === 'invalid-input')}
      onSelectDate={(date) => {
        if (date) onChange(toIsoDate(date));
        else if (clearable) onChange('');
      }}
    />
  );
}
