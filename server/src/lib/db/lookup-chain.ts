import mongoose, { Schema } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key';

const lookupSchema = new Schema(
  { _id: { type: String, required: true }, tenantId: { type: String, required: true }, target: String },
  { versionKey: false, collection: 'lookups' },
);
// A tenant's links together (removing a tenant); reads and writes go by _id.
lookupSchema.index({ tenantId: 1 });
const LookupModel = mongoose.models.Lookup ?? mongoose.model('Lookup', lookupSchema);

/** The pairs of a tenant's records written before its chain existed, in batches. */
type Backfill = (tenantId: string) => AsyncIterable<Array<{ key: string; target: string }>>;

/** Links probed at once while reading a chain. */
const PROBE = 4;

/**
 * A secondary key (an email address, an email's internetMessageId) → the records that had it,
 * kept as `_id`-keyed documents `<tenant>:<name>:<key>#0`, `#1`, …, one per record: every read
 * and write is a primary-key lookup, which FerretDB's SQLite backend serves from its index
 * while any other filter scans the collection. Links are only ever inserted (a unique `_id`
 * makes that atomic on both engines, where a shared array updated in place could lose a
 * concurrent write), so a chain can name records that no longer have the key: readers check
 * each record they fetch, and a chain is bounded by the distinct records that ever had the key.
 */
export function createLookupChain(name: string, options: { backfill?: Backfill } = {}) {
  const linkId = (tenantId: string, key: string, n: number) => `${tenantId}:${name}:${key}#${n}`;
  const backfilled = new Map<string, Promise<void>>();

  /**
   * Records written before the chain existed are linked once per tenant, at its first read (a
   * marker document says it is done, across processes and restarts).
   */
  function ensureBackfilled(tenantId: string): Promise<void> {
    const { backfill } = options;
    if (!backfill) return Promise.resolve();
    let done = backfilled.get(tenantId);
    if (!done) {
      done = (async () => {
        const marker = `${tenantId}:${name}:backfilled`;
        if (await LookupModel.exists({ _id: marker })) return;
        for await (const pairs of backfill(tenantId)) await addMany(tenantId, pairs);
        await LookupModel.collection.insertOne({ _id: marker, tenantId } as never).catch((error: unknown) => {
          if (!isDuplicateKeyError(error)) throw error;
        });
      })();
      backfilled.set(tenantId, done);
      done.catch(() => backfilled.delete(tenantId));
    }
    return done;
  }

  async function links(tenantId: string, key: string, from: number): Promise<Array<string | null>> {
    const rows = await Promise.all(
      Array.from({ length: PROBE }, (_, i) =>
        LookupModel.findOne({ _id: linkId(tenantId, key, from + i) }, { _id: 0, target: 1 }).lean<{
          target: string;
        }>(),
      ),
    );
    return rows.map((row) => row?.target ?? null);
  }

  /** Every record ever linked to `key`, oldest link first. */
  async function targets(tenantId: string, key: string): Promise<string[]> {
    await ensureBackfilled(tenantId);
    return linkedTargets(tenantId, key);
  }

  async function linkedTargets(tenantId: string, key: string): Promise<string[]> {
    const found: string[] = [];
    for (let from = 0; ; from += PROBE) {
      const batch = await links(tenantId, key, from);
      const end = batch.indexOf(null);
      found.push(...(batch.slice(0, end === -1 ? PROBE : end) as string[]));
      if (end !== -1) return found;
    }
  }

  /** Links `target` to `key` unless it is linked already. */
  async function add(tenantId: string, key: string, target: string): Promise<void> {
    const known = await linkedTargets(tenantId, key);
    if (known.includes(target)) return;
    for (let n = known.length; ; n++) {
      try {
        await LookupModel.collection.insertOne({ _id: linkId(tenantId, key, n), tenantId, target } as never);
        return;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        const taken = await LookupModel.findOne({ _id: linkId(tenantId, key, n) }, { target: 1 }).lean<{
          target: string;
        }>();
        if (taken?.target === target) return;
      }
    }
  }

  /** Links many pairs; each key's first link goes in with one bulk insert, the rest one by one. */
  async function addMany(tenantId: string, pairs: Array<{ key: string; target: string }>): Promise<void> {
    if (pairs.length === 0) return;
    const docs = pairs.map(({ key, target }) => ({ _id: linkId(tenantId, key, 0), tenantId, target }));
    let failed: number[] = [];
    try {
      await LookupModel.collection.insertMany(docs as never[], { ordered: false });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const writeErrors = (error as { writeErrors?: Array<{ index: number }> }).writeErrors ?? [];
      failed = writeErrors.length ? writeErrors.map((w) => w.index) : pairs.map((_, i) => i);
    }
    for (const i of failed) await add(tenantId, pairs[i]!.key, pairs[i]!.target);
  }

  return { targets, add, addMany };
}
