import { createHash } from 'node:crypto';
import { isDuplicateKeyError } from '../../lib/db/duplicate-key';
import type { KeptItem } from '../domain/unknown-correspondent-schema';
import { KeptItemModel } from './unknown-correspondent-models';

const hex = (text: string) => Buffer.from(text, 'utf8').toString('hex');
const prefixOf = (tenantId: string, address: string) => `${tenantId}:uci:${hex(address)}:`;
/** An item's ids may be long and hold any character: its key in the `_id` is their hash. */
const hashOf = (itemKey: string) => createHash('sha256').update(itemKey).digest('base64url');
const rangeOf = (tenantId: string, address: string) => {
  const prefix = prefixOf(tenantId, address);
  return { _id: { $gte: prefix, $lt: `${prefix}~` } };
};

/** The items kept for an address, keyed by address and item: keeping one again is a no-op. */
export const keptItemRepository = {
  /** False when the item was kept already. */
  async add(tenantId: string, address: string, itemKey: string, item: KeptItem): Promise<boolean> {
    try {
      await KeptItemModel.collection.insertOne({
        _id: `${prefixOf(tenantId, address)}${hashOf(itemKey)}`,
        tenantId,
        ...item,
      } as never);
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  },

  /** Newest first (by the item's date). */
  async list(tenantId: string, address: string): Promise<KeptItem[]> {
    const rows = await KeptItemModel.find(rangeOf(tenantId, address), { _id: 0, tenantId: 0 }).lean<KeptItem[]>();
    return rows.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  },

  /** Drops the oldest items beyond `keep`. */
  async trim(tenantId: string, address: string, keep: number): Promise<void> {
    const rows = await KeptItemModel.find(rangeOf(tenantId, address), { _id: 1, date: 1 }).lean<
      Array<{ _id: string; date: string }>
    >();
    if (rows.length <= keep) return;
    rows.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    await KeptItemModel.deleteMany({ _id: { $in: rows.slice(keep).map((row) => row._id) } });
  },

  async removeAll(tenantId: string, address: string): Promise<void> {
    await KeptItemModel.deleteMany(rangeOf(tenantId, address));
  },
};
