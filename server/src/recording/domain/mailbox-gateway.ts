import type { RecordingKind } from './recording-schema';

export interface MailAddress {
  address: string;
  name: string;
}

export interface SentMessage {
  kind: 'message';
  id: string;
  internetMessageId: string;
  subject: string;
  sentAt: string;
  recipients: MailAddress[];
  /** Internet headers, names in lower case. */
  headers: Record<string, string>;
}

/** An email in the Inbox: someone else sent it to the user. */
export interface ReceivedMessage {
  kind: 'received';
  id: string;
  internetMessageId: string;
  subject: string;
  receivedAt: string;
  from: MailAddress;
  headers: Record<string, string>;
}

export interface CalendarEvent {
  kind: 'event';
  id: string;
  iCalUId: string;
  subject: string;
  start: string;
  isOrganizer: boolean;
  isCancelled: boolean;
  /** The user's own answer to the invitation (organizer for their own meetings). */
  response: string;
  organizer: MailAddress;
  attendees: (MailAddress & { response: string })[];
}

export type MailboxItem = SentMessage | ReceivedMessage | CalendarEvent;

/** The user's mailbox as automatic recording sees it (Microsoft Graph, as the app). */
export interface MailboxGateway {
  subscribe(
    userId: string,
    kind: RecordingKind,
    options: { notificationUrl: string; clientState: string; expiresAt: Date },
  ): Promise<{ id: string; expiresAt: Date }>;
  /** False when the subscription no longer exists (it lapsed or was deleted). */
  renew(subscriptionId: string, expiresAt: Date): Promise<boolean>;
  unsubscribe(subscriptionId: string): Promise<void>;
  /** Null when the item is gone. */
  item(userId: string, kind: RecordingKind, id: string): Promise<MailboxItem | null>;
  /** Items changed since `deltaLink` (all when empty), and the link to ask from next time. */
  changes(
    userId: string,
    kind: RecordingKind,
    deltaLink: string,
    window: { from: Date; to: Date },
  ): Promise<{ items: MailboxItem[]; deltaLink: string }>;
}
