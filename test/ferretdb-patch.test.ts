// Lookups by _id use the _id index on the embedded FerretDB as on MongoDB.
// Unpatched, FerretDB 1.24.2's SQLite backend filters on _ferretdb_sjson->'$._id' while the
// _id_ index is on _ferretdb_sjson->"_id", so every lookup by _id scans the collection;
// scripts/ferretdb-patches/0001-sqlite-id-index.patch makes the two expressions the same.
// This suite fails on the unpatched build (there a lookup or an update by _id at 20k documents
// took 9-15x as long as at 1k) and passes on the patched one; MongoDB uses its _id index too.
import mongoose from 'mongoose';
import type { Collection } from 'mongodb';
import { connectDatabase, disconnectDatabase } from '../server/src/lib/db/connect';
import { testDatabaseUri, uniqueDbName } from './support/test-app';

jest.setTimeout(120_000);

const SMALL = 1_000;
const LARGE = 20_000;
const ROUNDS = 15;
/** Allowed: the time at 20k documents within FACTOR times that at 1k, plus SLACK_MS. */
const FACTOR = 3;
const SLACK_MS = 5;

const idOf = (i: number) => `ENTRY-${String(i).padStart(7, '0')}`;

/** About 1 KB, shaped like an interaction log entry. */
const entry = (i: number) => ({
  _id: idOf(i),
  tenantId: 'tenant-id-lookup',
  entryNo: i,
  contactNo: `C${String(i % 5000).padStart(6, '0')}`,
  contactName: `Contact number ${i}`,
  templateCode: 'MAILING',
  description: `Mailing ${i} about the autumn offer`,
  date: new Date(Date.UTC(2026, 0, 1 + (i % 365))),
  costLcy: (i % 97) * 1.5,
  durationMin: i % 60,
  attempted: true,
  evaluation: 'Positive',
  subject: `Re: the offer ${i}`,
  notes: `Notes for entry ${i}. `.repeat(30),
});
type Entry = ReturnType<typeof entry>;

async function fill(collection: Collection<Entry>, count: number) {
  for (let start = 0; start < count; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, count - start) }, (_, k) => entry(start + k));
    await collection.insertMany(batch);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

/**
 * Times `action` on the small and the large collection in alternation (so a busy moment on the
 * machine lands on both), and returns the median milliseconds of each.
 */
async function compare(action: (collection: Collection<Entry>, id: string) => Promise<unknown>) {
  const small: number[] = [];
  const large: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const k = (round * 7919) % SMALL;
    small.push(await timed(() => action(smallCollection, idOf(k))));
    large.push(await timed(() => action(largeCollection, idOf((k * 37) % LARGE))));
  }
  return { small: median(small), large: median(large) };
}

let smallCollection: Collection<Entry>;
let largeCollection: Collection<Entry>;

beforeAll(async () => {
  await connectDatabase(testDatabaseUri(), uniqueDbName('id_lookup'));
  const db = mongoose.connection.db!;
  smallCollection = db.collection<Entry>('entries_1k');
  largeCollection = db.collection<Entry>('entries_20k');
  await fill(smallCollection, SMALL);
  await fill(largeCollection, LARGE);
  // Warm up both (connection pool, statement caches).
  for (let i = 0; i < 3; i++) {
    await smallCollection.findOne({ _id: idOf(i) });
    await largeCollection.findOne({ _id: idOf(i) });
  }
});

afterAll(async () => {
  await mongoose.connection.db?.dropDatabase();
  await disconnectDatabase();
});

test('When a collection grows from 1k to 20k documents, then a lookup by _id stays as fast (within 3x plus 5 ms)', async () => {
  const { small, large } = await compare(async (collection, id) => {
    expect((await collection.findOne({ _id: id }))?._id).toBe(id);
  });
  process.stderr.write(`findOne by _id: ${small.toFixed(1)} ms at 1k, ${large.toFixed(1)} ms at 20k documents\n`);
  expect(large).toBeLessThanOrEqual(FACTOR * small + SLACK_MS);
});

test('When a collection grows from 1k to 20k documents, then an update by _id stays as fast (within 3x plus 5 ms)', async () => {
  const { small, large } = await compare(async (collection, id) => {
    expect((await collection.updateOne({ _id: id }, { $inc: { durationMin: 1 } })).modifiedCount).toBe(1);
  });
  process.stderr.write(`updateOne by _id: ${small.toFixed(1)} ms at 1k, ${large.toFixed(1)} ms at 20k documents\n`);
  expect(large).toBeLessThanOrEqual(FACTOR * small + SLACK_MS);
});
