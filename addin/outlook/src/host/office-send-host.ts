import { officeMailboxSettings } from './mailbox-settings';
import { officeAsync } from './office-async';
import { RECORDED_HEADER, type OutgoingMessage, type Recipient, type SendHost } from './send-host';

const NOTIFICATION_KEY = 'interlogOnSend';

type ComposeItem = Office.MessageCompose & Partial<Pick<Office.MessageCompose, 'getItemIdAsync' | 'internetHeaders'>>;

const recipientsOf = (list: Office.EmailAddressDetails[] | undefined, field: Recipient['field']): Recipient[] =>
  (list ?? [])
    .filter((a) => a?.emailAddress)
    .map((a) => ({ email: a.emailAddress, name: a.displayName || a.emailAddress, field }));

/** Empty when the draft was never saved (getItemIdAsync fails) or the API is missing (before Mailbox 1.8). */
async function itemIdOf(item: ComposeItem): Promise<string> {
  if (typeof item.getItemIdAsync !== 'function') return '';
  try {
    return await officeAsync<string>((callback) => item.getItemIdAsync!(callback));
  } catch {
    return '';
  }
}

async function recordedAsOf(item: ComposeItem): Promise<string> {
  if (typeof item.internetHeaders?.getAsync !== 'function') return '';
  try {
    const headers = await officeAsync<Record<string, string>>((callback) =>
      item.internetHeaders!.getAsync([RECORDED_HEADER], callback),
    );
    const match = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === RECORDED_HEADER.toLowerCase());
    return match?.[1] ?? '';
  } catch {
    return '';
  }
}

/** The message being sent, through Office.js (Mailbox 1.12 for the event; the item APIs are older). */
export function createOfficeSendHost(): SendHost {
  const requirements = Office.context.requirements;
  const item = () => Office.context.mailbox.item as ComposeItem;
  return {
    displayLanguage: () => Office.context.displayLanguage,
    userEmail: () => Office.context.mailbox.userProfile.emailAddress,
    support: () => ({
      nestedAppAuth: requirements.isSetSupported('NestedAppAuth', '1.1'),
      alertButton: requirements.isSetSupported('Mailbox', '1.14'),
    }),
    settings: officeMailboxSettings(),
    // Classic Outlook on Windows runs the script without a page: no location there.
    pageOrigin: () => (typeof location !== 'undefined' && /^https?:$/.test(location.protocol) ? location.origin : ''),
    async readMessage(): Promise<OutgoingMessage> {
      const message = item();
      const [to, cc, bcc, subject, itemId, recordedAs] = await Promise.all([
        officeAsync<Office.EmailAddressDetails[]>((callback) => message.to.getAsync(callback)),
        officeAsync<Office.EmailAddressDetails[]>((callback) => message.cc.getAsync(callback)),
        officeAsync<Office.EmailAddressDetails[]>((callback) => message.bcc.getAsync(callback)),
        officeAsync<string>((callback) => message.subject.getAsync(callback)),
        itemIdOf(message),
        recordedAsOf(message),
      ]);
      return {
        subject,
        itemId,
        recordedAs,
        recipients: [...recipientsOf(to, 'to'), ...recipientsOf(cc, 'cc'), ...recipientsOf(bcc, 'bcc')],
      };
    },
    async markRecorded(sendId) {
      const message = item();
      await officeAsync<void>((callback) => message.internetHeaders!.setAsync({ [RECORDED_HEADER]: sendId }, callback));
    },
    async notify(text) {
      // replaceAsync adds the notification, or replaces the one an earlier send left.
      await officeAsync<void>((callback) =>
        item().notificationMessages.replaceAsync(
          NOTIFICATION_KEY,
          { type: 'errorMessage', message: text.slice(0, 150) },
          callback,
        ),
      );
    },
  };
}

/**
 * Maps the manifest's action id to the handler. It must run when the script loads: classic
 * Outlook on Windows runs neither Office.onReady nor Office.initialize for event handlers.
 */
export function registerSendHandler(actionId: string, handler: (event: Office.MailboxEvent) => void) {
  Office.actions.associate(actionId, handler);
  // Browser runtimes (Outlook on the web, new Outlook, Mac) start Office.js as for any page.
  if (typeof Office.onReady === 'function') void Office.onReady(() => undefined);
}
