import { purgeStaleTokenCache } from '../../lib/graph/token-cache-store';
import { purgeExpiredIdempotencyRecords } from '../../lib/idempotency/idempotency-store';

const HOURLY = 3_600_000;

/** Housekeeping every hour: expired Idempotency-Key records and stale Graph token caches go. */
export function createPurgeWorker(logger: { warn(obj: object, msg: string): void }) {
  let timer: NodeJS.Timeout | null = null;
  return {
    start() {
      timer = setInterval(() => {
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
