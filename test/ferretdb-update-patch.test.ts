// An update command of many statements that match documents ends, on the embedded FerretDB as on MongoDB.
// Unpatched, FerretDB 1.24.2 keeps each statement's query (and its SQLite connection) open until the
// whole command ends; past 100 matching statements its pool of 100 connections is empty and the
// command, and every client behind it, waits for ever (a statistics fold writing its documents in
// one bulkWrite hung so). scripts/ferretdb-patches/0005-update-statement-connections.patch closes
// each statement's query after the statement. This suite fails without it (the bulkWrite does not
// end within its 20 s) and passes with it.
import type { AnyBulkWriteOperation, Collection } from 'mongodb';
import { ownFerretDBSuite } from './support/own-ferretdb';
import { withinTime } from './support/within-time';

jest.setTimeout(120_000);

const STATEMENTS = 250;
const GIVE_UP_MS = 20_000;

interface Doc {
  _id: string;
  n: number;
  note?: string;
}

const own = ownFerretDBSuite('update-patch');
const collection = (): Collection<Doc> => own.client.db('update_patch').collection<Doc>('docs');

const idOf = (i: number) => `doc:${String(i).padStart(4, '0')}`;

test('When one bulkWrite replaces 250 existing documents, then it ends and every document is replaced', async () => {
  await collection().insertMany(Array.from({ length: STATEMENTS }, (_, i) => ({ _id: idOf(i), n: i })));
  const replaces: AnyBulkWriteOperation<Doc>[] = Array.from({ length: STATEMENTS }, (_, i) => ({
    replaceOne: { filter: { _id: idOf(i) }, replacement: { _id: idOf(i), n: i * 2 }, upsert: true },
  }));

  const result = await withinTime(collection().bulkWrite(replaces, { ordered: false }), GIVE_UP_MS, 'the bulkWrite');

  expect(result.matchedCount).toBe(STATEMENTS);
  expect(await collection().countDocuments({ n: { $gte: STATEMENTS } })).toBe(STATEMENTS / 2);
});

test('When one bulkWrite updates 250 documents by a field, in order, then it ends, and the database still answers', async () => {
  const updates: AnyBulkWriteOperation<Doc>[] = Array.from({ length: STATEMENTS }, (_, i) => ({
    updateOne: { filter: { n: i * 2 }, update: { $set: { note: `note ${i}` } } },
  }));

  const result = await withinTime(collection().bulkWrite(updates, { ordered: true }), GIVE_UP_MS, 'the bulkWrite');

  expect(result.modifiedCount).toBe(STATEMENTS);
  expect(await withinTime(collection().findOne({ _id: idOf(7) }), GIVE_UP_MS, 'the find')).toEqual({
    _id: idOf(7),
    n: 14,
    note: 'note 7',
  });
});
