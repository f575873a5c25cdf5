import { entryChanges } from '../../interactions';
import { foldsSettled, scheduleFold } from '../data-access/fold-runs';

/**
 * Keeps each tenant's statistics folded right after its writes (in this process, debounced), so
 * that a read rarely finds anything left to fold.
 */
export function createFoldWorker(logger: { warn: (obj: object, msg: string) => void }) {
  let unsubscribe: (() => void) | null = null;
  const schedule = (tenantId: string) =>
    scheduleFold(tenantId, (error) =>
      logger.warn({ err: error, tenantId }, 'Folding the statistics failed; the next read or write folds again'),
    );
  return {
    start() {
      unsubscribe ??= entryChanges.onChange(schedule);
    },
    /** Stops listening, folds what was scheduled, and waits for the folds. */
    async stop() {
      unsubscribe?.();
      unsubscribe = null;
      await foldsSettled();
    },
  };
}
