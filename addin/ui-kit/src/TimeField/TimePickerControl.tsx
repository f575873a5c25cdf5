import { useMemo, useState } from 'react';
import { makeStyles } from '@fluentui/react-components';
import { TimePicker } from '@fluentui/react-timepicker-compat';
import { useTranslation } from 'react-i18next';
import { atTime, timeFormat, toHhMm } from './time-locale';

const useStyles = makeStyles({
  control: { minWidth: 0, width: '100%' },
  // The input's own size (20 characters) would push a narrow row past the pane's edge; the
  // combobox is a grid, so the input fills its cell by width (a flex grow does nothing there).
  input: { minWidth: 0, width: '100%' },
});

export interface TimePickerControlProps {
  /** HH:mm */
  value: string;
  onChange: (value: string) => void;
  onInvalid: (invalid: boolean) => void;
}

/** Fluent's TimePicker in the UI language's clock; loaded after the form's first paint (a combobox with a popup). */
export default function TimePickerControl({ value, onChange, onInvalid }: TimePickerControlProps) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  // What the user is typing; undefined shows the value in the language's clock.
  const [text, setText] = useState<string>();
  const clock = useMemo(() => timeFormat(i18n.language), [i18n.language]);
  const anchor = useMemo(() => new Date(2026, 0, 1), []);
  const selected = atTime(anchor, value);
  return (
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
        onInvalid(Boolean(data.errorType));
        if (!data.errorType) setText(undefined);
        if (data.selectedTime) onChange(toHhMm(data.selectedTime));
      }}
    />
  );
}
