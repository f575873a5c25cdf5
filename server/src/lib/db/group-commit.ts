/** What one member of a batch came to: its own value, or its own error. */
export type Outcome<R> = { value: R } | { error: unknown };

export interface GroupCommitOptions<T, R> {
  /** Writes a batch of one key's items together; answers each item in order. */
  write(key: string, items: T[]): Promise<Outcome<R>[]>;
  /** The most items written together. */
  maxBatch?: number;
}

interface Waiter<T, R> {
  item: T;
  resolve(value: R): void;
  reject(error: unknown): void;
}

/**
 * Group commit: while one batch of a key (a tenant) is being written, the items that arrive
 * for that key wait and then go together as the next batch. A lone item is written at once;
 * under load N concurrent writes cost one round of writes instead of N that collide. Each
 * caller gets its own answer: when a whole batch fails, its items are written again one by
 * one, so one bad item fails alone. Batches are per process; what makes a write safe across
 * processes (unique keys) is the writer's job.
 */
export function createGroupCommit<T, R>({ write, maxBatch = 200 }: GroupCommitOptions<T, R>) {
  const queues = new Map<string, Waiter<T, R>[]>();

  async function writeBatch(key: string, batch: Waiter<T, R>[]): Promise<Outcome<R>[]> {
    try {
      return await write(
        key,
        batch.map((w) => w.item),
      );
    } catch (error) {
      if (batch.length === 1) return [{ error }];
      return Promise.all(batch.map(async (w) => (await writeBatch(key, [w]))[0]!));
    }
  }

  async function drain(key: string, queue: Waiter<T, R>[]) {
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      const outcomes = await writeBatch(key, batch);
      batch.forEach((waiter, i) => {
        const outcome = outcomes[i] ?? { error: new Error('The batch writer gave no answer for this item.') };
        if ('error' in outcome) waiter.reject(outcome.error);
        else waiter.resolve(outcome.value);
      });
    }
    queues.delete(key);
  }

  /** Writes `item` with the other items of `key` that are waiting; resolves with its own outcome. */
  return function submit(key: string, item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const running = queues.get(key);
      if (running) {
        running.push({ item, resolve, reject });
        return;
      }
      const queue: Waiter<T, R>[] = [{ item, resolve, reject }];
      queues.set(key, queue);
      void drain(key, queue);
    });
  };
}
