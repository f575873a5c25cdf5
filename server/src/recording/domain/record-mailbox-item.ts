import type { Contact } from '../../contacts';
import type { SightedItem } from '../../correspondents';
import { ENTRY_HEADER, RECORDED_HEADER, type CreateInteractionInput } from '../../interactions';
import type { MailAddress, MailboxItem } from './mailbox-gateway';

/**
 * Headers Interlog puts on mail it sends or records itself (segment email, the on-send event), as the gateway keys
 * them.
 */
const RECORDED_HEADERS = [ENTRY_HEADER, RECORDED_HEADER].map((name) => name.toLowerCase());

const ANSWERED = new Set(['accepted', 'tentativelyAccepted', 'organizer']);

/**
 * The people an item is with: a sent email's recipients; a meeting's attendees (organizer) or organizer and others
 * (accepted).
 */
export function counterparts(item: MailboxItem, ownAddress: string): MailAddress[] {
  const own = ownAddress.toLowerCase();
  if (item.kind === 'message') return item.recipients;
  if (item.kind === 'received') return item.from.address.toLowerCase() === own ? [] : [item.from];
  if (item.isCancelled) return [];
  const others = item.attendees.filter((a) => a.address.toLowerCase() !== own && a.response !== 'declined');
  if (item.isOrganizer) return others;
  if (!ANSWERED.has(item.response)) return [];
  return [item.organizer, ...others];
}

/** Whether the item was recorded by Interlog already when it was sent. */
export const recordedBySender = (item: MailboxItem) =>
  item.kind === 'message' && RECORDED_HEADERS.some((h) => h in item.headers);

/**
 * The interaction for one contact, keyed by the email's or meeting's id so that it is recorded once (the pane keys
 * the same way). A received email is inbound, initiated by them, whatever the template says.
 */
export function interactionFor(item: MailboxItem, contact: Contact, templateCode: string): CreateInteractionInput {
  const common = { contactNo: contact.no, templateCode, subject: item.subject.slice(0, 250) };
  if (item.kind === 'event')
    return {
      ...common,
      date: item.start,
      source: { type: 'meeting', iCalUId: item.iCalUId.slice(0, 512), itemId: item.id.slice(0, 512) },
    };
  const source = {
    type: 'email' as const,
    internetMessageId: item.internetMessageId.slice(0, 512),
    itemId: item.id.slice(0, 512),
  };
  if (item.kind === 'message') return { ...common, date: item.sentAt, source };
  return { ...common, date: item.receivedAt, informationFlow: 'inbound', initiatedBy: 'them', source };
}

/** Whether an item is new enough: automatic recording covers what happens after it was switched on. */
export function withinRecording(item: MailboxItem, enabledAt: Date): boolean {
  if (item.kind === 'event') return true;
  const at = item.kind === 'message' ? item.sentAt : item.receivedAt;
  return Date.parse(at) >= enabledAt.getTime() - 60_000;
}

/** The item as unknown correspondents keep it, to be recorded once they become contacts. */
export function sightedItemOf(item: MailboxItem): SightedItem {
  const common = { itemId: item.id.slice(0, 512), subject: item.subject.slice(0, 250) };
  if (item.kind === 'event')
    return { ...common, kind: 'meeting', iCalUId: item.iCalUId.slice(0, 512), date: item.start };
  const internetMessageId = item.internetMessageId.slice(0, 512);
  if (item.kind === 'message') return { ...common, kind: 'sent', internetMessageId, date: item.sentAt };
  return { ...common, kind: 'received', internetMessageId, date: item.receivedAt };
}
