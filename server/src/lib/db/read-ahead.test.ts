import { readAhead } from './read-ahead';

/** A source that notes when each item is asked for and when it is handed out. */
function recordedSource(items: number[], log: string[]) {
  return (async function* () {
    for (const item of items) {
      log.push(`read ${item}`);
      await new Promise((r) => setTimeout(r, 5));
      yield item;
    }
  })();
}

describe('readAhead', () => {
  test('When the caller works on an item, then the next one is already being read', async () => {
    const log: string[] = [];
    const seen: number[] = [];

    for await (const item of readAhead(recordedSource([1, 2, 3], log))) {
      log.push(`write ${item}`);
      await new Promise((r) => setTimeout(r, 20));
      seen.push(item);
    }

    expect(seen).toEqual([1, 2, 3]);
    expect(log).toEqual(['read 1', 'read 2', 'write 1', 'read 3', 'write 2', 'write 3']);
  });

  test('When the caller stops early, then the source is closed and nothing is left unhandled', async () => {
    let closed = false;
    const source = (async function* () {
      try {
        yield 1;
        yield 2;
        throw new Error('read after the caller stopped');
      } finally {
        closed = true;
      }
    })();

    for await (const item of readAhead(source)) if (item === 1) break;

    expect(closed).toBe(true);
  });

  test('When reading fails, then the caller gets the error at the item that failed', async () => {
    const source = (async function* () {
      yield 1;
      throw new Error('cursor lost');
    })();
    const seen: number[] = [];

    await expect(
      (async () => {
        for await (const item of readAhead(source)) seen.push(item);
      })(),
    ).rejects.toThrow('cursor lost');
    expect(seen).toEqual([1]);
  });
});
