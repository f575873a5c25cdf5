import { createHash, randomUUID } from 'node:crypto';
import { AppError } from '../errors/app-error';
import { isDuplicateKeyError } from '../db/duplicate-key';
import { IdempotencyRecordModel } from './idempotency-record-model';

export interface StoredResponse {
  status: number;
  body: unknown;
}

interface RecordDoc {
  _id: string;
  requestHash: string;
  state: 'pending' | 'done';
  lockedUntil: Date;
  response?: StoredResponse;
}

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
 * or a claim whose `complete`/`release` must be called when the request ends.
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
  const owner = randomUUID();
  const now = Date.now();
  const fresh = {
    _id: id,
    tenantId: args.tenantId,
    requestHash,
    state: 'pending',
    owner,
    lockedUntil: new Date(now + PENDING_LEASE_MS),
    expiresAt: new Date(now + args.retentionHours * 3_600_000),
  };
  try {
    await IdempotencyRecordModel.collection.insertOne(fresh as never);
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const existing = await IdempotencyRecordModel.findById(id).lean<RecordDoc>();
    if (!existing) return claimIdempotencyKey(args);
    if (existing.requestHash !== requestHash) {
      throw new AppError(
        'idempotency-mismatch',
        422,
        'This Idempotency-Key was already used with a different request.',
      );
    }
    if (existing.state === 'done' && existing.response) return { replay: existing.response } as const;
    if (existing.lockedUntil.getTime() > now) {
      throw new AppError(
        'in-progress',
        409,
        'A request with this Idempotency-Key is still being processed; retry shortly.',
        {
          headers: { 'Retry-After': String(Math.ceil((existing.lockedUntil.getTime() - now) / 1000)) },
        },
      );
    }
    // The first attempt died; the operations below are themselves keyed, so taking over is safe.
    await IdempotencyRecordModel.updateOne(
      { _id: id, state: 'pending' },
      { $set: { owner, lockedUntil: new Date(now + PENDING_LEASE_MS) } },
    );
  }
  return {
    replay: null,
    complete: async (response: StoredResponse) => {
      await IdempotencyRecordModel.updateOne({ _id: id }, { $set: { state: 'done', response } });
    },
    release: async () => {
      await IdempotencyRecordModel.deleteOne({ _id: id, state: 'pending' });
    },
  } as const;
}

export async function purgeExpiredIdempotencyRecords() {
  await IdempotencyRecordModel.deleteMany({ expiresAt: { $lt: new Date() } });
}
