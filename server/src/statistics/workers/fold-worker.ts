import { entryChanges } from '../../interactions';
import { foldsDone, foldTenant } from '../data-access/statistics-folder';

/** How long after a write the folder waits for more writes of the tenant before folding them together. */
const DEBOUNCE_MS = 20;

/**
 * Keeps each tenant's statistics folded right after its writes (in this process, debounced), so
 * that a read rarely finds anything left to fold.
 */
export function createFoldWorker(logger: { warn: (obj: object, msg: string) => void }) {
  const timers = new Map<string, NodeJS.Timeout>();
  let unsubscribe: (() => void) | null = null;
  const schedule = (tenantId: string) => {
    if (timers.has(tenantId)) return;
    const timer = setTimeout(() => {
      timers.delete(tenantId);
      foldTenant(tenantId).catch((error: unknown) =>
        logger.warn({ err: error, tenantId }, 'Folding the statistics failed; the next read or write folds again'),
      );
    }, DEBOUNCE_MS);
    timer.unref();
    timers.set(tenantId, timer);
  };
  return {
    start() {
      unsubscribe ??= entryChanges.onChange(schedule);
    },
    async stop() {
      unsubscribe?.();
      unsubscribe = null;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      await foldsDone();
    },
  };
}
