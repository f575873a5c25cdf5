import { entryChanges } from '../../interactions';
import { foldsSettled, holdFolds, releaseFolds, scheduleFold } from '../data-access/fold-runs';

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
    /** While a tenant's bulk write runs (a segment being logged), its folds wait for the end (`release`). */
    hold: holdFolds,
    release: releaseFolds,
    /** Stops listening, folds what was scheduled, and waits for the folds. */
    async stop() {
      unsubscribe?.();
      unsubscribe = null;
      await foldsSettled();
    },
  };
}
