import { backOff } from 'exponential-backoff';

/**
 * Retry with backoff, in the two forms the server needs.
 *
 * - `retry`: a short operation tried again in this process after a growing, jittered pause,
 *   a bounded number of times. That is exponential-backoff's `backOff`.
 * - `nextAttemptAt`: a job of a work queue whose attempt failed is stored with the time of
 *   its next attempt, so the retry survives a restart and any instance may take it. The retry
 *   libraries (exponential-backoff, p-retry, async-retry) only wait in the process between
 *   attempts and have no call that just computes that time, so the formula is here:
 *   `baseMs × 2^(attempt − 1)`, or what the remote service asked for (Retry-After).
 */

export interface RetryPolicy {
  /** Attempts in all, the first included; after the last one the job fails. */
  maxAttempts: number;
  /** The pause after the first failed attempt; it doubles with every further one. */
  baseMs: number;
}

/** The pause after the `attempt`-th failed attempt (1 for the first). */
export const backoffMs = (attempt: number, baseMs: number): number => baseMs * 2 ** (attempt - 1);

/**
 * When to try again after the `attempt`-th attempt failed: after `retryAfterMs` when the
 * remote service said so, else after the backoff; null when that was the last attempt.
 */
export function nextAttemptAt(
  attempt: number,
  policy: RetryPolicy,
  retryAfterMs?: number,
  now = Date.now(),
): Date | null {
  if (attempt >= policy.maxAttempts) return null;
  return new Date(now + (retryAfterMs || backoffMs(attempt, policy.baseMs)));
}

export interface InProcessRetry {
  /** Attempts in all, the first included. */
  attempts: number;
  /** The longest pause before the second attempt; later pauses grow by half each time. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** Whether this error is worth another attempt (the last error is thrown otherwise). */
  retryIf: (error: unknown) => boolean;
}

/**
 * Runs `operation` until it succeeds, its error is not worth retrying, or the attempts are
 * used up; pauses are jittered (anywhere up to the backoff) so that writers who collided
 * do not collide again.
 */
export function retry<T>(operation: (attempt: number) => Promise<T>, options: InProcessRetry): Promise<T> {
  let attempt = 0;
  return backOff(() => operation(++attempt), {
    numOfAttempts: options.attempts,
    startingDelay: options.firstDelayMs,
    timeMultiple: 1.5,
    maxDelay: options.maxDelayMs,
    jitter: 'full',
    retry: (error) => options.retryIf(error),
  });
}
