// A filter on plain fields is tested by SQLite on the embedded FerretDB, with MongoDB's answers.
// Unpatched, FerretDB 1.24.2's SQLite backend pushes down only an _id condition, so a contact search
// ({tenantId, searchText: {$regex}}) decoded every document of the collection in Go (700-850 ms at 30,000
// contacts); scripts/ferretdb-patches/0008-sqlite-field-conditions.patch lets SQLite look for a string to equal
// and a literal substring in each row's stored JSON text first. The explain tests fail without the patch (no filter is
// pushed down), and the answers are checked against the same filters read without any pushdown.
import type { Collection, Document, Filter } from 'mongodb';
import { ownFerretDBSuite } from './support/own-ferretdb';

jest.setTimeout(120_000);

interface Doc {
  _id: string;
  tenantId?: string | string[];
  s?: unknown;
  flag?: boolean | boolean[];
  note?: string;
}

const own = ownFerretDBSuite('field-filter-patch');
const collection = (name = 'docs'): Collection<Doc> => own.client.db('field_filter_patch').collection<Doc>(name);

const docs: Doc[] = [
  { _id: 'a', tenantId: 't1', s: 'robin bauer' },
  { _id: 'b', tenantId: ['t2', 't1'], s: ['x', 'the robin'] },
  { _id: 'c', tenantId: 't1', s: 'Robin' },
  { _id: 'd', tenantId: 't1', s: 42 },
  { _id: 'e', tenantId: 't1' },
  { _id: 'f', tenantId: 't1', s: { inner: 'robin' } },
  { _id: 'g', tenantId: 't1', s: 'say "robin" & go' },
  { _id: 'h', tenantId: 't1x', s: 'robin' },
  { _id: 'i', tenantId: 't1', s: 'antonín dvořák', flag: false },
  { _id: 'j', tenantId: 't1', flag: [true, false] },
  { _id: 'k', tenantId: 't2', note: 'tenantId "t1", robin' },
  { _id: 'l', tenantId: 't1', s: 'robin.bauer@fabrikam.example', flag: true },
  { _id: 'm', tenantId: 't1', s: 'robinxbauer' },
];

beforeAll(async () => {
  await collection().insertMany(docs);
  await collection('writes').insertMany(docs);
});

const idsOf = async (filter: Filter<Doc>, name = 'docs') =>
  (await collection(name).find(filter).sort({ _id: 1 }).toArray()).map((doc) => doc._id);

const pushedDown = async (filter: Filter<Doc>) =>
  ((await collection().find(filter).explain()) as Document).filterPushdown as boolean;

describe('Pushed down', () => {
  test.each<[string, Filter<Doc>, string[]]>([
    [
      'a contact search: the tenant and a literal substring',
      { tenantId: 't1', s: { $regex: 'robin' } },
      ['a', 'b', 'g', 'l', 'm'],
    ],
    ['an escaped dot matches a dot only', { tenantId: 't1', s: { $regex: 'robin\\.bauer' } }, ['l']],
    ['empty options', { tenantId: 't1', s: { $regex: 'dvořák', $options: '' } }, ['i']],
    ['a string equal, or held by an array', { s: 'robin' }, ['h']],
    ['a tenant equal, or held by an array', { tenantId: 't1', s: { $regex: 'the' } }, ['b']],
    ['beside an _id condition', { _id: { $in: ['a', 'h', 'k'] }, tenantId: 't1' }, ['a']],
  ])('When a filter has %s, then SQLite tests it and the answer is MongoDB’s', async (_case, filter, expected) => {
    expect(await pushedDown(filter)).toBe(true);
    expect(await idsOf(filter)).toEqual(expected);
    // The same filter inside $and is not pushed down: the handler alone answers it.
    expect(await pushedDown({ $and: [filter] })).toBe(false);
    expect(await idsOf({ $and: [filter] })).toEqual(expected);
  });

  test('When documents are counted, updated and deleted by a pushed-down filter, then exactly the matches change', async () => {
    const writes = collection('writes');
    const filter = { tenantId: 't1', s: { $regex: 'bauer' } };
    expect(await writes.countDocuments(filter)).toBe(3);

    expect((await writes.updateMany(filter, { $set: { note: 'seen' } })).modifiedCount).toBe(3);
    expect(await idsOf({ note: 'seen' }, 'writes')).toEqual(['a', 'l', 'm']);

    expect((await writes.deleteMany({ note: 'seen', flag: true })).deletedCount).toBe(1);
    expect(await idsOf({ note: 'seen' }, 'writes')).toEqual(['a', 'm']);
  });
});

describe('Left to the handler', () => {
  test.each<[string, Filter<Doc>, string[]]>([
    ['a case-insensitive pattern', { s: { $regex: 'robin', $options: 'i' } }, ['a', 'b', 'c', 'g', 'h', 'l', 'm']],
    ['a wildcard', { s: { $regex: 'robin.bauer' } }, ['a', 'l', 'm']],
    ['an anchored pattern', { s: { $regex: '^robin' } }, ['a', 'h', 'l', 'm']],
    ['a quote in the string', { s: 'say "robin" & go' }, ['g']],
    ['a number', { s: 42 }, ['d']],
    ['a boolean', { flag: false }, ['i', 'j']],
    ['another operator', { tenantId: { $ne: 't1' } }, ['h', 'k']],
  ])(
    'When a filter has %s, then it is not pushed down and the answer is MongoDB’s',
    async (_case, filter, expected) => {
      expect(await pushedDown(filter)).toBe(false);
      expect(await idsOf(filter)).toEqual(expected);
    },
  );
});
