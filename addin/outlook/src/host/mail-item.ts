export type AddressRole = 'from' | 'to' | 'cc' | 'organizer' | 'required' | 'optional';

export interface MailAddress {
  email: string;
  name: string;
  role: AddressRole;
}

/** What the pane needs of the open Outlook item, whichever host read it. */
export interface MailItem {
  kind: 'message' | 'appointment';
  mode: 'read' | 'compose';
  subject: string;
  /** EWS item id; empty for a draft that was never saved. */
  itemId: string;
  /** Empty for appointments and unsent drafts. */
  internetMessageId: string;
  webLink: string;
  /** When the email was received/created, or when the meeting starts. */
  date: string;
  end: string | null;
  people: MailAddress[];
  /** The mailbox the item lives in (a shared or delegate mailbox, or the user's own). */
  mailboxOwner: string;
  sharedMailbox: boolean;
  /** True for one occurrence of a recurring meeting. */
  occurrence: boolean;
  /** A meeting's calendar event id for Graph (REST id); the item id stands in when absent. */
  eventId?: string;
  /** A meeting's iCalUId, found through Graph: the key Outlook, Teams and automatic recording share. */
  iCalUId?: string;
}

/** Identifies an item across devices: what the idempotency keys are built from. */
export function itemIdentity(item: MailItem): string {
  if (item.internetMessageId) return `imid:${item.internetMessageId}`;
  if (item.iCalUId) return `ical:${item.iCalUId}`;
  if (item.kind === 'appointment') return `appt:${item.itemId}:${item.date}`;
  return `item:${item.itemId}`;
}
