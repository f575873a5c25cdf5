// New entries' facts ride beside their change mark packed (shared fields once, differing fields
// as columns); the statistics read them back through entryChanges.refsOf exactly as written.
import mongoose from 'mongoose';
import { randomUUID } from 'node:crypto';
import { startTestApp } from '../../../../test/support/test-app';
import { entryChanges, type ChangeMark } from '../data-access/entry-changes';
import { packFacts } from '../data-access/packed-facts';

let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  app = await startTestApp({ label: 'packed-facts' });
});
afterAll(() => app.stop());

const marks = () => mongoose.connection.db!.collection<{ _id: string; [field: string]: unknown }>('entry_changes');
const date = new Date('2026-03-02T10:00:00.000Z');

/** A segment batch's facts: one template and date, a contact each; a company, a delivery and a null only on some. */
const batchFacts = () =>
  Array.from({ length: 5 }, (_, i) => ({
    _id: `t:seglog:7:${i}`,
    entryNo: 100 + i,
    deleted: false,
    contactNo: `C${i}`,
    date,
    templateCode: 'MAILING',
    cost: 0.5,
    loggedSegmentEntryNo: i === 4 ? null : 7,
    ...(i % 2 ? { contactCompanyNo: 'CO1' } : {}),
    ...(i === 3 ? { delivery: { status: 'pending' } } : {}),
  }));

/** Stores a done mark and its facts document as `facts`, and answers what refsOf reads back. */
async function readBack(facts: Record<string, unknown>) {
  const tenantId = `packed-${randomUUID()}`;
  const key = randomUUID();
  const mark: ChangeMark = { _id: `${tenantId}:sm:d:${key}`, at: new Date(), n: 5, pending: false };
  await marks().insertMany([
    { _id: `${tenantId}:sf:${key}`, ...facts },
    { _id: mark._id, ref: { facts: true }, at: mark.at, n: 5 },
  ]);
  const [ref] = await entryChanges.refsOf([mark]);
  return ref!.inserted;
}

test('When a batch of new entries is marked, then its facts are stored once per shared field and read back as written', async () => {
  const facts = batchFacts();
  const packed = packFacts(facts);

  expect(packed.shared).toMatchObject({ templateCode: 'MAILING', date, cost: 0.5, deleted: false });
  expect(Object.keys(packed.columns).sort()).toEqual(['_id', 'contactNo', 'entryNo', 'loggedSegmentEntryNo']);
  expect(await readBack({ packed })).toEqual(facts);
});

test('When one entry is marked, then its facts read back as written', async () => {
  const [fact] = batchFacts();

  expect(await readBack({ packed: packFacts([fact!]) })).toEqual([fact]);
});

test('When facts were stored as rows before they were packed, then they are still read', async () => {
  const facts = batchFacts();

  expect(await readBack({ inserted: facts })).toEqual(facts);
});
