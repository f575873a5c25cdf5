import type { MeetingLogHost } from '../mobile/meeting-log-host';
import { officeMailboxSettings } from './mailbox-settings';
import { officeAsync } from './office-async';
import { readOfficeItem } from './read-office-item';
import { requirementSupport } from './requirement-support';

const NOTIFICATION_KEY = 'interlogMeetingLog';
/** The manifest's 16 px icon (manifest/xml-resources.ts): an informational notification needs one. */
const NOTIFICATION_ICON = 'Icon.16';

/** The meeting Outlook mobile's Log button runs on, through Office.js. */
export function createOfficeMeetingLogHost(): MeetingLogHost {
  const support = requirementSupport(Office.context.requirements, Office.context.diagnostics?.platform);
  const item = () => Office.context.mailbox.item as Office.AppointmentRead;
  return {
    displayLanguage: () => Office.context.displayLanguage,
    userEmail: () => Office.context.mailbox.userProfile.emailAddress,
    support: () => support,
    settings: officeMailboxSettings(),
    pageOrigin: () => location.origin,
    readMeeting: () => readOfficeItem(item(), support.sharedMailboxes),
    async notify(text, kind) {
      const message: Office.NotificationMessageDetails =
        kind === 'error'
          ? { type: Office.MailboxEnums.ItemNotificationMessageType.ErrorMessage, message: text }
          : {
              type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
              message: text,
              icon: NOTIFICATION_ICON,
              persistent: false,
            };
      await officeAsync<void>((callback) =>
        item().notificationMessages.replaceAsync(NOTIFICATION_KEY, message, callback),
      );
    },
    async markLogged() {
      const properties = await officeAsync<Office.CustomProperties>((callback) =>
        item().loadCustomPropertiesAsync(callback),
      );
      // Outlook mobile reads the boolean true (Office.js types the value as a string).
      (properties.set as (name: string, value: unknown) => void)('EventLogged', true);
      await officeAsync<void>((callback) => properties.saveAsync(callback));
    },
  };
}

/** Maps the mobile manifest's logging button to the handler, which calls `done` when Outlook may close it. */
export function registerMeetingLogHandler(actionId: string, handler: (done: () => void) => void) {
  Office.actions.associate(actionId, (event: Office.AddinCommands.Event) => handler(() => event.completed()));
  if (typeof Office.onReady === 'function') void Office.onReady(() => undefined);
}
