import i18next from 'i18next';
import { pickLanguage, sendResources } from '@interlog/i18n';

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
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: sendResources,
    lng: pickLanguage(hostLanguage),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  return {
    recorded: (names) => i18n.t('send.meeting.recorded', { count: names.length, names: names.join(', ') }),
    already: i18n.t('send.meeting.already'),
    noContacts: i18n.t('send.meeting.noContacts'),
    noTemplate: i18n.t('send.meeting.noTemplate'),
    failed: i18n.t('send.meeting.failed'),
  };
}
