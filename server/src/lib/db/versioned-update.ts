import type { Model } from 'mongoose';
import { preconditionFailed } from '../errors/app-error';
import { isDuplicateKeyError } from './duplicate-key';
import { leaseBusy, withLease } from './lease';

/** Which record is written, for the 412's detail, and the version the caller's If-Match names, if any. */
export interface VersionedWrite {
  what: string;
  key?: string | number;
  ifMatch?: number;
  /** Inserts the record (with these fields too) when `filter` matches none: a PUT of a setup record. */
  upsert?: Record<string, unknown>;
}

/** A write holds its record's lease for one read and one update; waiting for it longer means a crowd. */
const LEASE = { ttlMs: 10_000, waitMs: 10_000 };

const turns = new Map<string, Promise<unknown>>();

/**
 * The writers of one record in this process take turns here before the lease, so that they follow each
 * other at once instead of each polling the lease (other processes still meet them at the lease).
 */
async function inTurn<T>(name: string, work: () => Promise<T>): Promise<T> {
  const mine = (turns.get(name) ?? Promise.resolve()).catch(() => undefined).then(work);
  turns.set(name, mine);
  try {
    return await mine;
  } finally {
    if (turns.get(name) === mine) turns.delete(name);
  }
}

/**
 * Sets `changes` on the one record `filter` selects and counts its version up (a record stored before
 * versions were kept is at version 0). With `ifMatch`, only while the record is still at that version;
 * a record changed meanwhile: 412, nothing written. Without `ifMatch` the last writer wins.
 *
 * The compare and the write run under a lease on the record: FerretDB 1.x runs an update as a read
 * and a later whole-document write, so an update filtered on the version let every one of twenty
 * concurrent writers win (versioned-update.test.ts). Returns false when `filter` matches no record
 * and `upsert` is not given.
 */
/**
 * The lease a versioned write of one record holds; other writes of that record's fields take it too, so
 * that FerretDB's read-then-rewrite of one cannot undo the other.
 */
export const recordLeaseName = (model: Model<any>, filter: Record<string, unknown>) =>
  `version:${model.collection.collectionName}:${Object.values(filter).join(':')}`;

export async function updateVersioned(
  model: Model<any>,
  filter: Record<string, unknown>,
  changes: Record<string, unknown>,
  write: VersionedWrite,
): Promise<boolean> {
  const { version: _ignored, ...set } = changes;
  const name = recordLeaseName(model, filter);
  const done = await inTurn(name, () =>
    withLease(name, LEASE, async () => {
      const current = await model.findOne(filter, { version: 1 }).lean<{ version?: number }>();
      if (!current) {
        if (!write.upsert) return false;
        if ((write.ifMatch ?? 0) !== 0) throw preconditionFailed(write.what, write.key);
        await model.collection.insertOne({ ...filter, ...write.upsert, ...set, version: 1 } as never).catch((error) => {
          throw isDuplicateKeyError(error) ? preconditionFailed(write.what, write.key) : error;
        });
        return true;
      }
      const version = current.version ?? 0;
      if (write.ifMatch !== undefined && write.ifMatch !== version) throw preconditionFailed(write.what, write.key);
      // `strict: false`: the version is kept beside the fields of each model's schema, not declared in them.
      await model.updateOne(filter, { $set: { ...set, version: version + 1 } }, { strict: false });
      return true;
    }),
  );
  if (!done)
    throw leaseBusy(
      new Date(Date.now() + 1000),
      `${write.what} ${write.key} is being changed by many people at once; try again in a moment.`,
    );
  return done.result;
}
