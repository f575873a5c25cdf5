import { useMemo } from 'react';
import { useFormat } from '@interlog/i18n';

/** A week's Monday (YYYY-MM-DD) as a date, and written short (5. 12.) or in full, in the UI language. */
export function useWeekLabel() {
  const { locale } = useFormat();
  return useMemo(() => {
    const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', timeZone: 'UTC' });
    const long = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const dateOf = (week: string) => new Date(`${week}T00:00:00Z`);
    return { dateOf, short: (date: Date) => short.format(date), long: (week: string) => long.format(dateOf(week)) };
  }, [locale]);
}
