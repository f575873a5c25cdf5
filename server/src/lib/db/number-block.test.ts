import { numberBlock, type NumberSource } from './number-block';

/** A sequence in memory that records each reservation and move. */
function recordedSequence(start = 1) {
  const calls: string[] = [];
  let next = start;
  const source: NumberSource = {
    async reserve(count) {
      calls.push(`reserve ${count}`);
      const first = next;
      next += count;
      return first;
    },
    async advancePast(no) {
      calls.push(`advance past ${no}`);
      next = Math.max(next, no + 1);
    },
  };
  return { calls, source };
}

describe('numberBlock: a batched write reserves its numbers once', () => {
  test('When a write of 2,500 records takes batches of 1,000, then one reservation serves them all in order', async () => {
    const { calls, source } = recordedSequence(41);
    const block = numberBlock(source, 2500);
    const firsts = [await block.reserve(1000), await block.reserve(1000), await block.reserve(500)];
    expect(firsts).toEqual([41, 1041, 2041]);
    expect(calls).toEqual(['reserve 2500']);
  });

  test('When the batches ask for more than the block holds, then the rest are reserved batch by batch', async () => {
    const { calls, source } = recordedSequence();
    const block = numberBlock(source, 1500);
    const firsts = [await block.reserve(1000), await block.reserve(1000), await block.reserve(1000)];
    expect(firsts).toEqual([1, 1501, 2501]);
    expect(calls).toEqual(['reserve 1500', 'reserve 1000', 'reserve 1000']);
  });

  test('When the first batch is larger than the total given, then the block is the size of that batch', async () => {
    const { calls, source } = recordedSequence();
    const block = numberBlock(source, 0);
    expect(await block.reserve(300)).toBe(1);
    expect(await block.reserve(300)).toBe(301);
    expect(calls).toEqual(['reserve 300', 'reserve 300']);
  });

  test('When a batch collided with a concurrent writer, then the block is given up and each batch reserves its own', async () => {
    const { calls, source } = recordedSequence();
    const block = numberBlock(source, 3000);
    expect(await block.reserve(1000)).toBe(1);
    await block.advancePast(1000);
    expect(await block.reserve(1000)).toBe(3001);
    expect(calls).toEqual(['reserve 3000', 'advance past 1000', 'reserve 1000']);
  });

  test('When nothing is written, then nothing is reserved', async () => {
    const { calls, source } = recordedSequence();
    numberBlock(source, 5000);
    expect(calls).toEqual([]);
  });
});
