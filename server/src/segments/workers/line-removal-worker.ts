import { settleEntryLinks } from '../../interactions';
import { finishLineRemovals } from '../domain/segment-line-removal';

/**
 * Removes logged segments' lines after the answer, one tenant's at a time, once their entries'
 * contact links are made (kept as to-dos while the segment was logged); `drain()` waits for the
 * work under way (the server's stop). Work that fails is finished by the tenant's next logging.
 */
export function createLineRemovalWorker(logger: { warn(obj: object, msg: string): void }) {
  const byTenant = new Map<string, Promise<void>>();
  return {
    /** After a segment is logged: its lines, and any a stopped run left, go in the background. */
    removeFor(tenantId: string): void {
      const job = (byTenant.get(tenantId) ?? Promise.resolve())
        .then(() => settleEntryLinks(tenantId))
        .then(() => finishLineRemovals(tenantId))
        .catch((err) => logger.warn({ err, tenantId }, 'removing the lines of logged segments failed'));
      byTenant.set(tenantId, job);
      void job.finally(() => {
        if (byTenant.get(tenantId) === job) byTenant.delete(tenantId);
      });
    },
    async drain(): Promise<void> {
      while (byTenant.size) await Promise.all(byTenant.values());
    },
  };
}
