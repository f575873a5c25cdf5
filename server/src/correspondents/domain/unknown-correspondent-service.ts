import { AppError, conflict, notFound } from '../../lib/errors/app-error';
import { decodeCursor, encodeCursor } from '../../lib/http/cursor';
import { contactLookup } from '../../contacts';
import { correspondentRepository, type StoredCorrespondent } from '../data-access/correspondent-repository';
import { keptItemRepository } from '../data-access/kept-item-repository';
import { recencyIndex } from '../data-access/recency-index';
import { normalAddress, withAddressLease } from './address-lease';
import { forgetCorrespondent } from './forget-correspondent';
import type { UnknownCorrespondent } from './unknown-correspondent-schema';

const WHAT = 'Unknown correspondent';

export function view(doc: StoredCorrespondent): UnknownCorrespondent {
  const { address, name, firstSeenAt, lastSeenAt, itemCount, seenBy } = doc;
  const iso = (d: Date) => new Date(d).toISOString();
  return { address, name, firstSeenAt: iso(firstSeenAt), lastSeenAt: iso(lastSeenAt), itemCount, seenBy };
}

/** A listed (seen, not ignored) address; 404 otherwise. */
export async function listedCorrespondent(tenantId: string, address: string): Promise<StoredCorrespondent> {
  const doc = await correspondentRepository.get(tenantId, normalAddress(address));
  if (!doc || doc.ignored) throw notFound(WHAT, normalAddress(address));
  return doc;
}

/** Most recently seen first. */
export async function listUnknownCorrespondents(tenantId: string, page: { limit?: number; cursor?: string }) {
  const limit = page.limit ?? 50;
  const before = decodeCursor<string>(page.cursor, 'string');
  const keys = await recencyIndex.newest(tenantId, limit + 1, before);
  const shown = keys.slice(0, limit);
  const docs = await correspondentRepository.getMany(
    tenantId,
    shown.map((k) => k.address),
  );
  // A key the record no longer names is a leftover of a move; the record is listed at its current key.
  const items = shown
    .map(({ key, address }) => ({ key, doc: docs.get(address) }))
    .filter(({ key, doc }) => doc && !doc.ignored && doc.recencyKey === key)
    .map(({ doc }) => view(doc!));
  return { items, nextCursor: keys.length > limit ? encodeCursor(shown[shown.length - 1].key) : null };
}

export async function getUnknownCorrespondent(tenantId: string, address: string) {
  const doc = await listedCorrespondent(tenantId, address);
  return { ...view(doc), items: await keptItemRepository.list(tenantId, doc.address) };
}

/** Takes the address off the list with its items; it is listed again when it is seen again. */
export async function clearUnknownCorrespondent(tenantId: string, address: string): Promise<void> {
  const doc = await listedCorrespondent(tenantId, address);
  await withAddressLease(tenantId, doc.address, () => forgetCorrespondent(tenantId, doc.address));
}

/** Never keeps this address again (until unignored): it leaves the list, its items go, its sightings are dropped. */
export async function ignoreAddress(tenantId: string, rawAddress: string): Promise<void> {
  const address = normalAddress(rawAddress);
  if ((await contactLookup.findByEmails(tenantId, [address])).length > 0)
    throw conflict(`${address} is a contact's address; only an unknown address can be ignored.`);
  await withAddressLease(tenantId, address, async () => {
    const current = await correspondentRepository.get(tenantId, address);
    if (current?.ignored) return;
    await forgetCorrespondent(tenantId, address);
    const now = new Date();
    await correspondentRepository.put(tenantId, {
      ...(current ?? { address, name: '', firstSeenAt: now, lastSeenAt: now, itemCount: 0, seenBy: [] }),
      itemCount: 0,
      ignored: true,
      recencyKey: null,
    });
  });
}

export async function unignoreAddress(tenantId: string, rawAddress: string): Promise<void> {
  const address = normalAddress(rawAddress);
  await withAddressLease(tenantId, address, async () => {
    const current = await correspondentRepository.get(tenantId, address);
    if (!current?.ignored) throw new AppError('not-found', 404, `${address} is not ignored.`);
    await correspondentRepository.remove(tenantId, address);
  });
}
