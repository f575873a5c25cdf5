// A fold writes many documents without a transaction: a crash at any point leaves a journal or a
// mark behind, and the next fold finishes the work; the figures stay equal to a recount.
import mongoose from 'mongoose';
import { startTestApp } from '../../../../test/support/test-app';
import { testTenant, type TestTenant } from '../../../../test/support/test-tenant';
import { TEST_READ } from '../../../../test/support/query-coverage/query-shape';
import { withLease } from '../../lib/db/lease';
import { entryChanges, factsOfChanges } from '../../interactions';
import { folderLease, foldSteps } from '../data-access/statistics-folder';
import { statisticsDocs } from '../data-access/statistics-docs';
import type { EntryFacts } from '../domain/entry-contribution';
import { expectRecountEqual, recordsOfEntry } from './recount-oracle';

let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  app = await startTestApp({ label: 'statistics-crash' });
});
afterAll(() => app.stop());

const db = () => mongoose.connection.db!;
/** Where change marks are written (beside the entry links), and where they were before. */
const MARKS = 'ordered_links';
const EARLIER_MARKS = 'entry_changes';
const marksOf = async (tid: string) =>
  (
    await Promise.all(
      [MARKS, EARLIER_MARKS].map((name) =>
        db()
          .collection(name)
          .find({ _id: { $gte: `${tid}:sm:`, $lt: `${tid}:sm:~` } } as never, { comment: TEST_READ })
          .toArray(),
      ),
    )
  ).flat();

async function twoEntries(t: TestTenant) {
  const template = await t.make.template();
  const contact = await t.make.contact();
  const make = () => t.make.interaction({ contactNo: contact.no, templateCode: template.code });
  const entries = [await make(), await make()];
  return { entries, records: entries.flatMap(recordsOfEntry) };
}

test('When a fold stopped after its journal and part of its writes, then the next fold redoes it and the figures are exact', async () => {
  const t = await testTenant(app);
  const { entries, records } = await twoEntries(t);
  await expectRecountEqual(t, records);

  await withLease(folderLease(t.tid), { ttlMs: 30_000 }, async () => {
    await t.api.patch(`/interaction-log-entries/${entries[0]!.entryNo}`, { canceled: true });
    await t.make.interaction({ contactNo: entries[0]!.contactNo, templateCode: entries[0]!.templateCode, cost: 7 });
    const marks = entryChanges.foldable(await entryChanges.marks(t.tid, 100));
    const changed = await factsOfChanges<EntryFacts>(t.tid, await entryChanges.refsOf(marks));
    const journal = await foldSteps.journalFor(
      t.tid,
      changed,
      marks.map((m) => m._id),
    );
    await statisticsDocs.insert(journal);
    await statisticsDocs.put(journal.docs[0]!);
  });

  await expectRecountEqual(t, records);
  expect(await statisticsDocs.get(`${t.tid}:sj`)).toBeNull();
  expect(await marksOf(t.tid)).toEqual([]);
});

test('When a writer stopped between its write and its done mark, then its pending mark, once old, brings the change in', async () => {
  const t = await testTenant(app);
  const { entries, records } = await twoEntries(t);
  await expectRecountEqual(t, records);

  // The write happened; the writer died before its done mark: only its pending mark is left.
  await db()
    .collection('interaction_log_entries')
    .updateOne({ tenantId: t.tid, entryNo: entries[1]!.entryNo }, { $set: { canceled: true } });
  const ref = { entryNos: [entries[1]!.entryNo] };
  await db()
    .collection(MARKS)
    .insertOne({ _id: `${t.tid}:sm:p:crashed`, ref, at: new Date(Date.now() - 3 * 60_000) } as never);

  await expectRecountEqual(t, records);
  expect(await marksOf(t.tid)).toEqual([]);
});

test('A pending mark of a write still under way is left for its done mark and does not hold up a read', async () => {
  const t = await testTenant(app);
  const { records } = await twoEntries(t);
  await db()
    .collection(MARKS)
    .insertOne({ _id: `${t.tid}:sm:p:young`, ref: { entryNos: [1] }, at: new Date() } as never);

  await expectRecountEqual(t, records);
  expect((await marksOf(t.tid)).map((m) => m._id)).toEqual([`${t.tid}:sm:p:young`]);
});

test('A write leaves a pending and a done mark under one key; the fold deletes both, and the fields kept beside them', async () => {
  const t = await testTenant(app);
  const { entries, records } = await twoEntries(t);
  await expectRecountEqual(t, records);

  await t.make.interaction({ contactNo: entries[0]!.contactNo, templateCode: entries[0]!.templateCode });
  await entryChanges.settled();
  const ids = (await marksOf(t.tid)).map((m) => String(m._id));
  const key = ids.find((id) => id.includes(':sm:d:'))?.split(':sm:d:')[1];
  expect(ids.sort()).toEqual([`${t.tid}:sm:d:${key}`, `${t.tid}:sm:p:${key}`]);
  const facts = () =>
    db()
      .collection(MARKS)
      .findOne({ _id: `${t.tid}:sf:${key}` } as never, { comment: TEST_READ });
  expect(await facts()).not.toBeNull();

  await expectRecountEqual(t, records);
  expect(await marksOf(t.tid)).toEqual([]);
  expect(await facts()).toBeNull();
});

test('A mark left where marks were kept before they moved beside the links is still folded, and deleted there', async () => {
  const t = await testTenant(app);
  const { entries, records } = await twoEntries(t);
  await expectRecountEqual(t, records);

  await db()
    .collection('interaction_log_entries')
    .updateOne({ tenantId: t.tid, entryNo: entries[0]!.entryNo }, { $set: { canceled: true } });
  await db()
    .collection(EARLIER_MARKS)
    .insertOne({
      _id: `${t.tid}:sm:d:earlier`,
      ref: { entryNos: [entries[0]!.entryNo] },
      at: new Date(),
      n: 1,
    } as never);

  await expectRecountEqual(t, records);
  expect(await marksOf(t.tid)).toEqual([]);
});
