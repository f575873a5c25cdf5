import type { Model } from 'mongoose';

/** Data access for a record a tenant has exactly one of (a setup page); `_id` is the tenant id. */
export function createTenantSingletonRepository<T extends object>(model: Model<any>, defaults: T) {
  return {
    async get(tenantId: string): Promise<T> {
      const doc = await model.findOne({ _id: tenantId }, { _id: 0, tenantId: 0 }).lean<T>();
      return { ...defaults, ...doc };
    },
    async put(tenantId: string, changes: Partial<T>): Promise<T> {
      await model.updateOne({ _id: tenantId }, { $set: changes, $setOnInsert: { tenantId } }, { upsert: true });
      return this.get(tenantId);
    },
  };
}
