import type { Contact } from '../../contacts';
import { keepUnknownCorrespondents } from '../../correspondents';
import type { MailAddress, MailboxItem } from './mailbox-gateway';
import { sightedItemOf } from './record-mailbox-item';

/**
 * Business Central drops mail from addresses that are no contact; Interlog keeps them with the item, to be
 * recorded once they become contacts.
 */
export async function keepStrangers(
  ctx: { tenantId: string; userId: string },
  item: MailboxItem,
  people: MailAddress[],
  contacts: Contact[],
): Promise<void> {
  const known = new Set(contacts.map((c) => c.email.toLowerCase()));
  const unknown = people.filter((p) => !known.has(p.address.toLowerCase()));
  if (unknown.length)
    await keepUnknownCorrespondents(
      ctx,
      sightedItemOf(item),
      unknown.map((p) => ({ address: p.address, name: p.name })),
    );
}
