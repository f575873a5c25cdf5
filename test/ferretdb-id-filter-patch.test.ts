// A range of string _ids, and a set of _ids, use the _id index on the embedded FerretDB as on MongoDB.
// Unpatched, FerretDB 1.24.2's SQLite backend pushes down only an exact _id, so
// {_id: {$gte: lo, $lt: hi}} and {_id: {$in: [...]}} read every document of the collection;
// scripts/ferretdb-patches/0002-sqlite-id-prefix-range.patch reads the bounds' common prefix
// from the index, 0006-sqlite-id-in.patch each _id of the set (none for an empty set), 0007 either of
// them beside the filter's other fields. The timing tests fail on a build
// without the patch (the read at 20k documents then takes about as many times longer as the
// collection is larger) and pass with it.
import mongoose from 'mongoose';
import type { Collection } from 'mongodb';
import { connectDatabase, disconnectDatabase } from '../server/src/lib/db/connect';
import { testDatabaseUri, uniqueDbName } from './support/test-app';

jest.setTimeout(120_000);

const SMALL = 1_000;
const LARGE = 20_000;
/** Documents per group: a range over one group reads as many at either size. */
const PER_GROUP = 20;
const ROUNDS = 15;
const FACTOR = 3;
const SLACK_MS = 5;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const idOf = (i: number, groups: number) => `T:r:${pad(i % groups, 5)}:${pad(i, 8)}`;
const groupRange = (g: number) => ({ $gte: `T:r:${pad(g, 5)}:`, $lt: `T:r:${pad(g, 5)};` });

interface Doc {
  _id: string;
  notes?: string;
}

async function fill(collection: Collection<Doc>, count: number) {
  const groups = count / PER_GROUP;
  for (let start = 0; start < count; start += 1000)
    await collection.insertMany(
      Array.from({ length: 1000 }, (_, k) => ({ _id: idOf(start + k, groups), notes: 'n'.repeat(800) })),
    );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

let db: mongoose.mongo.Db;

let small: Collection<Doc>;
let large: Collection<Doc>;

beforeAll(async () => {
  await connectDatabase(testDatabaseUri(), uniqueDbName('id_range'));
  db = mongoose.connection.db!;
  small = db.collection<Doc>('range_1k');
  large = db.collection<Doc>('range_20k');
  await fill(small, SMALL);
  await fill(large, LARGE);
});

afterAll(async () => {
  await db?.dropDatabase();
  await disconnectDatabase();
});

/** The median time of reading one group's documents by `filterOf(group, groups)`, in a 1k and a 20k collection. */
async function medianReads(filterOf: (group: number, groups: number) => object, expected = PER_GROUP) {
  const times = { small: [] as number[], large: [] as number[] };
  for (let round = -2; round < ROUNDS; round++) {
    for (const [name, collection, groups] of [
      ['small', small, SMALL / PER_GROUP],
      ['large', large, LARGE / PER_GROUP],
    ] as const) {
      const t0 = performance.now();
      const rows = await collection.find(filterOf((round + 3) % groups, groups)).toArray();
      if (round >= 0) times[name].push(performance.now() - t0);
      expect(rows).toHaveLength(expected);
    }
  }
  return { small: median(times.small), large: median(times.large) };
}

test('When a collection grows from 1k to 20k documents, then reading an _id range of the same size stays as fast (within 3x plus 5 ms)', async () => {
  const { small: s, large: l } = await medianReads((group) => ({ _id: groupRange(group) }));
  process.stderr.write(`_id range of ${PER_GROUP}: ${s.toFixed(1)} ms at 1k, ${l.toFixed(1)} ms at 20k documents\n`);
  expect(l).toBeLessThanOrEqual(FACTOR * s + SLACK_MS);
});

test('When a collection grows from 1k to 20k documents, then reading a set of _ids of the same size stays as fast (within 3x plus 5 ms)', async () => {
  const groupIds = (group: number, groups: number) =>
    Array.from({ length: PER_GROUP }, (_, k) => idOf(group + k * groups, groups));
  const { small: s, large: l } = await medianReads((group, groups) => ({ _id: { $in: groupIds(group, groups) } }));
  process.stderr.write(`_id set of ${PER_GROUP}: ${s.toFixed(1)} ms at 1k, ${l.toFixed(1)} ms at 20k documents\n`);
  expect(l).toBeLessThanOrEqual(FACTOR * s + SLACK_MS);
});

test('When a collection grows from 1k to 20k documents, then reading an empty set of _ids (none) stays as fast (within 3x plus 5 ms)', async () => {
  const { small: s, large: l } = await medianReads(() => ({ _id: { $in: [] } }), 0);
  process.stderr.write(`empty _id set: ${s.toFixed(1)} ms at 1k, ${l.toFixed(1)} ms at 20k documents\n`);
  expect(l).toBeLessThanOrEqual(FACTOR * s + SLACK_MS);
});

test('When a collection grows from 1k to 20k documents, then reading by _id beside other fields stays as fast (within 3x plus 5 ms)', async () => {
  const groupIds = (group: number, groups: number) =>
    Array.from({ length: PER_GROUP }, (_, k) => idOf(group + k * groups, groups));
  const { small: s, large: l } = await medianReads((group, groups) => ({
    notes: { $exists: true },
    _id: { $in: groupIds(group, groups) },
  }));
  process.stderr.write(`_id set beside a field: ${s.toFixed(1)} ms at 1k, ${l.toFixed(1)} ms at 20k documents\n`);
  expect(l).toBeLessThanOrEqual(FACTOR * s + SLACK_MS);
});

test('When _ids are read beside other fields, then only the documents that match every field come back', async () => {
  const collection = db.collection<{ _id: string; n: number }>('beside_exact');
  await collection.insertMany([
    { _id: 'T:a', n: 1 },
    { _id: 'T:b', n: 2 },
    { _id: 'T:c', n: 1 },
  ]);
  const ids = async (filter: object) => (await collection.find(filter).toArray()).map((d) => d._id).sort();

  expect(await ids({ _id: 'T:a', n: 1 })).toEqual(['T:a']);
  expect(await ids({ _id: 'T:a', n: 2 })).toEqual([]);
  expect(await ids({ n: 1, _id: { $in: ['T:a', 'T:b', 'T:c'] } })).toEqual(['T:a', 'T:c']);
  expect(await ids({ _id: { $gte: 'T:', $lt: 'T;' }, $or: [{ n: 2 }, { _id: 'T:c' }] })).toEqual(['T:b', 'T:c']);
  expect(await collection.countDocuments({ _id: 'T:b', n: 2 })).toBe(1);
  expect((await collection.updateOne({ _id: 'T:b', n: 1 }, { $set: { n: 5 } })).matchedCount).toBe(0);
  expect((await collection.updateOne({ _id: 'T:b', n: 2 }, { $set: { n: 5 } })).modifiedCount).toBe(1);
  expect((await collection.deleteMany({ _id: { $in: ['T:a', 'T:b'] }, n: 1 })).deletedCount).toBe(1);
  expect(await ids({})).toEqual(['T:b', 'T:c']);
});

test('When _ids are read by set, then exactly the documents with one of those _ids come back, whatever their type', async () => {
  const collection = db.collection<{ _id: never }>('in_exact');
  const objectId = new mongoose.mongo.ObjectId('0102030405060708090a0b0c');
  const ids: unknown[] = ['T:a', 'T:a"quoted', 'T:é', 'T:a\u0001', 'aabbccddeeff001122334455', objectId, 7, 7.5];
  await collection.insertMany(ids.map((_id) => ({ _id: _id as never })));
  const sets: unknown[][] = [
    ['T:a', 'T:é', 'T:none'],
    ['T:a"quoted', 'T:a\u0001'],
    [objectId],
    ['aabbccddeeff001122334455', new mongoose.mongo.ObjectId('aabbccddeeff001122334455')],
    ['T:a', 7],
    [7.5, 'T:é'],
    [],
  ];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b) && typeof a === typeof b;
  for (const set of sets) {
    const found = (await collection.find({ _id: { $in: set as never[] } }).toArray()).map((d) => d._id as unknown);
    const expected = ids.filter((id) => set.some((value) => same(id, value)));
    expect({ set, found: found.map(String).sort() }).toEqual({ set, found: expected.map(String).sort() });
  }
});

test('When _ids are read by range, then exactly the ids within the bounds come back, whatever their characters', async () => {
  const collection = db.collection<Doc>('range_exact');
  const ids = [
    'T:a',
    'T:a:',
    'T:a:1',
    'T:a:1"quoted',
    'T:a:1\u0001',
    'T:a:1<b>',
    'T:a:1é',
    'T:a:2',
    'T:a:2~',
    'T:a:3',
    'T:a;',
    'T:b',
  ];
  await collection.insertMany(ids.map((_id) => ({ _id: _id as never })));
  await collection.insertOne({ _id: 7 as never });
  const ranges: Array<Record<string, string>> = [
    { $gte: 'T:a:', $lt: 'T:a;' },
    { $gt: 'T:a:1', $lte: 'T:a:2~' },
    { $gte: 'T:a:1"', $lt: 'T:a:1é' },
    { $gt: 'T:a:1\u0001', $lt: 'T:a:3' },
    { $gte: 'T:a:2', $lte: 'T:a:2' },
    { $gte: 'T:b', $lt: 'T:a' },
    { $gte: '"', $lt: '~' },
  ];
  const within = (id: string, r: Record<string, string>) =>
    (r.$gte === undefined || id >= r.$gte) &&
    (r.$gt === undefined || id > r.$gt) &&
    (r.$lt === undefined || id < r.$lt) &&
    (r.$lte === undefined || id <= r.$lte);
  for (const range of ranges) {
    const found = (await collection.find({ _id: range }).sort({ _id: 1 }).toArray()).map((d) => d._id);
    expect({ range, found }).toEqual({ range, found: ids.filter((id) => within(id, range)).sort() });
  }
});
