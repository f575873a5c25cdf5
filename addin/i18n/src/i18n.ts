import i18next, { type i18n as I18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import type en from './locales/en.json';
import type enTeams from './locales/teams/en.json';
import type enTab from './locales/tab/en.json';
import type enSegments from './locales/segments/en.json';
import type enLoggedSegments from './locales/logged-segments/en.json';
import type enInteractionLog from './locales/interaction-log/en.json';
import type enCorrespondence from './locales/correspondence/en.json';
import type enSetup from './locales/setup/en.json';
import type enSettings from './locales/settings/en.json';
import type enInsights from './locales/insights/en.json';
import type enSend from './locales/send/en.json';
import { allAreas, loadStrings, type Area } from './load-strings';
import { pickLanguage, supportedLanguages, type SupportedLanguage } from './languages';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: {
      translation: typeof en & {
        teams: typeof enTeams;
        tab: typeof enTab;
        segments: typeof enSegments;
        'logged-segments': typeof enLoggedSegments;
        'interaction-log': typeof enInteractionLog;
        correspondence: typeof enCorrespondence;
        setup: typeof enSetup;
        settings: typeof enSettings;
        insights: typeof enInsights;
        send: typeof enSend;
      };
    };
  }
}

/**
 * One i18next instance per page; the host's language tag picks the language. Only that language's strings
 * are fetched (the main file and the page's `areas`), before the promise resolves: the first render has them.
 * A later language change fetches the new language's the same way before it takes effect.
 */
export async function createI18n(
  hostLanguage: string | null | undefined,
  areas: readonly Area[] = allAreas,
): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance
    .use(initReactI18next)
    .use(resourcesToBackend((language: string) => loadStrings(language as SupportedLanguage, areas)))
    .init({
      lng: pickLanguage(hostLanguage),
      supportedLngs: supportedLanguages,
      // Every language has every key (locales.test.ts): no second language is fetched as a fallback.
      fallbackLng: false,
      load: 'currentOnly',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  return instance;
}

export function setLanguage(instance: I18n, hostLanguage: string): Promise<unknown> {
  return instance.changeLanguage(pickLanguage(hostLanguage));
}

export type { Area, SupportedLanguage };
