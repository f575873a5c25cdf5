import type { TFunction } from 'i18next';
import type { Source } from '@interlog/api-client';
import type { PersonAddress } from '@interlog/contact-matching';
import type { MailItem } from './host/mail-item';

export function sourceOf(item: MailItem): Source {
  return {
    type: item.kind === 'message' ? 'email' : 'meeting',
    ...(item.itemId ? { itemId: item.itemId.slice(0, 512) } : {}),
    ...(item.internetMessageId ? { internetMessageId: item.internetMessageId.slice(0, 512) } : {}),
    ...(item.webLink ? { webLink: item.webLink } : {}),
  };
}

export function peopleOf(item: MailItem, t: TFunction): PersonAddress[] {
  return item.people.map((p) => ({ email: p.email, name: p.name, roleLabel: t(`people.role.${p.role}`) }));
}

export const defaultTemplateFor = (item: MailItem) => (setup: { emails: string; meetingInvitation: string }) =>
  item.kind === 'message' ? setup.emails : setup.meetingInvitation;
