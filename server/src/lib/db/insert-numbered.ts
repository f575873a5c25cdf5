import { isDuplicateKeyError } from './duplicate-key';

export interface NumberedInsert<T> {
  /** Reserves `count` consecutive numbers and returns the first. */
  reserve(count: number): Promise<number>;
  /** Builds the document stored for an item under its number. */
  build(item: T, no: number): Record<string, unknown>;
  insertMany(docs: Record<string, unknown>[]): Promise<unknown>;
  /** Of these items, the ones already stored under their natural key (a retry, or a concurrent writer). */
  alreadyStored(items: T[]): Promise<Set<T>>;
  /** Moves the sequence past a number that turned out to be taken. */
  advancePast?(no: number): Promise<void>;
}

/**
 * Inserts items under freshly reserved numbers, one bulk write per round. Items whose
 * number was taken by a concurrent writer (FerretDB can hand out one number twice) get
 * new numbers; items already stored are skipped. Returns how many were inserted.
 */
export async function insertNumbered<T>(items: T[], ops: NumberedInsert<T>): Promise<number> {
  let pending = items;
  let inserted = 0;
  for (let round = 0; pending.length > 0; round++) {
    if (round > 50) throw new Error('Could not allocate numbers after 50 rounds');
    const first = await ops.reserve(pending.length);
    const docs = pending.map((item, i) => ops.build(item, first + i));
    try {
      await ops.insertMany(docs);
      return inserted + docs.length;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const failed = new Set<number>(
        ((error as { writeErrors?: Array<{ index: number }> }).writeErrors ?? []).map((w) => w.index),
      );
      if (failed.size === 0) pending.forEach((_, i) => failed.add(i));
      inserted += docs.length - failed.size;
      const retry = pending.filter((_, i) => failed.has(i));
      const stored = await ops.alreadyStored(retry);
      pending = retry.filter((item) => !stored.has(item));
      if (pending.length > 0) await ops.advancePast?.(first + docs.length - 1);
    }
  }
  return inserted;
}
