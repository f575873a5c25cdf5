import type mongoose from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key';

/**
 * Inserts `docs` unordered, at most `size` in one insert. A duplicate key in any of the inserts is
 * thrown once all are done, as one error whose `writeErrors` index `docs`, as a single insertMany's
 * would; any other error is thrown at once.
 */
export async function insertManyInChunks(collection: mongoose.Collection, docs: object[], size: number) {
  const writeErrors: Array<{ index: number; code: number }> = [];
  for (let start = 0; start < docs.length; start += size) {
    const chunk = docs.slice(start, start + size);
    try {
      await collection.insertMany(chunk as never[], { ordered: false });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const failed = (error as { writeErrors?: Array<{ index: number }> }).writeErrors ?? [];
      const indexes = failed.length ? failed.map((w) => w.index) : chunk.map((_, i) => i);
      for (const index of indexes) writeErrors.push({ index: start + index, code: 11000 });
    }
  }
  if (writeErrors.length)
    throw Object.assign(new Error(`E11000 duplicate key error: ${writeErrors.length} of ${docs.length} documents`), {
      code: 11000,
      writeErrors,
    });
}
