import { backoffMs, nextAttemptAt, retry } from './backoff';

const policy = { maxAttempts: 4, baseMs: 1000 };
const NOW = Date.parse('2026-01-01T00:00:00.000Z');

describe('nextAttemptAt: when a stored job tries again', () => {
  test('When an attempt fails, then the next waits the base, doubling with every further attempt', () => {
    expect([1, 2, 3].map((attempt) => nextAttemptAt(attempt, policy, undefined, NOW)!.getTime() - NOW)).toEqual([
      1000, 2000, 4000,
    ]);
    expect(backoffMs(5, 10)).toBe(160);
  });

  test('When the service said how long to wait (Retry-After), then that wait counts instead', () => {
    expect(nextAttemptAt(3, policy, 30_000, NOW)!.getTime() - NOW).toBe(30_000);
  });

  test('When the last attempt failed, then there is no next one', () => {
    expect(nextAttemptAt(4, policy, undefined, NOW)).toBeNull();
    expect(nextAttemptAt(4, policy, 1, NOW)).toBeNull();
  });
});

describe('retry: an operation tried again in this process', () => {
  const options = { attempts: 5, firstDelayMs: 1, maxDelayMs: 5 };
  const busy = new Error('busy');

  test('When it fails with an error worth retrying, then it runs again until it succeeds', async () => {
    const seen: number[] = [];
    const result = await retry(
      async (attempt) => {
        seen.push(attempt);
        if (attempt < 3) throw busy;
        return 'done';
      },
      { ...options, retryIf: (error) => error === busy },
    );
    expect(result).toBe('done');
    expect(seen).toEqual([1, 2, 3]);
  });

  test('When the error is not worth retrying, then it is thrown after the first attempt', async () => {
    let calls = 0;
    const refused = new Error('refused');
    await expect(
      retry(
        async () => {
          calls++;
          throw refused;
        },
        { ...options, retryIf: (error) => error === busy },
      ),
    ).rejects.toBe(refused);
    expect(calls).toBe(1);
  });

  test('When every attempt fails, then the last error is thrown after the last attempt', async () => {
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          throw busy;
        },
        { ...options, retryIf: () => true },
      ),
    ).rejects.toBe(busy);
    expect(calls).toBe(5);
  });
});
