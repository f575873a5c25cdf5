/** Calendar names, first day of week and the short date format of one UI language, from Intl. */

const monthDates = Array.from({ length: 12 }, (_, month) => new Date(2026, month, 15));
// 2026-03-01 is a Sunday: the seven days from it are Sunday…Saturday, as Fluent's calendar counts them.
const weekDates = Array.from({ length: 7 }, (_, day) => new Date(2026, 2, 1 + day));

const capitalize = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
const names = (locale: string, dates: Date[], options: Intl.DateTimeFormatOptions) => {
  const format = new Intl.DateTimeFormat(locale, options);
  return dates.map((date) => capitalize(format.format(date), locale));
};
const part = (format: Intl.DateTimeFormat, date: Date, type: Intl.DateTimeFormatPartTypes) =>
  format.formatToParts(date).find((p) => p.type === type)?.value ?? '';

export interface DateGridNames {
  months: string[];
  shortMonths: string[];
  days: string[];
  shortDays: string[];
}

export function dateGridNames(locale: string): DateGridNames {
  return {
    months: names(locale, monthDates, { month: 'long' }),
    shortMonths: names(locale, monthDates, { month: 'short' }),
    days: names(locale, weekDates, { weekday: 'long' }),
    // Two letters fit the calendar's columns (Su Mo…, Po Út…, Пн Вт…, Ma Ti…).
    shortDays: names(locale, weekDates, { weekday: 'short' }).map((day) => day.slice(0, 2)),
  };
}

/** 0 = Sunday … 6 = Saturday. */
export function firstDayOfWeek(locale: string): number {
  const info =
    (
      new Intl.Locale(locale) as Intl.Locale & {
        getWeekInfo?: () => { firstDay: number };
        weekInfo?: { firstDay: number };
      }
    ).getWeekInfo?.() ?? (new Intl.Locale(locale) as Intl.Locale & { weekInfo?: { firstDay: number } }).weekInfo;
  if (info) return info.firstDay % 7;
  return /^en(-US)?$/i.test(locale) ? 0 : 1;
}

/** The date as the pane header and the lists show it (dateStyle medium). */
export const dateFormatter = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });

/** Day, month and year's order in the language's numeric dates: ['day','month','year'] or ['month','day','year']. */
function numericOrder(locale: string): string[] {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric' })
    .formatToParts(new Date(2026, 11, 5))
    .map((p) => p.type)
    .filter((type) => type === 'day' || type === 'month' || type === 'year');
}

/** Every way the language writes each month (long, short, inflected as in "5 дек."), lower case, without dots. */
function monthTokens(locale: string): string[][] {
  const forms: Intl.DateTimeFormatOptions[] = [
    { month: 'long' },
    { month: 'short' },
    { day: 'numeric', month: 'long' },
    { day: 'numeric', month: 'short' },
  ];
  const formats = forms.map((options) => new Intl.DateTimeFormat(locale, options));
  return monthDates.map((date) =>
    formats.map((f) => part(f, date, 'month').toLocaleLowerCase(locale).replace(/\./g, '')).filter(Boolean),
  );
}

const fullYear = (year: number) => (year < 100 ? 2000 + year : year);

/** Reads what a user typed: numeric dates in the language's order, or with a month name. */
export function parseDate(locale: string, text: string): Date | null {
  const numbers = (text.match(/\d+/g) ?? []).map(Number);
  const words = text
    .toLocaleLowerCase(locale)
    .replace(/[\d.,/-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  let day: number, month: number, year: number;
  if (numbers.length === 3) {
    const byType = Object.fromEntries(numericOrder(locale).map((type, i) => [type, numbers[i]]));
    [day, month, year] = [byType.day, byType.month - 1, fullYear(byType.year)];
  } else if (numbers.length === 2 && words.length > 0) {
    month = monthTokens(locale).findIndex((tokens) =>
      words.some((word) => tokens.some((token) => token.startsWith(word) || word.startsWith(token))),
    );
    [day, year] = numbers[0] > 31 ? [numbers[1], numbers[0]] : [numbers[0], fullYear(numbers[1])];
  } else return null;
  const date = new Date(year, month, day);
  const valid = month >= 0 && date.getFullYear() === year && date.getMonth() === month && date.getDate() === day;
  return valid ? date : null;
}

/** The API's calendar date (YYYY-MM-DD) from a local date, and back. */
export const toIsoDate = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
export const fromIsoDate = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return iso ? new Date(year, month - 1, day) : null;
};

/** Fluent's calendar headings and aria labels (month and year, long dates) in the language. */
export function calendarFormatting(locale: string) {
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric' });
  const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  return {
    formatDay: (date: Date) => day.format(date),
    formatMonth: (date: Date, strings: DateGridNames) => strings.months[date.getMonth()],
    formatYear: (date: Date) => String(date.getFullYear()),
    formatMonthDayYear: (date: Date) => long.format(date),
    formatMonthYear: (date: Date, strings: DateGridNames) => `${strings.months[date.getMonth()]} ${date.getFullYear()}`,
  };
}
