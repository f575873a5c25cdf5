import type { Model } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key';
import { alreadyExists } from '../errors/app-error';
import { decodeCursor, pageOf } from '../http/cursor';

/**
 * Data access shared by the resources identified by a per-tenant key (`code` or `no`):
 * lean plain objects without storage fields, key-ordered cursor paging.
 */
export function createKeyedRepository<T extends object>(model: Model<any>, options: { key: string; label: string; hidden?: string[] }) {
  const projection: Record<string, 0> = { _id: 0, tenantId: 0 };
  for (const field of options.hidden ?? []) projection[field] = 0;
  const key = options.key;

  return {
    async get(tenantId: string, value: string): Promise<T | null> {
      return model.findOne({ tenantId, [key]: value }, projection).lean<T>();
    },
    async exists(tenantId: string, value: string): Promise<boolean> {
      return (await model.exists({ tenantId, [key]: value })) !== null;
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
        await model.collection.insertOne({ ...doc, tenantId } as never);
      } catch (error) {
        if (isDuplicateKeyError(error)) throw alreadyExists(options.label, String(doc[key]));
        throw error;
      }
      return (await this.get(tenantId, String(doc[key])))!;
    },
    async update(tenantId: string, value: string, changes: Partial<T>): Promise<T | null> {
      if (Object.keys(changes).length > 0) {
        const result = await model.updateOne({ tenantId, [key]: value }, { $set: changes });
        if (result.matchedCount === 0) return null;
      }
      return this.get(tenantId, value);
    },
    async upsert(tenantId: string, value: string, doc: Partial<T>): Promise<T> {
      await model.updateOne({ tenantId, [key]: value }, { $set: doc, $setOnInsert: { tenantId, [key]: value } }, { upsert: true });
      return (await this.get(tenantId, value))!;
    },
    async remove(tenantId: string, value: string): Promise<boolean> {
      const result = await model.deleteOne({ tenantId, [key]: value });
      return result.deletedCount > 0;
    },
  };
}
