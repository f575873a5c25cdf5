import { RecencyModel } from './unknown-correspondent-models';

/** Milliseconds, 15 digits: string order is time order until the year 33658. */
const WIDTH = 15;
const pad = (ms: number) => String(Math.max(0, Math.floor(ms))).padStart(WIDTH, '0');
const prefixOf = (tenantId: string) => `${tenantId}:ucr:`;
/** The first block read spans 10^FIRST_LEVEL ms (about 17 minutes); each further one 10 times more. */
const FIRST_LEVEL = 6;

export interface RecencyKey {
  /** `<ms>:<address>`: the list's sort key (and its cursor). */
  key: string;
  address: string;
}

const keyOf = (seenAt: Date, address: string) => `${pad(seenAt.getTime())}:${address}`;
const parse = (tenantId: string, id: string): RecencyKey => {
  const key = id.slice(prefixOf(tenantId).length);
  return { key, address: key.slice(WIDTH + 1) };
};

/**
 * A tenant's listed addresses, most recently seen first: one `_id`-only document per address, moved (inserted
 * anew, the old one deleted) when the address is seen again. Readers walk it block by block from the newest down,
 * each block one `_id` prefix range (served by FerretDB's patched `_id` index), so a page reads about the
 * documents it shows, never the tenant's whole list.
 */
export const recencyIndex = {
  keyOf,

  /** Lists the address at `key`; the record names its current key, so a key it no longer names is skipped. */
  async add(tenantId: string, key: string): Promise<void> {
    await RecencyModel.collection.updateOne(
      { _id: `${prefixOf(tenantId)}${key}` } as never,
      { $setOnInsert: {} },
      { upsert: true },
    );
  },

  async remove(tenantId: string, key: string | null): Promise<void> {
    if (key) await RecencyModel.deleteOne({ _id: `${prefixOf(tenantId)}${key}` });
  },

  /** Keys below `before` (all when absent), newest first, until `want` were found or the start was reached. */
  async newest(tenantId: string, want: number, before?: string): Promise<RecencyKey[]> {
    const prefix = prefixOf(tenantId);
    let high = before ?? `${pad(Date.now() + 86_400_000)}~`;
    const found: RecencyKey[] = [];
    for (let level = FIRST_LEVEL; found.length < want; level++) {
      const size = 10 ** Math.min(level, WIDTH);
      const start = Math.floor(Number(high.slice(0, WIDTH)) / size) * size;
      const low = level >= WIDTH ? '' : pad(start);
      const rows = await RecencyModel.find({ _id: { $gte: `${prefix}${low}`, $lt: `${prefix}${high}` } })
        .sort({ _id: -1 })
        .lean<Array<{ _id: string }>>();
      found.push(...rows.map((row) => parse(tenantId, row._id)));
      if (!low || start === 0) break;
      high = low;
    }
    return found.slice(0, want);
  },

  /** The least recently seen beyond the newest `keep` (they go first when the list is full). */
  async beyond(tenantId: string, keep: number): Promise<RecencyKey[]> {
    const prefix = prefixOf(tenantId);
    const range = { _id: { $gte: prefix, $lt: `${prefix}~` } };
    const count = await RecencyModel.countDocuments(range);
    if (count <= keep) return [];
    const rows = await RecencyModel.find(range)
      .sort({ _id: 1 })
      .limit(count - keep)
      .lean<Array<{ _id: string }>>();
    return rows.map((row) => parse(tenantId, row._id));
  },
};
