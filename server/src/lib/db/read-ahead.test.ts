import { readAhead } from './read-ahead';

/** A source of `count` items that records what was asked of it. */
function recordedSource(count: number, failAt?: number) {
  const log: string[] = [];
  async function* source() {
    try {
      for (let i = 0; i < count; i++) {
        log.push(`read ${i}`);
        if (i === failAt) throw new Error(`read ${i} failed`);
        yield i;
      }
    } finally {
      log.push('closed');
    }
  }
  return { log, source: source() };
}

describe('readAhead', () => {
  test('When items are consumed, then each comes in order and the next is read before the consumer is done with it', async () => {
    const { log, source } = recordedSource(3);
    const seen: number[] = [];
    for await (const item of readAhead(source)) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.push(`used ${item}`);
      seen.push(item);
    }

    expect(seen).toEqual([0, 1, 2]);
    expect(log).toEqual(['read 0', 'read 1', 'used 0', 'read 2', 'used 1', 'closed', 'used 2']);
  });

  test('When the consumer stops early, then the item read ahead is awaited and the source is closed', async () => {
    const { log, source } = recordedSource(5);
    for await (const item of readAhead(source)) if (item === 1) break;

    expect(log).toEqual(['read 0', 'read 1', 'read 2', 'closed']);
  });

  test('When the consumer fails while the next item fails to read, then the consumer’s error is the one thrown', async () => {
    const { log, source } = recordedSource(5, 1);
    const consume = async () => {
      for await (const _item of readAhead(source)) throw new Error('consumer failed');
    };

    await expect(consume()).rejects.toThrow('consumer failed');
    expect(log).toEqual(['read 0', 'read 1', 'closed']);
  });

  test('When a read fails, then the error reaches the consumer after the items before it', async () => {
    const { source } = recordedSource(5, 2);
    const seen: number[] = [];
    const consume = async () => {
      for await (const item of readAhead(source)) seen.push(item);
    };

    await expect(consume()).rejects.toThrow('read 2 failed');
    expect(seen).toEqual([0, 1]);
  });
});
