import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import cs from './locales/cs.json';
import ru from './locales/ru.json';
import fi from './locales/fi.json';
import { pickLanguage, type SupportedLanguage } from './languages';

export const resources = { en: { translation: en }, cs: { translation: cs }, ru: { translation: ru }, fi: { translation: fi } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

/** One i18next instance per page; the host's language tag picks the language. */
export async function createI18n(hostLanguage: string | null | undefined): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: pickLanguage(hostLanguage),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export function setLanguage(instance: I18n, hostLanguage: string): Promise<unknown> {
  return instance.changeLanguage(pickLanguage(hostLanguage));
}

export type { SupportedLanguage };
