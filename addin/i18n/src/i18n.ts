import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import cs from './locales/cs.json';
import ru from './locales/ru.json';
import fi from './locales/fi.json';
import enTeams from './locales/teams/en.json';
import csTeams from './locales/teams/cs.json';
import ruTeams from './locales/teams/ru.json';
import fiTeams from './locales/teams/fi.json';
import { pickLanguage, type SupportedLanguage } from './languages';

/** One namespace; the Teams app's strings live in their own files under the `teams` key. */
export const resources = {
  en: { translation: { ...en, teams: enTeams } },
  cs: { translation: { ...cs, teams: csTeams } },
  ru: { translation: { ...ru, teams: ruTeams } },
  fi: { translation: { ...fi, teams: fiTeams } },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en & { teams: typeof enTeams } };
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
