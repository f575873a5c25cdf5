import { sendAreaTranslator } from '@interlog/i18n';

/** What the on-send runtime says, in Outlook's language. */
export interface SendStrings {
  /** The Smart Alert: the email goes to these contacts; record it first or send it anyway. */
  ask(count: number, names: string): string;
  /** The Smart Alert's button that opens the pane (at most 20 characters). */
  recordButton: string;
  /** The notification left on an email that could not be recorded. */
  notRecorded: string;
}

/** Only the `send` area (locales/send/<lang>.json), not the pane's whole i18n. */
export async function loadSendStrings(hostLanguage: string): Promise<SendStrings> {
  const t = await sendAreaTranslator(hostLanguage);
  return {
    ask: (count, names) => t('send.ask', { count, names }),
    recordButton: t('send.record'),
    notRecorded: t('send.notRecorded'),
  };
}
