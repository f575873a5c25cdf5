import type { i18n as I18n } from 'i18next';
import { createI18n, pickLanguage, type Area } from '@interlog/i18n';

let early: { key: string; strings: Promise<I18n> } | null = null;
const keyOf = (language: string, areas: readonly Area[] | undefined) =>
  `${pickLanguage(language)}:${areas?.join(',') ?? '*'}`;

/**
 * Starts fetching a page's strings before its host is ready, in the language the page expects (the browser's,
 * until Outlook says); createServices takes them if the host then reports that language.
 */
export function prefetchStrings(language: string, areas?: readonly Area[]): Promise<I18n> {
  const strings = createI18n(language, areas);
  early = { key: keyOf(language, areas), strings };
  strings.catch(() => (early = null));
  return strings;
}

/** The page's strings: those fetched early if they are the host's language, else fetched now. */
export function pageStrings(language: string, areas?: readonly Area[]): Promise<I18n> {
  const strings = early?.key === keyOf(language, areas) ? early.strings : createI18n(language, areas);
  early = null;
  return strings;
}
