import { useTranslation } from 'react-i18next';

/** Dates, numbers and file sizes in a language; Intl's formatters are slow to make, so each language's once. */
function formatsFor(locale: string) {
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const amount = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const number = new Intl.NumberFormat(locale);
  const size = (unit: 'byte' | 'kilobyte' | 'megabyte') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: unit === 'byte' ? 0 : 1 });
  const [bytes, kilobytes, megabytes] = [size('byte'), size('kilobyte'), size('megabyte')];
  return {
    locale,
    dateTime: (iso: string | Date) => dateTime.format(new Date(iso)),
    date: (iso: string | Date) => date.format(new Date(iso)),
    amount: (value: number) => amount.format(value),
    number: (value: number) => number.format(value),
    /** A file's size in bytes as B, kB or MB (1 kB = 1024 B, as file managers count). */
    fileSize: (value: number) =>
      value < 1024
        ? bytes.format(value)
        : value < 1024 * 1024
          ? kilobytes.format(value / 1024)
          : megabytes.format(value / 1024 / 1024),
  };
}

const formats = new Map<string, ReturnType<typeof formatsFor>>();

/** Dates, numbers and file sizes in the user's language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = formatsFor(locale)));
  return format;
}
