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
import enSegments from './locales/segments/en.json';
import csSegments from './locales/segments/cs.json';
import ruSegments from './locales/segments/ru.json';
import fiSegments from './locales/segments/fi.json';
import enLog from './locales/log/en.json';
import csLog from './locales/log/cs.json';
import ruLog from './locales/log/ru.json';
import fiLog from './locales/log/fi.json';
import enSetup from './locales/setup/en.json';
import csSetup from './locales/setup/cs.json';
import ruSetup from './locales/setup/ru.json';
import fiSetup from './locales/setup/fi.json';
import enSettings from './locales/settings/en.json';
import csSettings from './locales/settings/cs.json';
import ruSettings from './locales/settings/ru.json';
import fiSettings from './locales/settings/fi.json';
import type enSend from './locales/send/en.json';
import enMailing from './locales/mailing/en.json';
import csMailing from './locales/mailing/cs.json';
import ruMailing from './locales/mailing/ru.json';
import fiMailing from './locales/mailing/fi.json';
import { pickLanguage, type SupportedLanguage } from './languages';

/**
 * One namespace; each area (the Teams app's, the Outlook pane's settings, the on-send
 * runtime's) keeps its strings in locales/<area>/<lang>.json, served under the `<area>` key.
 * The on-send runtime loads its `send` strings itself (send-strings.ts): the pages do not
 * carry them, though their keys are typed here with the others.
 */
export const resources = {
  en: {
    translation: {
      ...en,
      teams: enTeams,
      segments: enSegments,
      log: enLog,
      setup: enSetup,
      settings: enSettings,
      mailing: enMailing,
    },
  },
  cs: {
    translation: {
      ...cs,
      teams: csTeams,
      segments: csSegments,
      log: csLog,
      setup: csSetup,
      settings: csSettings,
      mailing: csMailing,
    },
  },
  ru: {
    translation: {
      ...ru,
      teams: ruTeams,
      segments: ruSegments,
      log: ruLog,
      setup: ruSetup,
      settings: ruSettings,
      mailing: ruMailing,
    },
  },
  fi: {
    translation: {
      ...fi,
      teams: fiTeams,
      segments: fiSegments,
      log: fiLog,
      setup: fiSetup,
      settings: fiSettings,
      mailing: fiMailing,
    },
  },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: {
      translation: typeof en & {
        teams: typeof enTeams;
        segments: typeof enSegments;
        log: typeof enLog;
        setup: typeof enSetup;
        settings: typeof enSettings;
        send: typeof enSend;
        mailing: typeof enMailing;
      };
    };
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
