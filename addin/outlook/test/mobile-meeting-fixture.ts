import { randomUUID } from 'node:crypto';
import { installOfficeMock } from './office-mock';

type Callback<T> = (result: { status: string; value: T; error?: { message: string } }) => void;

const person = (emailAddress: string, displayName: string) => ({ emailAddress, displayName });

/** A meeting open in Outlook mobile's attendee view, as Office.js gives it, keeping what the handler sets. */
export function androidMeeting(attendees: { email: string; name: string }[], { itemId = `AAMk${randomUUID()}` } = {}) {
  const notifications = new Map<string, Office.NotificationMessageDetails>();
  const customProperties = new Map<string, unknown>();
  const item = {
    itemType: 'appointment',
    subject: 'Quarterly review',
    itemId,
    start: new Date('2026-12-01T09:00:00Z'),
    end: new Date('2026-12-01T10:00:00Z'),
    organizer: person('annette.hill@contoso.example', 'Annette Hill'),
    requiredAttendees: attendees.map((a) => person(a.email, a.name)),
    optionalAttendees: [],
    notificationMessages: {
      replaceAsync: (key: string, details: Office.NotificationMessageDetails, callback: Callback<void>) => {
        notifications.set(key, details);
        callback({ status: 'succeeded', value: undefined });
      },
    },
    loadCustomPropertiesAsync: (callback: Callback<unknown>) =>
      callback({
        status: 'succeeded',
        value: {
          set: (name: string, value: unknown) => customProperties.set(name, value),
          saveAsync: (done: Callback<void>) => done({ status: 'succeeded', value: undefined }),
        },
      }),
  };
  const office = installOfficeMock({
    item,
    requirementSets: { Mailbox: '1.12', NestedAppAuth: '1.1' },
    displayLanguage: 'en-US',
  });
  const mock = office.mock as unknown as {
    context: { diagnostics?: unknown };
    MailboxEnums: Record<string, unknown>;
  };
  mock.context.diagnostics = { platform: 'Android' };
  mock.MailboxEnums.ItemNotificationMessageType = {
    InformationalMessage: 'informationalMessage',
    ErrorMessage: 'errorMessage',
  };
  return { notifications, customProperties, itemId };
}
