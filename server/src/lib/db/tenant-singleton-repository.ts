import type { Model } from 'mongoose';
import { updateVersioned } from './versioned-update';
import { createReadCache } from './read-cache';

/** Data access for a record a tenant has exactly one of (a setup page); `_id` is the tenant id. */
export function createTenantSingletonRepository<T extends object>(
  model: Model<any>,
  defaults: T,
  label: string,
  options: { cacheMs?: number } = {},
) {
  const cache = createReadCache<T>(options.cacheMs ?? 0);
  return {
    /** As `get`, from a memory of `cacheMs` (for the hot paths that read the record on every request). */
    cached(tenantId: string): Promise<T> {
      return cache.get(tenantId, () => this.get(tenantId));
    },
    async get(tenantId: string): Promise<T> {
      const doc = await model.findOne({ _id: tenantId }, { _id: 0, tenantId: 0 }).lean<T>();
      return { ...defaults, ...doc };
    },
    /** `ifMatch`: the version the caller read (412 when it changed since; a setup never saved is at 0). */
    async put(tenantId: string, changes: Partial<T>, ifMatch?: number): Promise<T> {
      await updateVersioned(model, { _id: tenantId }, changes, { what: label, ifMatch, upsert: { tenantId } }).finally(
        () => cache.forget(tenantId),
      );
      return this.get(tenantId);
    },
  };
}
