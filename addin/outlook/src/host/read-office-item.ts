import type { AddressRole, MailAddress, MailItem } from './mail-item';
import { officeAsync } from './office-async';

type AnyItem = Office.MessageRead &
  Office.MessageCompose &
  Office.AppointmentRead &
  Office.AppointmentCompose &
  Record<string, unknown>;

const toAddresses = (list: Office.EmailAddressDetails[] | undefined | null, role: AddressRole): MailAddress[] =>
  (list ?? [])
    .filter((a) => a?.emailAddress)
    .map((a) => ({ email: a.emailAddress, name: a.displayName || a.emailAddress, role }));

const single = (details: Office.EmailAddressDetails | undefined | null, role: AddressRole) =>
  toAddresses(details ? [details] : [], role);

const iso = (value: Date | string | undefined | null) =>
  value ? new Date(value).toISOString() : new Date().toISOString();

function isCompose(item: AnyItem): boolean {
  return typeof item.subject !== 'string';
}

async function composeItemId(item: AnyItem): Promise<string> {
  if (typeof item.getItemIdAsync === 'function') {
    try {
      return await officeAsync<string>((cb) => item.getItemIdAsync(cb));
    } catch {
      // Not saved yet: saving the draft gives it an id, as Outlook's own autosave would.
    }
  }
  return typeof item.saveAsync === 'function' ? officeAsync<string>((cb) => item.saveAsync(cb)) : '';
}

function restIdOf(itemId: string): string {
  const mailbox = Office.context.mailbox;
  if (!itemId || typeof mailbox.convertToRestId !== 'function') return '';
  return mailbox.convertToRestId(itemId, Office.MailboxEnums.RestVersion.v2_0);
}

function webLinkFor(itemId: string, kind: MailItem['kind']): string {
  const restId = restIdOf(itemId);
  if (!restId) return '';
  return kind === 'message'
    ? `https://outlook.office.com/mail/deeplink/read/${encodeURIComponent(restId)}`
    : `https://outlook.office.com/calendar/item/${encodeURIComponent(restId)}`;
}

async function mailboxOf(item: AnyItem, sharedSupported: boolean): Promise<{ owner: string; shared: boolean }> {
  const own = Office.context.mailbox.userProfile.emailAddress;
  if (!sharedSupported || typeof item.getSharedPropertiesAsync !== 'function') return { owner: own, shared: false };
  try {
    const properties = await officeAsync<Office.SharedProperties>((cb) => item.getSharedPropertiesAsync(cb));
    return {
      owner: properties.owner || own,
      shared: !!properties.owner && properties.owner.toLowerCase() !== own.toLowerCase(),
    };
  } catch {
    return { owner: own, shared: false };
  }
}

async function readMessage(item: AnyItem): Promise<Omit<MailItem, 'mailboxOwner' | 'sharedMailbox'>> {
  const meetingRequest = typeof item.itemClass === 'string' && item.itemClass.startsWith('IPM.Schedule.Meeting');
  if (isCompose(item)) {
    const [to, cc, subject, itemId] = await Promise.all([
      officeAsync<Office.EmailAddressDetails[]>((cb) => item.to.getAsync(cb)),
      officeAsync<Office.EmailAddressDetails[]>((cb) => item.cc.getAsync(cb)),
      officeAsync<string>((cb) => item.subject.getAsync(cb)),
      composeItemId(item),
    ]);
    return {
      kind: 'message',
      mode: 'compose',
      subject,
      itemId,
      internetMessageId: '',
      webLink: '',
      date: iso(null),
      end: null,
      people: [...toAddresses(to, 'to'), ...toAddresses(cc, 'cc')],
      occurrence: false,
    };
  }
  const people =
    meetingRequest && Array.isArray(item.requiredAttendees)
      ? [
          ...single(item.from, 'organizer'),
          ...toAddresses(item.requiredAttendees, 'required'),
          ...toAddresses(item.optionalAttendees as Office.EmailAddressDetails[], 'optional'),
        ]
      : [...single(item.from, 'from'), ...toAddresses(item.to, 'to'), ...toAddresses(item.cc, 'cc')];
  return {
    kind: meetingRequest ? 'appointment' : 'message',
    mode: 'read',
    subject: item.subject,
    itemId: item.itemId,
    internetMessageId: item.internetMessageId ?? '',
    webLink: webLinkFor(item.itemId, 'message'),
    date: iso(meetingRequest && item.start instanceof Date ? item.start : item.dateTimeCreated),
    end: meetingRequest && item.end instanceof Date ? iso(item.end) : null,
    people,
    occurrence: false,
  };
}

async function readAppointment(item: AnyItem): Promise<Omit<MailItem, 'mailboxOwner' | 'sharedMailbox'>> {
  const occurrence = typeof item.seriesId === 'string' && item.seriesId !== '';
  if (isCompose(item)) {
    const [organizer, required, optional, subject, start, end, itemId] = await Promise.all([
      typeof item.organizer?.getAsync === 'function'
        ? officeAsync<Office.EmailAddressDetails>((cb) => item.organizer.getAsync(cb))
        : Promise.resolve(null),
      officeAsync<Office.EmailAddressDetails[]>((cb) => item.requiredAttendees.getAsync(cb)),
      officeAsync<Office.EmailAddressDetails[]>((cb) => item.optionalAttendees.getAsync(cb)),
      officeAsync<string>((cb) => item.subject.getAsync(cb)),
      officeAsync<Date>((cb) => item.start.getAsync(cb)),
      officeAsync<Date>((cb) => item.end.getAsync(cb)),
      composeItemId(item),
    ]);
    return {
      kind: 'appointment',
      mode: 'compose',
      subject,
      itemId,
      internetMessageId: '',
      webLink: '',
      date: iso(start),
      end: iso(end),
      occurrence,
      people: [
        ...single(organizer, 'organizer'),
        ...toAddresses(required, 'required'),
        ...toAddresses(optional, 'optional'),
      ],
    };
  }
  return {
    kind: 'appointment',
    mode: 'read',
    subject: item.subject,
    itemId: item.itemId,
    internetMessageId: '',
    webLink: webLinkFor(item.itemId, 'appointment'),
    eventId: restIdOf(item.itemId),
    date: iso(item.start),
    end: iso(item.end),
    occurrence,
    people: [
      ...single(item.organizer, 'organizer'),
      ...toAddresses(item.requiredAttendees, 'required'),
      ...toAddresses(item.optionalAttendees, 'optional'),
    ],
  };
}

/** Reads the current Outlook item (message or appointment, read or compose). */
export async function readOfficeItem(officeItem: unknown, sharedSupported: boolean): Promise<MailItem> {
  const item = officeItem as AnyItem;
  const read =
    item.itemType === Office.MailboxEnums.ItemType.Appointment ? await readAppointment(item) : await readMessage(item);
  const mailbox = await mailboxOf(item, sharedSupported);
  return { ...read, mailboxOwner: mailbox.owner, sharedMailbox: mailbox.shared };
}
