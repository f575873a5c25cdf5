import { createHash } from 'node:crypto';
import mongoose from 'mongoose';
import { TEST_READ } from '../support/query-coverage/query-shape';
import { statisticsSettled } from '../../server/src/statistics';

export interface CollectionState {
  count: number;
  hash: string;
}

/**
 * A fingerprint of every collection in the test file's database: document count and a hash
 * of all documents in `_id` order. Two equal snapshots mean nothing was written in between.
 * The API runs in this process, so `mongoose.connection` is the connection it writes through.
 */
export async function snapshotDatabase(): Promise<Record<string, CollectionState>> {
  // The statistics are folded after the answer: what a request wrote is settled first.
  await statisticsSettled();
  const db = mongoose.connection.db;
  if (!db) throw new Error('The database is not connected.');
  const names = (await db.listCollections({}, { nameOnly: true }).toArray())
    .map((c) => c.name)
    .filter((n) => !n.startsWith('system.'))
    .sort();
  const state: Record<string, CollectionState> = {};
  for (const name of names) {
    const docs = await db.collection(name).find({}, { comment: TEST_READ }).sort({ _id: 1 }).toArray();
    const hash = createHash('sha256')
      .update(mongoose.mongo.BSON.EJSON.stringify(docs, { relaxed: false }))
      .digest('hex');
    state[name] = { count: docs.length, hash };
  }
  return state;
}

/** Every document of one tenant, by collection, for before/after comparisons. */
export async function tenantDocuments(tenantId: string): Promise<Record<string, unknown[]>> {
  await statisticsSettled();
  const db = mongoose.connection.db;
  if (!db) throw new Error('The database is not connected.');
  const names = (await db.listCollections({}, { nameOnly: true }).toArray())
    .map((c) => c.name)
    .filter((n) => !n.startsWith('system.'))
    .sort();
  const out: Record<string, unknown[]> = {};
  for (const name of names) {
    const docs = await db.collection(name).find({}, { comment: TEST_READ }).sort({ _id: 1 }).toArray();
    const own = docs.filter((d) => {
      const id: unknown = d._id;
      return d.tenantId === tenantId || (typeof id === 'string' && id.startsWith(`${tenantId}:`));
    });
    out[name] = JSON.parse(mongoose.mongo.BSON.EJSON.stringify(own, { relaxed: false }));
  }
  return out;
}
