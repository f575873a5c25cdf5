import { CounterModel } from './counter-model';
import { retryOnDuplicateKey } from './duplicate-key';

/**
 * Reserves `count` consecutive numbers of a tenant's sequence and returns the first.
 * On FerretDB two concurrent increments can return the same block, so callers insert
 * under a unique index and reserve again when they collide.
 */
export async function reserveNumbers(tenantId: string, sequence: string, count = 1): Promise<number> {
  const doc = await retryOnDuplicateKey(() =>
    CounterModel.findOneAndUpdate(
      { _id: `${tenantId}:${sequence}` },
      { $inc: { seq: count } },
      { upsert: true, returnDocument: 'after' },
    ).lean<{ seq: number }>(),
  );
  return doc!.seq - count + 1;
}

export async function currentNumber(tenantId: string, sequence: string): Promise<number> {
  const doc = await CounterModel.findById(`${tenantId}:${sequence}`).lean<{ seq: number }>();
  return doc?.seq ?? 0;
}

/** Moves the sequence past `atLeast` (after a collision showed that number is taken). */
export async function advanceNumbersTo(tenantId: string, sequence: string, atLeast: number): Promise<void> {
  await CounterModel.updateOne({ _id: `${tenantId}:${sequence}`, seq: { $lt: atLeast } }, { $set: { seq: atLeast } });
}
