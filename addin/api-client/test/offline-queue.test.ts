import { ApiError } from '../src/api-error';
import { OfflineQueue, type QueueStorage, type QueuedInteraction } from '../src/offline-queue';

/** localStorage as the pane sees it, kept in memory. */
function memoryStorage(initial: Record<string, string> = {}): QueueStorage & { values: Map<string, string> } {
  const values = new Map(Object.entries(initial));
  return { values, getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

const queued = (idempotencyKey: string, label = `Contact ${idempotencyKey}`) => ({
  idempotencyKey,
  label,
  input: { contactNo: `C-${idempotencyKey}`, templateCode: 'MEETING' },
});

const networkDown = () => new ApiError('network', 0, null, 'fetch failed');
const refused = (problemName: string, status: number, detail: string) =>
  new ApiError(
    'problem',
    status,
    { type: `https://interlog.dev/problems/${problemName}`, title: problemName, status, detail },
    detail,
  );
const isRetryable = (error: ApiError) => error.retryable;

describe('OfflineQueue.enqueue', () => {
  test('When the same interaction is queued twice, then it is kept once, as last queued', () => {
    const queue = new OfflineQueue(memoryStorage());

    queue.enqueue(queued('record:abc:C1', 'Robin Bauer'));
    queue.enqueue(queued('record:abc:C1', 'Robin Bauer (again)'));

    expect(queue.items()).toEqual([
      expect.objectContaining({ idempotencyKey: 'record:abc:C1', label: 'Robin Bauer (again)', attempts: 0 }),
    ]);
  });

  test('When interactions are queued, then they survive a new queue over the same storage (a reloaded pane)', () => {
    const storage = memoryStorage();
    new OfflineQueue(storage).enqueue(queued('k1'));

    const reloaded = new OfflineQueue(storage);

    expect(reloaded.pending().map((item) => item.idempotencyKey)).toEqual(['k1']);
  });

  test('When the stored queue is corrupt, then it reads as empty and new interactions can still be queued', () => {
    const storage = memoryStorage({ 'interlog.pendingInteractions.v1': '{not json' });
    const queue = new OfflineQueue(storage);

    expect(queue.items()).toEqual([]);
    expect(queue.pending()).toEqual([]);
    queue.enqueue(queued('k1'));
    expect(queue.items().map((item) => item.idempotencyKey)).toEqual(['k1']);
  });

  test('When something changes, then subscribers hear it until they unsubscribe', () => {
    const queue = new OfflineQueue(memoryStorage());
    const listener = jest.fn();
    const stop = queue.subscribe(listener);

    queue.enqueue(queued('k1'));
    queue.remove('k1');
    stop();
    queue.enqueue(queued('k2'));

    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('OfflineQueue.flush', () => {
  test('When the server takes everything, then all are sent oldest first, with their own keys, and the queue is empty', async () => {
    const queue = new OfflineQueue(memoryStorage());
    ['k1', 'k2', 'k3'].forEach((key) => queue.enqueue(queued(key)));
    const sent: string[] = [];

    const count = await queue.flush(async (item) => void sent.push(item.idempotencyKey), isRetryable);

    expect(sent).toEqual(['k1', 'k2', 'k3']);
    expect(count).toBe(3);
    expect(queue.items()).toEqual([]);
  });

  test('When the server becomes unreachable midway, then sending stops there and the unsent ones stay queued', async () => {
    const queue = new OfflineQueue(memoryStorage());
    ['k1', 'k2', 'k3'].forEach((key) => queue.enqueue(queued(key)));
    const attempted: string[] = [];

    const count = await queue.flush(async (item) => {
      attempted.push(item.idempotencyKey);
      if (item.idempotencyKey === 'k2') throw networkDown();
    }, isRetryable);

    expect(attempted).toEqual(['k1', 'k2']);
    expect(count).toBe(1);
    expect(queue.pending().map((item) => [item.idempotencyKey, item.attempts])).toEqual([
      ['k2', 1],
      ['k3', 0],
    ]);
  });

  test('When the server answers 503 (its database busy or down, after the server and the client retried), then the interaction stays queued with its key, to be sent again', async () => {
    const queue = new OfflineQueue(memoryStorage());
    ['k1', 'k2'].forEach((key) => queue.enqueue(queued(key)));
    const keysSent: string[] = [];
    let databaseDown = true;
    const send = async (item: QueuedInteraction) => {
      keysSent.push(item.idempotencyKey);
      if (databaseDown) throw refused('unavailable', 503, 'The database is busy or unreachable.');
    };

    const whileDown = await queue.flush(send, isRetryable);
    databaseDown = false;
    const later = await queue.flush(send, isRetryable);

    expect(whileDown).toBe(0);
    expect(later).toBe(2);
    expect(keysSent).toEqual(['k1', 'k1', 'k2']);
    expect(queue.items()).toEqual([]);
  });

  test('When the server refuses one for good, then it is kept with the reason, no longer pending, and the rest are still sent', async () => {
    const queue = new OfflineQueue(memoryStorage());
    ['k1', 'k2'].forEach((key) => queue.enqueue(queued(key)));
    const sent: string[] = [];
    const send = async (item: QueuedInteraction) => {
      if (item.idempotencyKey === 'k1') throw refused('validation', 400, 'The request body is not valid.');
      sent.push(item.idempotencyKey);
    };

    const count = await queue.flush(send, isRetryable);

    expect(count).toBe(1);
    expect(sent).toEqual(['k2']);
    expect(queue.items()).toEqual([
      expect.objectContaining({
        idempotencyKey: 'k1',
        attempts: 1,
        failure: { problemName: 'validation', detail: 'The request body is not valid.' },
      }),
    ]);
    expect(queue.pending()).toEqual([]);
  });

  test('When a refused interaction is flushed again, then it is not sent again', async () => {
    const queue = new OfflineQueue(memoryStorage());
    queue.enqueue(queued('k1'));
    await queue.flush(async () => {
      throw refused('business-rule', 422, 'The contact does not exist.');
    }, isRetryable);
    const send = jest.fn(async () => undefined);

    expect(await queue.flush(send, isRetryable)).toBe(0);
    expect(send).not.toHaveBeenCalled();
    expect(queue.items()).toHaveLength(1);
  });

  test('When flush is called while a flush is running, then both share one run and nothing is sent twice', async () => {
    const queue = new OfflineQueue(memoryStorage());
    ['k1', 'k2'].forEach((key) => queue.enqueue(queued(key)));
    let release!: () => void;
    const gate = new Promise<void>((ok) => (release = ok));
    const send = jest.fn(async () => gate);

    const first = queue.flush(send, isRetryable);
    const second = queue.flush(send, isRetryable);
    release();

    expect(second).toBe(first);
    expect(await Promise.all([first, second])).toEqual([2, 2]);
    expect(send).toHaveBeenCalledTimes(2);
  });

  test('When a flush has ended, then the next flush sends what was queued since', async () => {
    const queue = new OfflineQueue(memoryStorage());
    queue.enqueue(queued('k1'));
    await queue.flush(async () => undefined, isRetryable);
    queue.enqueue(queued('k2'));
    const sent: string[] = [];

    expect(await queue.flush(async (item) => void sent.push(item.idempotencyKey), isRetryable)).toBe(1);
    expect(sent).toEqual(['k2']);
  });
});
