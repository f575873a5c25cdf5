import { retry } from '../retry/backoff';

/**
 * MongoDB reports a unique index violation as code 11000; FerretDB 1.x does so for
 * inserts but reports updates as code 1 with a "UNIQUE constraint failed" message.
 */
export function isDuplicateKeyError(error: unknown): boolean {
  const e = error as { code?: number; message?: string; writeErrors?: Array<{ code?: number }>; cause?: unknown };
  if (!e) return false;
  if (e.code === 11000 || e.code === 11001) return true;
  if (Array.isArray(e.writeErrors) && e.writeErrors.length > 0 && e.writeErrors.every((w) => w.code === 11000))
    return true;
  if (typeof e.message === 'string' && /duplicate key|UNIQUE constraint failed/i.test(e.message)) return true;
  return false;
}

/** Runs `attempt` until it no longer fails on a unique index (numbers taken by a concurrent writer). */
export function retryOnDuplicateKey<T>(attempt: (tryNo: number) => Promise<T>, maxTries = 25): Promise<T> {
  return retry(attempt, { attempts: maxTries, firstDelayMs: 5, maxDelayMs: 100, retryIf: isDuplicateKeyError });
}
