// A logged segment's entries each have a contact of their own: their contact links wait in one to-do
// document per batch, written with the batch's other links before its entries, and are made after
// the answer. These tests hold a contact's timeline exact before, during and after that, and across
// a crash at any point of it.
import mongoose from 'mongoose';
import { startTestApp } from '../../../../test/support/test-app';
import { testTenant, type TestTenant } from '../../../../test/support/test-tenant';
import { interactionLogEntryRepository } from '../data-access/interaction-log-entry-repository';
import { settleEntryLinks } from '..';

let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  app = await startTestApp({ label: 'deferred-contact-links' });
});
afterAll(() => app.stop());

const links = () => mongoose.connection.db!.collection<{ _id: string }>('ordered_links');
const range = (prefix: string) => ({ _id: { $gte: prefix, $lt: `${prefix}~` } });
const todos = (t: TestTenant) =>
  links()
    .find(range(`${t.tid}:el~d:`))
    .toArray();
const contactLinks = (t: TestTenant, contactNo: string) =>
  links()
    .find(range(`${t.tid}:el:${Buffer.from(`c${contactNo}`).toString('hex')}:`))
    .toArray();

async function timeline(t: TestTenant, contactNo: string): Promise<number[]> {
  const res = await t.api.get(`/interaction-log-entries?contactNo=${contactNo}&limit=50`);
  expect(res.status).toBe(200);
  return (res.body as { items: Array<{ entryNo: number }> }).items.map((e) => e.entryNo);
}

async function eventually(check: () => Promise<boolean>) {
  for (let waited = 0; !(await check()); waited += 50) {
    if (waited > 20_000) throw new Error('not done within 20 s');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Entries of a logged segment for `contacts` written as logging writes them (the same bulk write),
 * but with nothing after it: what a server that stopped before its work after the answer leaves.
 */
async function segmentEntriesWithoutTheWorkAfter(t: TestTenant, contacts: string[], loggedSegmentEntryNo: number) {
  const template = await t.make.template();
  const made = await t.make.interaction({ contactNo: contacts[0], templateCode: template.code });
  // The tenant's first read links what was written before the links existed (once): done before.
  await timeline(t, contacts[0]!);
  const { entryNo: _no, createdAt: _at, ...draft } = made;
  await interactionLogEntryRepository.insertNumbered(
    t.tid,
    contacts.map((contactNo, i) => ({
      requestKey: `seglog:${loggedSegmentEntryNo}:${i + 1}`,
      draft: { ...draft, contactNo, loggedSegmentEntryNo },
    })),
  );
  return made.entryNo as number;
}

test("When a segment is logged, then its entries' contact links are made after the answer and the to-do goes", async () => {
  const t = await testTenant(app);
  const template = await t.make.template();
  const segment = await t.make.segment({ interaction: { templateCode: template.code } });
  const contacts = [await t.make.contact(), await t.make.contact(), await t.make.contact()];
  for (const contact of contacts)
    expect((await t.api.post(`/segments/${segment.no}/lines`, { contactNo: contact.no })).status).toBe(201);

  const logged = await t.api.post(`/segments/${segment.no}/log`, {});

  expect(logged.status).toBe(200);
  for (const contact of contacts) expect(await timeline(t, contact.no)).toHaveLength(1);
  await eventually(async () => (await todos(t)).length === 0);
  for (const contact of contacts) {
    expect(await contactLinks(t, contact.no)).toHaveLength(1);
    expect(await timeline(t, contact.no)).toHaveLength(1);
  }
});

test("When the server stopped before making a logged segment's contact links, then each contact's timeline still lists its entry, once, and the first read makes the links", async () => {
  const t = await testTenant(app);
  const [a, b] = [await t.make.contact(), await t.make.contact()];
  const manual = await segmentEntriesWithoutTheWorkAfter(t, [a.no, b.no], 901);

  const todosLeft = await todos(t);
  const linksOfBLeft = await contactLinks(t, b.no);
  const timelineA = await timeline(t, a.no);

  expect(todosLeft).toHaveLength(1);
  expect(linksOfBLeft).toHaveLength(0);
  expect(timelineA).toHaveLength(2);
  expect(timelineA[1]).toBe(manual);
  expect(await timeline(t, b.no)).toHaveLength(1);
  // Made in the background by the read that found the to-do: not left for the tenant's next segment log.
  await eventually(async () => (await todos(t)).length === 0);
  expect(await contactLinks(t, b.no)).toHaveLength(1);
  expect(await timeline(t, a.no)).toEqual(timelineA);
});

test('When the contact links of a to-do are made, then the to-do goes and the timelines stay the same, also when it is made twice', async () => {
  const t = await testTenant(app);
  const [a, b] = [await t.make.contact(), await t.make.contact()];
  await segmentEntriesWithoutTheWorkAfter(t, [a.no, b.no], 902);
  const [todo] = await todos(t);
  const before = [await timeline(t, a.no), await timeline(t, b.no)];

  await settleEntryLinks(t.tid);
  // A crash between making the links and deleting the to-do: the to-do is there again.
  await links().insertOne(todo!);
  const duringSecond = [await timeline(t, a.no), await timeline(t, b.no)];
  await settleEntryLinks(t.tid);

  expect(await todos(t)).toHaveLength(0);
  expect(await contactLinks(t, b.no)).toHaveLength(1);
  expect(duringSecond).toEqual(before);
  expect([await timeline(t, a.no), await timeline(t, b.no)]).toEqual(before);
});

test('When a to-do is made again after a crash with its links stored, then they go in two inserts at most, keeping the stored ones', async () => {
  const t = await testTenant(app);
  const contacts = [];
  for (let i = 0; i < 12; i++) contacts.push((await t.make.contact()).no);
  await segmentEntriesWithoutTheWorkAfter(t, contacts, 904);
  const [todo] = await todos(t);
  await settleEntryLinks(t.tid);
  const linked = await Promise.all(contacts.map((contactNo) => contactLinks(t, contactNo)));
  await links().insertOne(todo!);
  const inserts = jest.spyOn(mongoose.models.OrderedLink!.collection, 'insertMany');

  try {
    await settleEntryLinks(t.tid);
    // In order, every stored link cost an insert re-sending the links after it.
    expect(inserts.mock.calls.length).toBeLessThanOrEqual(2);
  } finally {
    inserts.mockRestore();
  }
  expect(await todos(t)).toHaveLength(0);
  expect(await Promise.all(contacts.map((contactNo) => contactLinks(t, contactNo)))).toEqual(linked);
});

test("When another tenant has contact links waiting, then this tenant's timeline neither lists nor makes them", async () => {
  const [mine, other] = [await testTenant(app), await testTenant(app)];
  const contactNo = 'SHARED-NO';
  await mine.make.contact({ no: contactNo });
  await other.make.contact({ no: contactNo });
  await segmentEntriesWithoutTheWorkAfter(other, [contactNo], 903);

  const listed = await timeline(mine, contactNo);
  await settleEntryLinks(mine.tid);

  expect(listed).toEqual([]);
  expect(await todos(other)).toHaveLength(1);
});
