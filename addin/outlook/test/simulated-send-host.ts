import type { MailboxSettings } from '../src/host/mailbox-settings';
import {
  RECORDED_HEADER,
  type OutgoingMessage,
  type Recipient,
  type SendHost,
  type SendSupport,
} from '../src/host/send-host';

export interface SimulatedSendHost extends SendHost {
  /** The message as Outlook would now give it (markRecorded sets its recordedAs). */
  message: OutgoingMessage;
  /** The internet headers markRecorded set. */
  headers: Record<string, string>;
  /** The notifications left on the message, oldest first. */
  notifications: string[];
  /** The roaming settings as they are stored. */
}

export interface SimulatedSendHostOptions {
  recipients?: Recipient[];
  subject?: string;
  itemId?: string;
  recordedAs?: string;
  settings?: Record<string, unknown>;
  language?: string;
  userEmail?: string;
  pageOrigin?: string;
  support?: Partial<SendSupport>;
}

/** The message being sent, in memory: the on-send handler's tests choose it and read back what the handler did. */
export function createSimulatedSendHost(options: SimulatedSendHostOptions = {}): SimulatedSendHost {
  const storedSettings: Record<string, unknown> = { ...options.settings };
  const settings: MailboxSettings = {
    get: (name) => storedSettings[name],
    save: async (values) => void Object.assign(storedSettings, values),
  };
  const host: SimulatedSendHost = {
    message: {
      subject: options.subject ?? '',
      recipients: options.recipients ?? [],
      itemId: options.itemId ?? '',
      recordedAs: options.recordedAs ?? '',
    },
    headers: {},
    notifications: [],
    settings,
    displayLanguage: () => options.language ?? 'en-US',
    userEmail: () => options.userEmail ?? 'annette.hill@contoso.example',
    support: () => ({ nestedAppAuth: false, alertButton: false, ...options.support }),
    pageOrigin: () => options.pageOrigin ?? '',
    readMessage: async () => ({ ...host.message, recipients: [...host.message.recipients] }),
    async markRecorded(sendId) {
      host.headers[RECORDED_HEADER] = sendId;
      host.message = { ...host.message, recordedAs: sendId };
    },
    async notify(text) {
      host.notifications.push(text);
    },
  };
  return host;
}
