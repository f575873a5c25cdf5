import mongoose from 'mongoose';
import { randomUUID } from 'node:crypto';
import { testDatabaseUri, uniqueDbName } from '../../../../test/support/test-app';
import { alreadyExists } from '../errors/app-error';
import { connectDatabase, disconnectDatabase } from './connect';
import { reserveNumbers } from './counter-repository';
import { allocateAndInsert, allocateAndInsertMany } from './allocate-number';
import { isDuplicateKeyError } from './duplicate-key';

type Row = { _id: string; sequence: string; no: number; key: string };
const rows = () => mongoose.connection.db!.collection<Row>('numbered_rows');
const numbersOf = async (sequence: string) =>
  (await rows().find({ sequence }).toArray()).map((r) => r.no).sort((a, b) => a - b);
const newSequence = () => `seq-${randomUUID()}`;

/** One record under the next number of `sequence` (its key as `_id`, the number unique per sequence). */
const insertOne = (sequence: string, key: string) =>
  allocateAndInsert({
    reserve: () => reserveNumbers('tenant', sequence, 1),
    insert: async (no) => {
      await rows().insertOne({ _id: key, sequence, no, key });
      return no;
    },
  });

beforeAll(async () => {
  await connectDatabase(testDatabaseUri(), uniqueDbName('allocate'));
  await rows().createIndex({ sequence: 1, no: 1 }, { unique: true });
});
afterAll(async () => {
  await disconnectDatabase();
});

describe('allocateAndInsert: one record under a new number', () => {
  test('When twenty writers allocate at once, then each gets its own number', async () => {
    const sequence = newSequence();
    const got = await Promise.all(Array.from({ length: 20 }, (_, i) => insertOne(sequence, `${sequence}:${i}`)));
    expect(new Set(got).size).toBe(20);
    expect(await numbersOf(sequence)).toEqual([...got].sort((a, b) => a - b));
  });

  test('When the reserved number is taken already, then the record goes in under the next one', async () => {
    const sequence = newSequence();
    await rows().insertOne({ _id: `${sequence}:typed-in`, sequence, no: 1, key: 'typed-in' });
    expect(await insertOne(sequence, `${sequence}:new`)).toBe(2);
  });

  test('When another writer moved the sequence first (reserve says null), then it reserves again', async () => {
    const answers = [null, null, 'C0003'];
    const got = await allocateAndInsert({ reserve: async () => answers.shift()!, insert: async (no) => no });
    expect(got).toBe('C0003');
  });

  test('When the repository says already-exists, then that counts as a taken number too', async () => {
    const tried: number[] = [];
    const got = await allocateAndInsert({
      reserve: async () => tried.length + 1,
      insert: async (no) => {
        tried.push(no);
        if (no < 3) throw alreadyExists('Contact', no);
        return no;
      },
    });
    expect([got, tried]).toEqual([3, [1, 2, 3]]);
  });

  test('When every try collides, then it gives up with the error given after the last try', async () => {
    let reserved = 0;
    await expect(
      allocateAndInsert({
        reserve: async () => ++reserved,
        insert: async () => {
          throw Object.assign(new Error('E11000 duplicate key error'), { code: 11000 });
        },
        maxTries: 3,
        giveUp: () => new Error('too busy'),
      }),
    ).rejects.toThrow('too busy');
    expect(reserved).toBe(3);
  });

  test('When the insert fails for another reason, then that error is thrown at once', async () => {
    let reserved = 0;
    const broken = new Error('disk full');
    await expect(
      allocateAndInsert({
        reserve: async () => ++reserved,
        insert: async () => {
          throw broken;
        },
      }),
    ).rejects.toBe(broken);
    expect(reserved).toBe(1);
  });
});

describe('allocateAndInsertMany: a batch under consecutive new numbers', () => {
  const batch = (sequence: string, keys: string[], reserve: (count: number) => Promise<number>) =>
    allocateAndInsertMany(keys, {
      reserve,
      build: (key, no) => ({ _id: key, sequence, no, key }),
      insertMany: (docs) => rows().insertMany(docs as unknown as Row[], { ordered: false }),
      alreadyStored: async (keys) => {
        const found = await rows()
          .find({ _id: { $in: keys } })
          .toArray();
        return new Set(keys.filter((key) => found.some((row) => row._id === key)));
      },
    });

  test('When two writers are handed the same numbers at once, then every item still gets its own number', async () => {
    const sequence = newSequence();
    // The sequence hands both writers block 1..5 (as FerretDB's concurrent $inc can), then moves on.
    let calls = 0;
    let next = 6;
    const reserve = async (count: number) => {
      if (++calls <= 2) return 1;
      const first = next;
      next += count;
      return first;
    };
    const [a, b] = await Promise.all(
      ['a', 'b'].map((writer) =>
        batch(
          sequence,
          [1, 2, 3, 4, 5].map((i) => `${sequence}:${writer}${i}`),
          reserve,
        ),
      ),
    );
    expect(a + b).toBe(10);
    expect(await numbersOf(sequence)).toHaveLength(10);
    expect(new Set(await numbersOf(sequence)).size).toBe(10);
  });

  test('When some items are stored already (a retry), then only the others are inserted', async () => {
    const sequence = newSequence();
    const keys = [1, 2, 3].map((i) => `${sequence}:${i}`);
    let next = 1;
    const reserve = async (count: number) => {
      const first = next;
      next += count;
      return first;
    };
    expect(await batch(sequence, keys.slice(0, 2), reserve)).toBe(2);
    next = 1; // the retry is handed the same numbers again
    expect(await batch(sequence, keys, reserve)).toBe(1);
    expect(await numbersOf(sequence)).toEqual([1, 2, 3]);
  });

  test('When FerretDB reports a unique violation on update as code 1, then it counts as a taken number as well', () => {
    expect(isDuplicateKeyError({ code: 11000 })).toBe(true);
    expect(isDuplicateKeyError({ code: 1, message: 'UNIQUE constraint failed: x' })).toBe(true);
    expect(isDuplicateKeyError(new Error('disk full'))).toBe(false);
  });
});
