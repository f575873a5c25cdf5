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
