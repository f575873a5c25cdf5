import i18next from 'i18next';
import { pickLanguage } from '@interlog/i18n';
import en from '../../../i18n/src/locales/send/en.json';
import cs from '../../../i18n/src/locales/send/cs.json';
import ru from '../../../i18n/src/locales/send/ru.json';
import fi from '../../../i18n/src/locales/send/fi.json';

/** What the on-send runtime says, in Outlook's language. */
export interface SendStrings {
  /** The Smart Alert: the email goes to these contacts; record it first or send it anyway. */
  ask(count: number, names: string): string;
  /** The Smart Alert's button that opens the pane (at most 20 characters). */
  recordButton: string;
  /** The notification left on an email that could not be recorded. */
  notRecorded: string;
}

/**
 * Only the `send` area (locales/send/<lang>.json), not the pane's whole i18n: the runtime
 * starts on every send and classic Outlook loads it as one script.
 */
export async function loadSendStrings(hostLanguage: string): Promise<SendStrings> {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: {
      en: { translation: { send: en } },
      cs: { translation: { send: cs } },
      ru: { translation: { send: ru } },
      fi: { translation: { send: fi } },
    },
    lng: pickLanguage(hostLanguage),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  return {
    ask: (count, names) => i18n.t('send.ask', { count, names }),
    recordButton: i18n.t('send.record'),
    notRecorded: i18n.t('send.notRecorded'),
  };
}
