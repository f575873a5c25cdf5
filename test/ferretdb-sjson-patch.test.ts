// The embedded FerretDB decodes stored documents without a json.Decoder per field.
// Unpatched, FerretDB 1.24.2 decodes each document read from SQLite with a new json.Decoder (and
// its buffer) for the document, for its schema and for every field, and decodes the same schema
// again for every document: about 370 allocations per segment line read.
// scripts/ferretdb-patches/0004-sjson-decoding.patch decodes valid data with json.Unmarshal, keeps
// decoded schemas, and takes plain strings as they are (about 210). FerretDB's allocation counter
// (its Go runtime metrics) tells the two builds apart, so this suite fails without the patch;
// documents of every BSON type must come back as they were written.
import { Binary, BSON, BSONRegExp, Decimal128, Double, Int32, Long, ObjectId, Timestamp, type Document } from 'mongodb';
import { ownFerretDBSuite } from './support/own-ferretdb';

jest.setTimeout(120_000);

type Stored = Document & { _id: string };

const LINES = 2_000;
/** Allocations per line read, find and getMore included: about 370 unpatched, about 210 patched. */
const MAX_ALLOCATIONS_PER_LINE = 290;

const own = ownFerretDBSuite('sjson-patch', { debug: true });

/** FerretDB's count of heap allocations since it started (Prometheus' Go collector). */
async function allocations(): Promise<number> {
  const metrics = await (await fetch(`http://127.0.0.1:${own.debugPort}/debug/metrics`)).text();
  const count = /^go_memstats_mallocs_total (\S+)$/m.exec(metrics);
  if (!count) throw new Error('FerretDB reported no go_memstats_mallocs_total');
  return Number(count[1]);
}

test('When documents of every type are written and read back, then each comes back as it was written', async () => {
  const collection = own.client.db('sjson_patch').collection<Stored>('every_type');
  const docs: Stored[] = [
    {
      _id: 'strings',
      plain: 'Robin Bauer',
      accents: 'Dvořák, Хорошо, Äänekoski, 東京 🙂',
      escaped: 'quote " backslash \\ slash / <tag> & amp',
      control: 'tab\tnew\nline\rbell\u0007',
      separators: 'line\u2028paragraph\u2029',
      empty: '',
      keyWith$AndDots: 'x',
    },
    {
      _id: 'numbers',
      int: new Int32(-7),
      long: Long.fromString('9007199254740993'),
      double: new Double(1.5),
      whole: new Double(3),
      tiny: new Double(5e-324),
      huge: new Double(1.7976931348623157e308),
    },
    {
      _id: 'others',
      yes: true,
      no: false,
      nothing: null,
      when: new Date('2026-12-06T01:02:03.456Z'),
      oid: new ObjectId('65f1c0ffee0000000000abcd'),
      bytes: new Binary(Buffer.from([0, 1, 2, 255]), 0),
      uuid: new Binary(Buffer.from('0123456789abcdef'), 4),
      pattern: new BSONRegExp('^ann[a-z]*$', 'im'),
      stamp: new Timestamp({ t: 1_700_000_000, i: 7 }),
    },
    {
      _id: 'nested',
      overrides: {},
      list: [],
      contact: { no: 'C1', address: { city: 'Praha', lines: ['Na Příkopě 1', ''] } },
      mixed: ['a', new Int32(1), new Double(2.5), null, { deep: [true, { k: 'v' }] }],
    },
  ];
  await collection.insertMany(docs);

  const read = await collection.find({}, { sort: { _id: 1 } }).toArray();

  // As the driver reads them from MongoDB: the written documents through BSON and back, in _id order.
  const asWritten = docs.map((doc) => BSON.deserialize(BSON.serialize(doc)));
  expect(read).toEqual(asWritten.sort((a, b) => String(a._id).localeCompare(String(b._id))));
  // FerretDB 1.x stores no decimal128: it refuses one as it did before the patch.
  await expect(collection.insertOne({ _id: 'decimal', d: Decimal128.fromString('1.1') })).rejects.toThrow();
});

test('When segment lines are read, then FerretDB allocates fewer than 290 times per line', async () => {
  const collection = own.client.db('sjson_patch').collection<Stored>('segment_lines');
  await collection.insertMany(
    Array.from({ length: LINES }, (_, i) => ({
      _id: `T:sl:000001:${String(i).padStart(8, '0')}`,
      tenantId: 'T',
      segmentNo: 'S1',
      lineNo: i + 1,
      contactNo: `C${String(i).padStart(6, '0')}`,
      contactName: `Person ${i}`,
      contactCompanyNo: '',
      contactSalespersonCode: 'SP',
      contactCorrespondenceType: '',
      contactLanguageCode: 'CS',
      overrides: {},
      addedInStep: 0,
    })),
  );
  const readAll = () =>
    collection.find({ _id: { $gte: 'T:sl:000001:', $lt: 'T:sl:000001;' } }, { batchSize: 1000 }).toArray();
  // The first read compiles the query's statements and fills the schema cache.
  await readAll();

  const before = await allocations();
  const lines = await readAll();
  const perLine = ((await allocations()) - before) / LINES;

  expect(lines).toHaveLength(LINES);
  expect(lines[41]).toMatchObject({ lineNo: 42, contactName: 'Person 41', overrides: {} });
  expect(perLine).toBeLessThan(MAX_ALLOCATIONS_PER_LINE);
});
