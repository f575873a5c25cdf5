import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates and numbers in the user's language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const amount = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const number = new Intl.NumberFormat(locale);
    return {
      locale,
      dateTime: (iso: string | Date) => dateTime.format(new Date(iso)),
      date: (iso: string | Date) => date.format(new Date(iso)),
      amount: (value: number) => amount.format(value),
      number: (value: number) => number.format(value),
    };
  }, [locale]);
}
