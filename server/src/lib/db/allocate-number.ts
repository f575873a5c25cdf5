import { AppError } from '../errors/app-error';
import { isDuplicateKeyError } from './duplicate-key';

/**
 * Allocating a number and inserting a record under it. On FerretDB two concurrent increments
 * (and two compare-and-set updates) can hand out the same number, and neither engine has
 * transactions here; so the record goes in under a unique index, and a record whose number a
 * concurrent writer took as well is given the next one. No library does this on both engines
 * (the MongoDB sequence plugins trust findOneAndUpdate's `$inc`).
 */

/** A unique index said no: raw from the driver, or as a repository's already-exists problem. */
export const isNumberTaken = (error: unknown) =>
  isDuplicateKeyError(error) || (error instanceof AppError && error.name === 'already-exists');

export interface AllocateAndInsert<N, R> {
  /** Reserves the next number; null when a concurrent writer moved the sequence first (try again). */
  reserve(): Promise<N | null>;
  /** Inserts the record under `no`; throws a duplicate-key (or already-exists) error when the number is taken. */
  insert(no: N): Promise<R>;
  /** Reservations in all before giving up. */
  maxTries?: number;
  /** The error when every try collided (the last collision is thrown otherwise). */
  giveUp?: () => Error;
}

/** Inserts one record under a freshly reserved number; returns what `insert` returned. */
export async function allocateAndInsert<N, R>(steps: AllocateAndInsert<N, R>): Promise<R> {
  const maxTries = steps.maxTries ?? 50;
  let lastCollision: unknown = null;
  for (let tryNo = 1; tryNo <= maxTries; tryNo++) {
    const no = await steps.reserve();
    if (no === null) continue;
    try {
      return await steps.insert(no);
    } catch (error) {
      if (!isNumberTaken(error)) throw error;
      lastCollision = error;
    }
  }
  throw steps.giveUp?.() ?? lastCollision ?? new Error('Could not allocate a number.');
}

export interface AllocateAndInsertMany<T> {
  /** Reserves `count` consecutive numbers and returns the first. */
  reserve(count: number): Promise<number>;
  /** Builds the document stored for an item under its number. */
  build(item: T, no: number): Record<string, unknown>;
  /** Inserts the documents unordered (`ordered: false`), so each one that collides is told apart. */
  insertMany(docs: Record<string, unknown>[]): Promise<unknown>;
  /** Of these items, the ones already stored under their natural key (a retry, or a concurrent writer). */
  alreadyStored(items: T[]): Promise<Set<T>>;
  /** Moves the sequence past a number that turned out to be taken. */
  advancePast?(no: number): Promise<void>;
}

/**
 * Inserts items under freshly reserved numbers, one bulk write per round. Items whose number
 * a concurrent writer took get new numbers; items already stored are skipped. Returns how
 * many were inserted.
 */
export async function allocateAndInsertMany<T>(items: T[], ops: AllocateAndInsertMany<T>): Promise<number> {
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
