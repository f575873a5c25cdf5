import { createHash } from 'node:crypto';
import { AppError } from '../errors/app-error';
import { isDuplicateKeyError } from '../db/duplicate-key';
import { acquireLease, leaseBusy } from '../db/lease';
import { IdempotencyRecordModel } from './idempotency-record-model';

export interface StoredResponse {
  status: number;
  body: unknown;
}

interface RecordDoc {
  _id: string;
  requestHash: string;
  state: 'pending' | 'done';
  response?: StoredResponse;
}

/** How long a request in progress keeps its key without its lease's heartbeat (a process that died). */
const PENDING_LEASE_MS = 30_000;

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function hashRequest(route: string, body: unknown): string {
  return createHash('sha256')
    .update(route)
    .update('\n')
    .update(canonicalJson(body ?? {}))
    .digest('hex');
}

/**
 * Claims an Idempotency-Key for one request. Returns either a stored response to replay,
 * or a claim whose `complete`/`release` must be called when the request ends. The request in
 * progress holds a lease on the key: another request with it is answered 409 until the first
 * ends, or takes over once the first died (the operations behind are themselves keyed).
 */
export async function claimIdempotencyKey(args: {
  tenantId: string;
  route: string;
  key: string;
  body: unknown;
  retentionHours: number;
}) {
  const id = `${args.tenantId}|${args.route}|${args.key}`;
  const requestHash = hashRequest(args.route, args.body);
  const stored = await storedResponse(id, requestHash, args);
  if (stored === 'purged') return claimIdempotencyKey(args);
  if (typeof stored === 'object') return { replay: stored } as const;
  const acquired = await acquireLease(`idempotency:${id}`, PENDING_LEASE_MS);
  if ('heldUntil' in acquired) {
    throw leaseBusy(acquired.heldUntil, 'A request with this Idempotency-Key is still being processed; retry shortly.');
  }
  const { lease } = acquired;
  // The request before may have finished between our read and the lease.
  const finished = stored === 'pending' ? await IdempotencyRecordModel.findById(id).lean<RecordDoc>() : null;
  if (finished?.state === 'done' && finished.response) {
    await lease.release();
    return { replay: finished.response } as const;
  }
  return {
    replay: null,
    complete: async (response: StoredResponse) => {
      await IdempotencyRecordModel.updateOne({ _id: id }, { $set: { state: 'done', response } });
      await lease.release();
    },
    release: async () => {
      await IdempotencyRecordModel.deleteOne({ _id: id, state: 'pending' });
      await lease.release();
    },
  } as const;
}

/**
 * Records the key as pending ('new'), or finds the response stored for it ('pending' while the
 * first request has none yet); 'purged' when the record went between the insert and the read.
 * The same key with another body is 422.
 */
async function storedResponse(
  id: string,
  requestHash: string,
  args: { tenantId: string; retentionHours: number },
): Promise<StoredResponse | 'new' | 'pending' | 'purged'> {
  try {
    await IdempotencyRecordModel.collection.insertOne({
      _id: id,
      tenantId: args.tenantId,
      requestHash,
      state: 'pending',
      expiresAt: new Date(Date.now() + args.retentionHours * 3_600_000),
    } as never);
    return 'new';
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  const existing = await IdempotencyRecordModel.findById(id).lean<RecordDoc>();
  if (!existing) return 'purged';
  if (existing.requestHash !== requestHash)
    throw new AppError('idempotency-mismatch', 422, 'This Idempotency-Key was already used with a different request.');
  return existing.state === 'done' && existing.response ? existing.response : 'pending';
}

export async function purgeExpiredIdempotencyRecords() {
  await IdempotencyRecordModel.deleteMany({ expiresAt: { $lt: new Date() } });
}
