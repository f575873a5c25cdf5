export type PeriodPreset = 'last4Weeks' | 'lastQuarter' | 'last12Months' | 'custom';
export const periodPresets: readonly PeriodPreset[] = ['last4Weeks', 'lastQuarter', 'last12Months', 'custom'];

export interface Period {
  from: string;
  to: string;
}

/** A calendar date as the API writes it (YYYY-MM-DD), from the local date. */
export const isoDate = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

const shifted = (today: Date, months: number, days: number) =>
  new Date(today.getFullYear(), today.getMonth() + months, today.getDate() + days);

/** Days since the Monday of the date's week (the insights count by ISO week, Monday to Sunday). */
const sinceMonday = (date: Date) => (date.getDay() + 6) % 7;

/**
 * The dates a preset stands for, ending today: the last 4 weeks (this week and the three before it,
 * from their Monday, so the chart's four bars hold only the period), 3 months or 12 months.
 */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today = new Date()): Period {
  const from = {
    last4Weeks: shifted(today, 0, -21 - sinceMonday(today)),
    lastQuarter: shifted(today, -3, 1),
    last12Months: shifted(today, -12, 1),
  }[preset];
  return { from: isoDate(from), to: isoDate(today) };
}
