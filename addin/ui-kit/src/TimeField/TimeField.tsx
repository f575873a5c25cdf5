import { useMemo, useState } from 'react';
import { Field, makeStyles } from '@fluentui/react-components';
import { TimePicker } from '@fluentui/react-timepicker-compat';
import { useTranslation } from 'react-i18next';
import { atTime, timeFormat, toHhMm } from './time-locale';

const useStyles = makeStyles({
  control: { minWidth: 0, width: '100%' },
  // The input's own size (20 characters) would push a narrow row past the pane's edge; the
  // combobox is a grid, so the input fills its cell by width (a flex grow does nothing there).
  input: { minWidth: 0, width: '100%' },
});

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
  // What the user is typing; undefined shows the value in the language's clock.
  const [text, setText] = useState<string>();
  const clock = useMemo(() => timeFormat(i18n.language), [i18n.language]);
  const anchor = useMemo(() => new Date(2026, 0, 1), []);
  const selected = atTime(anchor, value);
  return (
    <Field
      label={label}
      className={className}
      validationMessage={
        invalid ? t('datePicker.invalidTime', { example: clock.format(atTime(anchor, '14:30')) }) : undefined
      }
    >
      <TimePicker
        className={styles.control}
        input={{ className: styles.input }}
        freeform
        increment={15}
        expandIcon={{ 'aria-label': t('datePicker.showTimes') }}
        hourCycle={clock.hourCycle}
        dateAnchor={anchor}
        selectedTime={selected}
        value={text ?? clock.format(selected)}
        onChange={(event) => setText(event.target.value)}
        formatDateToTimeString={clock.format}
        parseTimeStringToDate={(text) => {
          const time = text ? clock.parse(text) : null;
          return time
            ? { date: atTime(anchor, `${time.hours}:${time.minutes}`) }
            : { date: null, errorType: 'invalid-input' };
        }}
        onTimeChange={(_, data) => {
          setInvalid(Boolean(data.errorType));
          if (!data.errorType) setText(undefined);
          if (data.selectedTime) onChange(toHhMm(data.selectedTime));
        }}
      />
    </Field>
  );
}
