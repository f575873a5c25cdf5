import { createHash, randomUUID } from 'node:crypto';
import { AppError } from '../errors/app-error';
import { isDuplicateKeyError } from '../db/duplicate-key';
import { leaseBusy } from '../db/lease';
import { IdempotencyRecordModel } from './idempotency-record-model';

export interface StoredResponse {
  status: number;
  body: unknown;
}

interface RecordDoc {
  _id: string;
  requestHash: string;
  state: 'pending' | 'done';
  owner?: string;
  lockedUntil?: Date;
  response?: StoredResponse;
}

/** How long a request in progress keeps its key without its heartbeat (a process that died). */
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
 * or a claim whose `complete`/`release` must be called when the request ends. The record is its
 * own lease: inserted 'pending' with an owner and `lockedUntil` (renewed by a heartbeat while the
 * request runs), completed in place; so a keyed request costs two writes. Another request with
 * the key is answered 409 until the first ends, or takes over once the first died (the
 * operations behind are themselves keyed). Every read and write is by `_id`.
 */
export async function claimIdempotencyKey(args: {
  tenantId: string;
  route: string;
  key: string;
  body: unknown;
  retentionHours: number;
}): Promise<Claim> {
  const id = `${args.tenantId}|${args.route}|${args.key}`;
  const requestHash = hashRequest(args.route, args.body);
  const owner = randomUUID();
  const lockedUntil = () => new Date(Date.now() + PENDING_LEASE_MS);
  try {
    await IdempotencyRecordModel.collection.insertOne({
      _id: id,
      tenantId: args.tenantId,
      requestHash,
      state: 'pending',
      owner,
      lockedUntil: lockedUntil(),
      expiresAt: new Date(Date.now() + args.retentionHours * 3_600_000),
    } as never);
    return heldClaim(id, owner);
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  const existing = await IdempotencyRecordModel.findById(id).lean<RecordDoc>();
  if (!existing) return claimIdempotencyKey(args);
  if (existing.requestHash !== requestHash)
    throw new AppError('idempotency-mismatch', 422, 'This Idempotency-Key was already used with a different request.');
  if (existing.state === 'done' && existing.response) return { replay: existing.response };
  const heldUntil = existing.lockedUntil ?? new Date(0);
  if (heldUntil.getTime() > Date.now()) throw busy(heldUntil);
  // The request before died: take the record over, and make sure no other request took it at the same time.
  await IdempotencyRecordModel.updateOne({ _id: id }, { $set: { owner, lockedUntil: lockedUntil() } });
  const taken = await IdempotencyRecordModel.findById(id).lean<RecordDoc>();
  if (taken?.state === 'done' && taken.response) return { replay: taken.response };
  if (taken?.owner !== owner) throw busy(taken?.lockedUntil ?? lockedUntil());
  return heldClaim(id, owner);
}

type Claim =
  | { replay: StoredResponse }
  | { replay: null; complete(response: StoredResponse): Promise<void>; release(): Promise<void> };

const busy = (heldUntil: Date) =>
  leaseBusy(heldUntil, 'A request with this Idempotency-Key is still being processed; retry shortly.');

function heldClaim(id: string, owner: string): Claim {
  const heartbeat = setInterval(
    () =>
      void IdempotencyRecordModel.updateOne(
        { _id: id },
        { $set: { lockedUntil: new Date(Date.now() + PENDING_LEASE_MS) } },
      ).catch(() => undefined),
    PENDING_LEASE_MS / 3,
  );
  heartbeat.unref();
  return {
    replay: null,
    complete: async (response) => {
      clearInterval(heartbeat);
      await IdempotencyRecordModel.updateOne(
        { _id: id },
        { $set: { state: 'done', response }, $unset: { owner: '', lockedUntil: '' } },
      );
    },
    release: async () => {
      clearInterval(heartbeat);
      const current = await IdempotencyRecordModel.findById(id).lean<RecordDoc>();
      if (current?.state === 'pending' && current.owner === owner) await IdempotencyRecordModel.deleteOne({ _id: id });
    },
  };
}

export async function purgeExpiredIdempotencyRecords() {
  await IdempotencyRecordModel.deleteMany({ expiresAt: { $lt: new Date() } });
}
