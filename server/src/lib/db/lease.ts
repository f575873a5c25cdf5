import { AppError } from '../errors/app-error';
import mongoose, { Schema } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { isDuplicateKeyError } from './duplicate-key';
import { retry } from '../retry/backoff';

const leaseSchema = new Schema(
  {
    _id: { type: String, required: true },
    owner: { type: String, required: true },
    lockedUntil: { type: Date, required: true },
  },
  { versionKey: false, collection: 'leases' },
);
const LeaseModel = mongoose.models.Lease ?? mongoose.model('Lease', leaseSchema);

/** The fewest milliseconds between two heartbeats. */
const MIN_HEARTBEAT_MS = 50;

export interface Lease {
  /** True once a renewal found the lease taken over (it had expired and another holder took it). */
  readonly lost: boolean;
  /** Extends the lease now (the heartbeat does so on its own); false when it was lost. */
  renew(): Promise<boolean>;
  /**
   * True while the lease is surely still ours: without a write when its last renewal (or taking)
   * began less than a third of its time ago, since nobody takes a lease over before it expires;
   * else renewed now, as `renew`.
   */
  ensureHeld(): Promise<boolean>;
  /** Gives the lease up and stops its heartbeat; a lost lease is left to its new holder. */
  release(): Promise<void>;
}

export type Acquired = { lease: Lease } | { heldUntil: Date };

/** The answer to a request that finds the lease it needs held by another: 409 with Retry-After until it runs out. */
export function leaseBusy(heldUntil: Date, detail: string): AppError {
  const seconds = Math.max(1, Math.ceil((heldUntil.getTime() - Date.now()) / 1000));
  return new AppError('in-progress', 409, detail, { headers: { 'Retry-After': String(seconds) } });
}

/**
 * One holder at a time of a named job, across every process and instance. A lease is a
 * document whose `_id` is the job's name: taking it is an insert, which MongoDB and FerretDB
 * both guard atomically by the unique `_id`. The lock libraries for MongoDB (mongo-lock,
 * mongodb-lock, agenda's job locks) take and take over locks with findOneAndUpdate, which
 * FerretDB 1.x runs as a read followed by a whole-document write, so that two processes could
 * both win; hence this one.
 *
 * While held, a heartbeat renews the lease every third of `ttlMs`. A holder that died stops
 * renewing; once its lease has expired the next taker deletes it and inserts its own. (On
 * FerretDB a renewal racing a takeover can overwrite the new lease; the holder that lost it
 * learns so at its next heartbeat, `lost`.)
 */
export async function acquireLease(name: string, ttlMs: number): Promise<Acquired> {
  const owner = randomUUID();
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const takenAt = Date.now();
      await LeaseModel.collection.insertOne({ _id: name, owner, lockedUntil: new Date(takenAt + ttlMs) } as never);
      return { lease: heldLease(name, owner, ttlMs, takenAt) };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const current = await LeaseModel.findById(name).lean<{ owner: string; lockedUntil: Date }>();
      if (current && current.lockedUntil.getTime() > Date.now()) return { heldUntil: current.lockedUntil };
      if (current) await LeaseModel.deleteOne({ _id: name, owner: current.owner, lockedUntil: current.lockedUntil });
    }
  }
  return { heldUntil: new Date(Date.now() + ttlMs) };
}

function heldLease(name: string, owner: string, ttlMs: number, takenAt: number): Lease {
  let lost = false;
  /** When the last renewal that succeeded began: the lease is ours until then + ttlMs. */
  let renewedAt = takenAt;
  const renew = async () => {
    if (lost) return false;
    const startedAt = Date.now();
    const result = await LeaseModel.updateOne(
      { _id: name, owner },
      { $set: { lockedUntil: new Date(startedAt + ttlMs) } },
    );
    lost = result.matchedCount !== 1;
    if (!lost) renewedAt = Math.max(renewedAt, startedAt);
    return !lost;
  };
  const heartbeat = setInterval(() => void renew().catch(() => undefined), Math.max(MIN_HEARTBEAT_MS, ttlMs / 3));
  heartbeat.unref();
  return {
    get lost() {
      return lost;
    },
    renew,
    ensureHeld: async () => !lost && (Date.now() - renewedAt < ttlMs / 3 || renew()),
    async release() {
      clearInterval(heartbeat);
      if (!lost) await LeaseModel.deleteOne({ _id: name, owner });
    },
  };
}

class LeaseBusy extends Error {}

/**
 * Runs `work` while holding the lease `name`, and releases it after. When another holder has
 * it, waits up to `waitMs` for it (pausing with backoff), then gives up: null, `work` not run.
 */
export async function withLease<T>(
  name: string,
  { ttlMs, waitMs = 0 }: { ttlMs: number; waitMs?: number },
  work: (lease: Lease) => Promise<T>,
): Promise<{ result: T } | null> {
  const giveUpAt = Date.now() + waitMs;
  const lease = await retry(
    async () => {
      const acquired = await acquireLease(name, ttlMs);
      if ('heldUntil' in acquired) throw new LeaseBusy(name);
      return acquired.lease;
    },
    {
      attempts: Number.MAX_SAFE_INTEGER,
      firstDelayMs: 20,
      maxDelayMs: 250,
      retryIf: (error) => error instanceof LeaseBusy && Date.now() < giveUpAt,
    },
  ).catch((error: unknown) => {
    if (error instanceof LeaseBusy) return null;
    throw error;
  });
  if (!lease) return null;
  try {
    return { result: await work(lease) };
  } finally {
    await lease.release().catch(() => undefined);
  }
}

/** Whether a live holder has the lease now. */
export async function isLeaseHeld(name: string): Promise<boolean> {
  const current = await LeaseModel.findById(name).lean<{ lockedUntil: Date }>();
  return current !== null && current.lockedUntil.getTime() > Date.now();
}
