import i18next, { type TFunction } from 'i18next';
import { pickLanguage } from './languages';
import en from './locales/send/en.json';
import cs from './locales/send/cs.json';
import ru from './locales/send/ru.json';
import fi from './locales/send/fi.json';

/**
 * The on-send runtime's strings alone (the `send` area, served under `send`): the runtime starts
 * on every send and classic Outlook loads it as one script, so it does not take the pages' i18n.
 */
export const sendResources = {
  en: { translation: { send: en } },
  cs: { translation: { send: cs } },
  ru: { translation: { send: ru } },
  fi: { translation: { send: fi } },
};

/** A translator over the `send` area alone, in the host's language (English where it has none). */
export async function sendAreaTranslator(hostLanguage: string): Promise<TFunction> {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: sendResources,
    lng: pickLanguage(hostLanguage),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  return i18n.t.bind(i18n) as TFunction;
}
