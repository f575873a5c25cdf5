import mongoose from 'mongoose';
import { retry } from '../retry/backoff';
import { databaseUnavailable, transientFailure } from './transient-error';

/**
 * Every command of every model goes through mongoose's collection (queries, `Model.insertMany`,
 * `bulkWrite`, and the `model.collection.*` calls of the repositories and of lib/db's allocator,
 * lease and work queue), so the retry is installed there once, for all of them. A transient
 * failure is tried again with a short jittered backoff; when it still fails, the caller gets
 * `databaseUnavailable` (503 with Retry-After). Cursors (`find`, `.cursor()`) are not retried
 * here: they fail while being read, and the error handler answers those with the same 503.
 */
/**
 * Three tries: on the embedded database each may wait SQLite's busy timeout (3 s, scripts/ferretdb.mjs)
 * and the jittered pauses add at most 2 s, so the 503 reaches the add-in within its 15 s request timeout.
 */
export const TRANSIENT_RETRY = { attempts: 3, firstDelayMs: 100, maxDelayMs: 1000 };

type Kind = 'read' | 'write' | 'multi-write';

const methods: Record<string, Kind> = {
  findOne: 'read',
  countDocuments: 'read',
  estimatedDocumentCount: 'read',
  distinct: 'read',
  // One document each: FerretDB writes it in one SQLite transaction, so "not applied" means nothing changed
  // and even an `$inc` (number reservation, recording attempts) may go again.
  insertOne: 'write',
  updateOne: 'write',
  replaceOne: 'write',
  deleteOne: 'write',
  findOneAndUpdate: 'write',
  findOneAndReplace: 'write',
  findOneAndDelete: 'write',
  // Several documents: FerretDB writes them one by one, so a failure can come after some were written.
  insertMany: 'multi-write',
  updateMany: 'multi-write',
  deleteMany: 'multi-write',
  bulkWrite: 'multi-write',
};

// Update operators whose second application changes the document again.
const NOT_IDEMPOTENT = ['$inc', '$mul', '$push', '$pop', '$rename', '$bit'];
const idempotentUpdate = (update: unknown) =>
  !Array.isArray(update) && !NOT_IDEMPOTENT.some((op) => Object.hasOwn((update ?? {}) as object, op));

/**
 * Whether repeating a multi-document write after some of it was written gives the same result:
 * inserts carry unique keys (`_id` or a unique index), so a document the failed attempt stored is
 * refused as a duplicate on the next one, and our callers already count a duplicate as stored
 * (allocateAndInsertMany's `alreadyStored`, the contact import's "existing"); deletes and
 * `$set`-style updates give the same documents twice. An `$inc` (the notification queue's
 * `version`) would count twice, so such a write is not repeated.
 */
function safeToRepeat(method: string, args: unknown[]): boolean {
  if (method === 'insertMany' || method === 'deleteMany') return true;
  if (method === 'updateMany') return idempotentUpdate(args[1]);
  const ops = (args[0] ?? []) as Array<Record<string, { update?: unknown } | undefined>>;
  return ops.every((op) => [op.updateOne, op.updateMany].every((u) => u === undefined || idempotentUpdate(u.update)));
}

function worthRetrying(kind: Kind, method: string, args: unknown[], error: unknown): boolean {
  const failure = transientFailure(error);
  if (!failure || failure.slow) return false;
  if (kind === 'read') return true;
  // A write whose outcome is unknown is not repeated here: the client repeats the request with its Idempotency-Key.
  if (failure.kind !== 'not-applied') return false;
  return kind === 'write' || safeToRepeat(method, args);
}

let installed = false;

/** Installs the retry on mongoose's collection methods; once per process (connectDatabase calls it). */
export function installTransientRetry(): void {
  if (installed) return;
  installed = true;
  const proto = mongoose.Collection.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const [method, kind] of Object.entries(methods)) {
    const original = proto[method];
    if (typeof original !== 'function') continue;
    proto[method] = async function (this: unknown, ...args: unknown[]) {
      try {
        return await retry(() => Promise.resolve(original.apply(this, args)), {
          ...TRANSIENT_RETRY,
          retryIf: (error) => worthRetrying(kind, method, args, error),
        });
      } catch (error) {
        throw transientFailure(error) ? databaseUnavailable(error) : error;
      }
    };
  }
}
