import { createReadCache } from './read-cache';

describe('createReadCache', () => {
  test('When a record is read twice within the time, then it is loaded once', async () => {
    const cache = createReadCache<{ n: number }>(1000);
    let loads = 0;
    const load = async () => ({ n: ++loads });

    expect([await cache.get('k', load), await cache.get('k', load)]).toEqual([{ n: 1 }, { n: 1 }]);
  });

  test('When the time has passed, then the record is loaded again', async () => {
    const cache = createReadCache<number>(10);
    let loads = 0;
    await cache.get('k', async () => ++loads);
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(await cache.get('k', async () => ++loads)).toBe(2);
  });

  test('When the record is forgotten (a write), then the next read loads it, even if a load was under way', async () => {
    const cache = createReadCache<string>(60_000);
    let release: (value: string) => void = () => undefined;
    const slow = cache.get('k', () => new Promise<string>((resolve) => (release = resolve)));

    cache.forget('k');
    release('before the write');

    expect(await slow).toBe('before the write');
    expect(await cache.get('k', async () => 'after the write')).toBe('after the write');
  });

  test('When a caller changes what it got, then the next reader gets the record unchanged', async () => {
    const cache = createReadCache<{ name: string }>(1000);
    const first = await cache.get('k', async () => ({ name: 'stored' }));
    first.name = 'changed by a caller';

    expect(await cache.get('k', async () => ({ name: 'loaded again' }))).toEqual({ name: 'stored' });
  });

  test('When the load is a thenable that runs again on each then (a mongoose query), then it runs once', async () => {
    const cache = createReadCache<number>(60_000);
    let runs = 0;
    const query: PromiseLike<number> = {
      then: (onFulfilled, onRejected) => Promise.resolve(++runs).then(onFulfilled, onRejected),
    };

    expect([await cache.get('k', () => query), await cache.get('k', () => query)]).toEqual([1, 1]);
    expect(runs).toBe(1);
  });

  test('When a load fails, then the failure is not remembered', async () => {
    const cache = createReadCache<number>(60_000);
    await expect(cache.get('k', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');

    expect(await cache.get('k', async () => 7)).toBe(7);
  });
});
