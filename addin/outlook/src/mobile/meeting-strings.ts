import { sendAreaTranslator } from '@interlog/i18n';

/** What the mobile meeting button says in the meeting's notification, in Outlook's language. */
export interface MeetingStrings {
  recorded(names: string[]): string;
  already: string;
  noContacts: string;
  noTemplate: string;
  failed: string;
}

/** The event runtimes' area (locales/send/<lang>.json, `meeting` keys), not the pane's whole i18n. */
export async function loadMeetingStrings(hostLanguage: string): Promise<MeetingStrings> {
  const t = await sendAreaTranslator(hostLanguage);
  return {
    recorded: (names) => t('send.meeting.recorded', { count: names.length, names: names.join(', ') }),
    already: t('send.meeting.already'),
    noContacts: t('send.meeting.noContacts'),
    noTemplate: t('send.meeting.noTemplate'),
    failed: t('send.meeting.failed'),
  };
}
