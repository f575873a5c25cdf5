import type { MailboxSettings } from '../host/mailbox-settings';

/** "Record emails I send to Interlog contacts": never, ask before sending, or always. */
export const sendPreferences = ['off', 'ask', 'always'] as const;
export type SendPreference = (typeof sendPreferences)[number];

/** Roaming setting names. */
const PREFERENCE = 'recordSentEmails';
/** The Interlog server: classic Outlook on Windows runs the on-send script without a page to tell it. */
const API_ORIGIN = 'apiOrigin';

export function readSendPreference(settings: MailboxSettings): SendPreference {
  const value = settings.get(PREFERENCE);
  return (sendPreferences as readonly unknown[]).includes(value) ? (value as SendPreference) : 'off';
}

export function saveSendPreference(
  settings: MailboxSettings,
  preference: SendPreference,
  apiOrigin: string,
): Promise<void> {
  return settings.save({ [PREFERENCE]: preference, [API_ORIGIN]: apiOrigin });
}

export function savedApiOrigin(settings: MailboxSettings): string {
  const value = settings.get(API_ORIGIN);
  return typeof value === 'string' && isHttpOrigin(value) ? value : '';
}

/** Only `http(s)://host[:port]`: the API's address is this plus a path. */
function isHttpOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.origin === value;
  } catch {
    return false;
  }
}
