/** The UI language's clock: 12-hour in en, 24-hour in cs/ru/fi, written as the language writes it. */
export function timeFormat(locale: string) {
  const hourCycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle ?? 'h23';
  const twelve = hourCycle === 'h11' || hourCycle === 'h12';
  const format = new Intl.DateTimeFormat(locale, { timeStyle: 'short', hourCycle }); // as the pane header writes it
  return {
    hourCycle: twelve ? ('h12' as const) : ('h23' as const),
    format: (date: Date) => format.format(date),
    /** Hours and minutes from what the user typed ("14:30", "14.30", "2:30 PM", "9"); null when not a time. */
    parse: (text: string): { hours: number; minutes: number } | null => {
      const [hours = NaN, minutes = 0] = (text.match(/\d+/g) ?? []).map(Number);
      const pm = /p/i.test(text);
      const am = /a/i.test(text);
      const h = twelve && (pm || am) ? (hours % 12) + (pm ? 12 : 0) : hours;
      return h >= 0 && h < 24 && minutes >= 0 && minutes < 60 ? { hours: h, minutes } : null;
    },
  };
}

/** "HH:mm" (the API's time of day) from a Date, and a Date on the anchor day from "HH:mm". */
export const toHhMm = (date: Date) =>
  `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
export const atTime = (anchor: Date, hhmm: string) => {
  const [hours, minutes] = hhmm.split(':').map(Number);
  const date = new Date(anchor);
  date.setHours(hours || 0, minutes || 0, 0, 0);
  return date;
};
