import type { MailboxSettings } from '../host/mailbox-settings';
import type { MailItem } from '../host/mail-item';

/** The only way the mobile meeting handler reaches Outlook; Office.js in Outlook, office-addin-mock in the tests. */
export interface MeetingLogHost {
  displayLanguage(): string;
  userEmail(): string;
  support(): { nestedAppAuth: boolean };
  settings: MailboxSettings;
  /** The Interlog server the function file was loaded from. */
  pageOrigin(): string;
  readMeeting(): Promise<MailItem>;
  /** The notification on the meeting (at most 150 characters): Outlook mobile's status line for the button. */
  notify(text: string, kind: 'info' | 'error'): Promise<void>;
  /** Sets the EventLogged custom property, which turns Outlook mobile's Log button into View. */
  markLogged(): Promise<void>;
}
