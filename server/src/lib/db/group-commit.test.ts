import { createGroupCommit, type Outcome } from './group-commit';

/** A writer that records its batches and answers each item after a tick. */
function recordingWriter(answer: (item: string) => Outcome<string> = (item) => ({ value: item.toUpperCase() })) {
  const batches: string[][] = [];
  const write = async (_key: string, items: string[]) => {
    batches.push(items);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return items.map(answer);
  };
  return { batches, write };
}

describe('createGroupCommit', () => {
  test('When one item arrives alone, then it is written at once as a batch of one', async () => {
    const writer = recordingWriter();
    const submit = createGroupCommit({ write: writer.write });

    expect(await submit('t1', 'a')).toBe('A');
    expect(writer.batches).toEqual([['a']]);
  });

  test('When items arrive while a batch is written, then they go together as the next batch', async () => {
    const writer = recordingWriter();
    const submit = createGroupCommit({ write: writer.write });

    const answers = await Promise.all(['a', 'b', 'c', 'd'].map((item) => submit('t1', item)));

    expect(answers).toEqual(['A', 'B', 'C', 'D']);
    expect(writer.batches).toEqual([['a'], ['b', 'c', 'd']]);
  });

  test('When items of two keys arrive, then each key has its own batches', async () => {
    const writer = recordingWriter();
    const submit = createGroupCommit({ write: writer.write });

    await Promise.all([submit('t1', 'a'), submit('t2', 'b'), submit('t1', 'c'), submit('t2', 'd')]);

    expect(writer.batches).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  test('When a batch is fuller than maxBatch, then it is split', async () => {
    const writer = recordingWriter();
    const submit = createGroupCommit({ write: writer.write, maxBatch: 2 });

    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((item) => submit('t1', item)));

    expect(writer.batches).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
  });

  test('When the writer answers one item with an error, then only that caller fails', async () => {
    const writer = recordingWriter((item) => (item === 'bad' ? { error: new Error('bad item') } : { value: item }));
    const submit = createGroupCommit({ write: writer.write });

    const results = await Promise.allSettled(['a', 'b', 'bad', 'c'].map((item) => submit('t1', item)));

    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
  });

  test('When a whole batch fails, then its items are written one by one and only the bad one fails', async () => {
    const batches: string[][] = [];
    const submit = createGroupCommit<string, string>({
      write: async (_key, items) => {
        batches.push(items);
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (items.includes('bad')) throw new Error('the batch was refused');
        return items.map((value) => ({ value }));
      },
    });

    const results = await Promise.allSettled(['a', 'b', 'bad', 'c'].map((item) => submit('t1', item)));

    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((results[2] as PromiseRejectedResult).reason).toEqual(new Error('the batch was refused'));
    expect(batches).toEqual([['a'], ['b', 'bad', 'c'], ['b'], ['bad'], ['c']]);
  });

  test('When a batch has failed, then the next items of its key are written as usual', async () => {
    let refuse = true;
    const submit = createGroupCommit<string, string>({
      write: async (_key, items) => {
        if (refuse) throw new Error('down');
        return items.map((value) => ({ value }));
      },
    });

    await expect(submit('t1', 'a')).rejects.toThrow('down');
    refuse = false;

    expect(await submit('t1', 'b')).toBe('b');
  });
});
