import type { CalendarEvent, MailAddress, MailboxItem, ReceivedMessage, SentMessage } from '../domain/mailbox-gateway';
import type { RecordingKind } from '../domain/recording-schema';

interface GraphRecipient {
  emailAddress?: { address?: string | null; name?: string | null } | null;
}
export interface GraphMessage {
  id: string;
  internetMessageId?: string | null;
  subject?: string | null;
  sentDateTime?: string | null;
  receivedDateTime?: string | null;
  from?: GraphRecipient | null;
  toRecipients?: GraphRecipient[];
  ccRecipients?: GraphRecipient[];
  bccRecipients?: GraphRecipient[];
  internetMessageHeaders?: { name: string; value: string }[] | null;
  '@removed'?: unknown;
}
export interface GraphEvent {
  id: string;
  iCalUId?: string | null;
  subject?: string | null;
  start?: { dateTime: string; timeZone: string } | null;
  isOrganizer?: boolean;
  isCancelled?: boolean;
  responseStatus?: { response?: string } | null;
  organizer?: GraphRecipient | null;
  attendees?: (GraphRecipient & { status?: { response?: string } | null })[];
  '@removed'?: unknown;
}

const SENT_FIELDS =
  'id,internetMessageId,subject,sentDateTime,toRecipients,ccRecipients,bccRecipients,internetMessageHeaders';
const RECEIVED_FIELDS = 'id,internetMessageId,subject,receivedDateTime,from,internetMessageHeaders';
export const EVENT_FIELDS = 'id,iCalUId,subject,start,isOrganizer,isCancelled,responseStatus,organizer,attendees';

const address = (r: GraphRecipient | null | undefined): MailAddress | null =>
  r?.emailAddress?.address
    ? { address: r.emailAddress.address, name: r.emailAddress.name || r.emailAddress.address }
    : null;

const headersOf = (m: GraphMessage) =>
  Object.fromEntries((m.internetMessageHeaders ?? []).map((h) => [h.name.toLowerCase(), h.value]));

function toMessage(m: GraphMessage): SentMessage {
  return {
    kind: 'message',
    id: m.id,
    internetMessageId: m.internetMessageId ?? '',
    subject: m.subject ?? '',
    sentAt: m.sentDateTime ?? new Date().toISOString(),
    recipients: [...(m.toRecipients ?? []), ...(m.ccRecipients ?? []), ...(m.bccRecipients ?? [])]
      .map(address)
      .filter((a): a is MailAddress => a !== null),
    headers: headersOf(m),
  };
}

function toReceived(m: GraphMessage): ReceivedMessage {
  return {
    kind: 'received',
    id: m.id,
    internetMessageId: m.internetMessageId ?? '',
    subject: m.subject ?? '',
    receivedAt: m.receivedDateTime ?? new Date().toISOString(),
    from: address(m.from) ?? { address: '', name: '' },
    headers: headersOf(m),
  };
}

/** Graph gives event times in the zone asked for; UTC is asked for, without the Z. */
const utc = (t: { dateTime: string } | null | undefined) =>
  t
    ? new Date(/[zZ]|[+-]\d\d:\d\d$/.test(t.dateTime) ? t.dateTime : `${t.dateTime}Z`).toISOString()
    : new Date().toISOString();

function toEvent(e: GraphEvent): CalendarEvent {
  return {
    kind: 'event',
    id: e.id,
    iCalUId: e.iCalUId ?? '',
    subject: e.subject ?? '',
    start: utc(e.start),
    isOrganizer: e.isOrganizer ?? false,
    isCancelled: e.isCancelled ?? false,
    response: e.responseStatus?.response ?? 'none',
    organizer: address(e.organizer) ?? { address: '', name: '' },
    attendees: (e.attendees ?? []).flatMap((a) => {
      const found = address(a);
      return found ? [{ ...found, response: a.status?.response ?? 'none' }] : [];
    }),
  };
}

/** The fields to ask Graph for, per kind of mailbox item. */
export const messageFieldsOf = (kind: Exclude<RecordingKind, 'meetings'>) =>
  kind === 'emails' ? SENT_FIELDS : RECEIVED_FIELDS;

/** Graph's JSON as automatic recording sees the item. */
export function toMailboxItem(kind: RecordingKind, raw: GraphMessage | GraphEvent): MailboxItem {
  if (kind === 'meetings') return toEvent(raw as GraphEvent);
  return kind === 'emails' ? toMessage(raw as GraphMessage) : toReceived(raw as GraphMessage);
}
