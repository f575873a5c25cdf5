import { useTranslation } from 'react-i18next';
import { pickLanguage } from './languages';

/** A value made on its first use (Intl's formatters are slow to make: the pane's first render paid 30 ms for all). */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/** Dates, numbers and file sizes in a language, each formatter made when first needed. */
function formatsFor(locale: string) {
  const dateTime = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
  const date = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
  const amount = once(() => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  const number = once(() => new Intl.NumberFormat(locale));
  const size = (unit: 'byte' | 'kilobyte' | 'megabyte') =>
    once(() => new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: unit === 'byte' ? 0 : 1 }));
  const [bytes, kilobytes, megabytes] = [size('byte'), size('kilobyte'), size('megabyte')];
  return {
    locale,
    dateTime: (iso: string | Date) => dateTime().format(new Date(iso)),
    date: (iso: string | Date) => date().format(new Date(iso)),
    amount: (value: number) => amount().format(value),
    number: (value: number) => number().format(value),
    /** A file's size in bytes as B, kB or MB (1 kB = 1024 B, as file managers count). */
    fileSize: (value: number) =>
      value < 1024
        ? bytes().format(value)
        : value < 1024 * 1024
          ? kilobytes().format(value / 1024)
          : megabytes().format(value / 1024 / 1024),
  };
}

const formats = new Map<string, ReturnType<typeof formatsFor>>();

function formatsOf(locale: string) {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = formatsFor(locale)));
  return format;
}

/**
 * Makes a language's date and time formatter in a task of its own, for a page to call while it waits for the network:
 * the first one loads the language's data (30–90 ms here), which a first render would otherwise wait for.
 */
export function warmFormats(language: string) {
  setTimeout(() => formatsOf(pickLanguage(language)).dateTime(new Date()));
}

/** Dates, numbers and file sizes in the user's language. */
export function useFormat() {
  const { i18n } = useTranslation();
  return formatsOf(i18n.language);
}
