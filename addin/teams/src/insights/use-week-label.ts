import { useMemo } from 'react';
import { useFormat } from '@interlog/i18n';

/** A week's Monday (YYYY-MM-DD) written short (Dec 5, 5.12.) or in full, in the UI language. */
export function useWeekLabel() {
  const { locale } = useFormat();
  return useMemo(() => {
    const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const long = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const dateOf = (week: string) => new Date(`${week}T00:00:00Z`);
    return { short: (week: string) => short.format(dateOf(week)), long: (week: string) => long.format(dateOf(week)) };
  }, [locale]);
}
