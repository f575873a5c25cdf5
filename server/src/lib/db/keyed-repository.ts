import type { Model } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key';
import { alreadyExists } from '../errors/app-error';
import { decodeCursor, pageOf } from '../http/cursor';
import { updateVersioned } from './versioned-update';
import { createReadCache } from './read-cache';

/**
 * Data access shared by the resources identified by a per-tenant key (`code` or `no`):
 * lean plain objects without storage fields, key-ordered cursor paging.
 */
export function createKeyedRepository<T extends object>(
  model: Model<any>,
  options: { key: string; label: string; hidden?: string[]; cacheMs?: number },
) {
  const projection: Record<string, 0> = { _id: 0, tenantId: 0 };
  for (const field of options.hidden ?? []) projection[field] = 0;
  const key = options.key;
  // The _id is derived from tenant and key, so that reads by key are primary-key lookups
  // (FerretDB's SQLite backend scans the collection for any other filter).
  const idOf = (tenantId: string, value: string) => `${tenantId}:${value}`;
  const cache = createReadCache<T | null>(options.cacheMs ?? 0);
  const written = <R>(tenantId: string, value: string, result: R) => {
    cache.forget(idOf(tenantId, value));
    return result;
  };

  return {
    async get(tenantId: string, value: string): Promise<T | null> {
      return model.findOne({ _id: idOf(tenantId, value) }, projection).lean<T>();
    },
    /** As `get`, from a memory of `cacheMs` (for the hot paths that read the record on every request). */
    cached(tenantId: string, value: string): Promise<T | null> {
      return cache.get(idOf(tenantId, value), () => this.get(tenantId, value));
    },
    async getMany(tenantId: string, values: string[]): Promise<Map<string, T>> {
      const rows = await model.find({ _id: { $in: values.map((v) => idOf(tenantId, v)) } }, projection).lean<T[]>();
      return new Map(rows.map((row) => [(row as Record<string, string>)[key], row]));
    },
    async exists(tenantId: string, value: string): Promise<boolean> {
      return (await model.exists({ _id: idOf(tenantId, value) })) !== null;
    },
    async list(tenantId: string, page: { limit: number; cursor?: string }, filter: Record<string, unknown> = {}) {
      const after = decodeCursor<string>(page.cursor, 'string');
      const rows = await model
        .find({ ...filter, tenantId, ...(after !== undefined ? { [key]: { $gt: after } } : {}) }, projection)
        .sort({ [key]: 1 })
        .limit(page.limit + 1)
        .lean<T[]>();
      return pageOf(rows, page.limit, (row) => (row as Record<string, string>)[key]);
    },
    async insert(tenantId: string, doc: T & Record<string, unknown>): Promise<T> {
      try {
        await model.collection.insertOne({ ...doc, _id: idOf(tenantId, String(doc[key])), tenantId } as never);
      } catch (error) {
        if (isDuplicateKeyError(error)) throw alreadyExists(options.label, String(doc[key]));
        throw error;
      }
      written(tenantId, String(doc[key]), null);
      return (await this.get(tenantId, String(doc[key])))!;
    },
    /** `ifMatch`: the version the caller read (412 when the record changed since); without it the last writer wins. */
    async update(tenantId: string, value: string, changes: Partial<T>, ifMatch?: number): Promise<T | null> {
      const write = { what: options.label, key: value, ifMatch };
      const updated = await updateVersioned(model, { _id: idOf(tenantId, value) }, changes, write);
      if (!written(tenantId, value, updated)) return null;
      return this.get(tenantId, value);
    },
    async upsert(tenantId: string, value: string, doc: Partial<T>, ifMatch?: number): Promise<T> {
      const write = { what: options.label, key: value, ifMatch, upsert: { tenantId, [key]: value } };
      written(tenantId, value, await updateVersioned(model, { _id: idOf(tenantId, value) }, doc, write));
      return (await this.get(tenantId, value))!;
    },
    async remove(tenantId: string, value: string): Promise<boolean> {
      const result = written(tenantId, value, await model.deleteOne({ _id: idOf(tenantId, value) }));
      return result.deletedCount > 0;
    },
  };
}
