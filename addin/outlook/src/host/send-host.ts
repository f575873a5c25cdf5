import type { MailboxSettings } from './mailbox-settings';

/**
 * Set on a message the on-send runtime recorded; its value is the send's id. The server's
 * automatic recording skips a sent message that carries it.
 */
export const RECORDED_HEADER = 'X-Interlog-Recorded';

export interface Recipient {
  email: string;
  name: string;
  field: 'to' | 'cc' | 'bcc';
}

/** The message the user is sending, as the on-send handler needs it. */
export interface OutgoingMessage {
  subject: string;
  recipients: Recipient[];
  /** The draft's item id once it was saved (the pane saves it to record it); otherwise empty. */
  itemId: string;
  /** The RECORDED_HEADER value an earlier send of this message set; otherwise empty. */
  recordedAs: string;
}

export interface SendSupport {
  nestedAppAuth: boolean;
  /** Mailbox 1.14: the Smart Alert can carry a button that opens the task pane. */
  alertButton: boolean;
}

/** The only way the on-send handler reaches Outlook; Office.js in Outlook, a simulation in the tests. */
export interface SendHost {
  displayLanguage(): string;
  userEmail(): string;
  support(): SendSupport;
  settings: MailboxSettings;
  /** The Interlog server this add-in was loaded from, when the runtime can tell (a browser runtime can). */
  pageOrigin(): string;
  readMessage(): Promise<OutgoingMessage>;
  /** Sets RECORDED_HEADER on the message. */
  markRecorded(sendId: string): Promise<void>;
  /** An error notification on the message (at most 150 characters). */
  notify(text: string): Promise<void>;
}
