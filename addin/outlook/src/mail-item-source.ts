import type { TFunction } from 'i18next';
import type { Source } from '@interlog/api-client';
import type { PersonAddress } from '@interlog/contact-matching';
import type { MailItem } from './host/mail-item';

export function sourceOf(item: MailItem): Source {
  return {
    type: item.kind === 'message' ? 'email' : 'meeting',
    ...(item.itemId ? { itemId: item.itemId.slice(0, 512) } : {}),
    ...(item.internetMessageId ? { internetMessageId: item.internetMessageId.slice(0, 512) } : {}),
    ...(item.iCalUId ? { iCalUId: item.iCalUId.slice(0, 512) } : {}),
    ...(item.webLink ? { webLink: item.webLink } : {}),
  };
}

export function peopleOf(item: MailItem, t: TFunction): PersonAddress[] {
  return item.people.map((p) => ({ email: p.email, name: p.name, roleLabel: t(`people.role.${p.role}`) }));
}

/** Addresses the pane never offers for an item: the user's own and the mailbox the item is in. */
export function ownAddresses(item: MailItem, userEmail: string): string[] {
  return [userEmail, item.mailboxOwner];
}

/**
 * Which way an email went: received when someone else sent it (not the user, not the mailbox it is in), sent when
 * the user did or is writing it. None for meetings.
 */
export function directionOf(item: MailItem, ownAddresses: string[]): 'inbound' | 'outbound' | undefined {
  if (item.kind !== 'message') return undefined;
  if (item.mode === 'compose') return 'outbound';
  const sender = item.people.find((p) => p.role === 'from')?.email.toLowerCase();
  const own = ownAddresses.map((a) => a.toLowerCase());
  return sender && !own.includes(sender) ? 'inbound' : 'outbound';
}

type TemplateSetup = { emails: string; emailsReceived: string; meetingInvitation: string };

/** A received email's template is the setup's one for received emails (else the emails one). */
export const defaultTemplateFor = (item: MailItem, direction: 'inbound' | 'outbound' | undefined) => {
  if (item.kind !== 'message') return (setup: TemplateSetup) => setup.meetingInvitation;
  return (setup: TemplateSetup) => (direction === 'inbound' ? setup.emailsReceived || setup.emails : setup.emails);
};
