import { AppError } from '../../lib/errors/app-error';
import { contactLookup } from '../../contacts';
import { correspondentRepository, type StoredCorrespondent } from '../data-access/correspondent-repository';
import { keptItemRepository } from '../data-access/kept-item-repository';
import { recencyIndex } from '../data-access/recency-index';
import { normalAddress, withAddressLease } from './address-lease';
import { correspondentLimits } from './correspondent-limits';
import { forgetCorrespondent } from './forget-correspondent';
import type { Person, SightedItem } from './unknown-correspondent-schema';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The key of an item (the one recording keys its interaction by): its message id, meeting id, send or item id. */
export function itemKeyOf(item: SightedItem): string | null {
  if (item.internetMessageId) return `msg:${item.internetMessageId}`;
  if (item.iCalUId) return `ical:${item.iCalUId}`;
  if (item.sendId) return `send:${item.sendId}`;
  if (item.itemId) return `item:${item.itemId}`;
  return null;
}

async function keepOne(tenantId: string, userId: string, person: Person, item: SightedItem, itemKey: string) {
  const { address } = person;
  const current = await correspondentRepository.get(tenantId, address);
  if (current?.ignored) return { kept: null, isNew: false };
  const now = new Date();
  const added = await keptItemRepository.add(tenantId, address, itemKey, {
    ...item,
    userId,
    seenAt: now.toISOString(),
  });
  // Seen again with an item it has already: nothing changes, nothing is counted twice.
  if (current && !added) return { kept: current, isNew: false };
  const next: StoredCorrespondent = {
    address,
    name: current?.name || person.name.trim(),
    firstSeenAt: current?.firstSeenAt ?? now,
    lastSeenAt: now,
    itemCount: (current?.itemCount ?? 0) + 1,
    seenBy: [userId, ...(current?.seenBy ?? []).filter((u) => u !== userId)].slice(
      0,
      correspondentLimits.seenByPerAddress,
    ),
    ignored: false,
    recencyKey: recencyIndex.keyOf(now, address),
  };
  await recencyIndex.add(tenantId, next.recencyKey!);
  await correspondentRepository.put(tenantId, next);
  await recencyIndex.remove(tenantId, current?.recencyKey ?? null);
  if (next.itemCount > correspondentLimits.itemsPerAddress)
    await keptItemRepository.trim(tenantId, address, correspondentLimits.itemsPerAddress);
  return { kept: next, isNew: !current };
}

/** The least recently seen addresses beyond the tenant's bound go. */
async function evictBeyondLimit(tenantId: string) {
  for (const { address } of await recencyIndex.beyond(tenantId, correspondentLimits.maxPerTenant))
    await withAddressLease(tenantId, address, () => forgetCorrespondent(tenantId, address));
}

/**
 * Keeps the people of an email or meeting who match no contact (nor an ignored address): their address, name, when
 * and by whom they were seen, and the item, so that it can be recorded once they become contacts. Returns the
 * addresses kept and how many items each has.
 */
export async function keepUnknownCorrespondents(
  ctx: { tenantId: string; userId: string },
  item: SightedItem,
  people: Person[],
): Promise<Array<{ address: string; itemCount: number }>> {
  const itemKey = itemKeyOf(item);
  if (!itemKey)
    throw new AppError('validation', 400, 'The item needs an id to be kept by.', {
      errors: [{ path: '/body/item', message: 'needs internetMessageId, iCalUId, sendId or itemId' }],
    });
  const byAddress = new Map<string, Person>();
  for (const person of people) {
    const address = normalAddress(person.address);
    // Only an internet address can become a contact's (not an Exchange directory name or an empty one).
    if (EMAIL.test(address) && !byAddress.has(address)) byAddress.set(address, { address, name: person.name ?? '' });
  }
  const contacts = await contactLookup.findByEmails(ctx.tenantId, [...byAddress.keys()]);
  for (const contact of contacts) byAddress.delete(contact.email.toLowerCase());
  const kept = [];
  let grew = false;
  for (const person of byAddress.values()) {
    const result = await withAddressLease(ctx.tenantId, person.address, () =>
      keepOne(ctx.tenantId, ctx.userId, person, item, itemKey),
    );
    grew ||= result.isNew;
    if (result.kept) kept.push({ address: result.kept.address, itemCount: result.kept.itemCount });
  }
  if (grew) await evictBeyondLimit(ctx.tenantId);
  return kept;
}
