import { purgeStaleTokenCache } from '../../lib/graph/token-cache-store';
import { purgeExpiredIdempotencyRecords } from '../../lib/idempotency/idempotency-store';
import { isFerretDB } from '../../lib/db/connect';

const HOURLY = 3_600_000;

/**
 * Housekeeping every hour on FerretDB: expired Idempotency-Key records and stale Graph token caches go.
 * MongoDB removes them itself through their TTL indexes.
 */
export function createPurgeWorker(logger: { warn(obj: object, msg: string): void }) {
  let timer: NodeJS.Timeout | null = null;
  return {
    start() {
      timer = setInterval(async () => {
        if (!(await isFerretDB().catch(() => true))) return;
        void purgeExpiredIdempotencyRecords().catch((err) => logger.warn({ err }, 'idempotency purge failed'));
        void purgeStaleTokenCache().catch((err) => logger.warn({ err }, 'token cache purge failed'));
      }, HOURLY);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
