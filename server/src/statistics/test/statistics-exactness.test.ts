// The statistics are folded from the entries' changes, never counted on read; whatever happens
// to the entries, every record's figures equal a recount of them.
import mongoose from 'mongoose';
import { startTestApp } from '../../../../test/support/test-app';
import { TEST_READ } from '../../../../test/support/query-coverage/query-shape';
import { testTenant, type TestTenant } from '../../../../test/support/test-tenant';
import { expectInsightsEqual, expectRecountEqual, recordsOfEntry, type Record_ } from './recount-oracle';

let app: Awaited<ReturnType<typeof startTestApp>>;
let tenant: TestTenant;

beforeAll(async () => {
  app = await startTestApp({ label: 'statistics-exactness' });
  tenant = await testTenant(app);
});
afterAll(() => app.stop());

async function setting(t: TestTenant = tenant) {
  const group = await t.make.group();
  const template = await t.make.template({ interactionGroupCode: group.code, unitCost: 1.25, unitDurationMin: 10 });
  const salesperson = await t.make.salesperson();
  const company = await t.make.company();
  const person = await t.make.contact({ companyNo: company.no });
  return { group, template, salesperson, company, person };
}

const recordsOf = (entries: any[]): Record_[] => {
  const seen = new Map<string, Record_>();
  for (const e of entries) for (const r of recordsOfEntry(e)) seen.set(`${r.kind}/${r.code}`, r);
  return [...seen.values()];
};

test('The figures equal a recount after creating, evaluating, canceling, restoring, postponing, resuming and deleting', async () => {
  const { template, salesperson, company, person } = await setting();
  const make = (contactNo: string, o: Record<string, unknown> = {}) =>
    tenant.make.interaction({ contactNo, templateCode: template.code, salespersonCode: salesperson.code, ...o });
  const a = await make(person.no, { date: '2026-11-02T09:00:00.000Z' });
  const b = await make(company.no, { cost: 4.2, evaluation: 'veryNegative' });
  const c = await make(person.no, { postpone: true });
  const records = recordsOf([a, b]);
  await expectRecountEqual(tenant, records);

  await tenant.api.patch(`/interaction-log-entries/${a.entryNo}`, { evaluation: 'positive', attemptFailed: true });
  await expectRecountEqual(tenant, records);
  await tenant.api.patch(`/interaction-log-entries/${b.entryNo}`, { canceled: true });
  await expectRecountEqual(tenant, records);
  await tenant.api.patch(`/interaction-log-entries/${b.entryNo}`, { canceled: false, cost: 0.35 });
  await expectRecountEqual(tenant, records);
  expect((await tenant.api.post(`/interaction-log-entries/${c.entryNo}/resume`, { durationMin: 42 })).status).toBe(200);
  await expectRecountEqual(tenant, records);
  const d = await make(person.no, { postpone: true });
  expect((await tenant.api.delete(`/interaction-log-entries/${d.entryNo}`)).status).toBe(204);
  await tenant.api.patch(`/interaction-log-entries/${a.entryNo}`, { canceled: true });
  const deleted = await tenant.api.post('/interaction-log-entries/delete-canceled', { contactNo: person.no });
  expect(deleted.body).toEqual({ deleted: 1 });
  await expectRecountEqual(tenant, records);
  await expectInsightsEqual(tenant, '2026-10-01', '2026-12-31');
});

test('When the entry holding the last date stops counting for it, then the date falls back to the next entry', async () => {
  const { template, person } = await setting();
  const make = (date: string) => tenant.make.interaction({ contactNo: person.no, templateCode: template.code, date });
  await make('2026-05-01T00:00:00.000Z');
  const latest = await make('2026-06-01T00:00:00.000Z');
  await tenant.api.patch(`/interaction-log-entries/${latest.entryNo}`, { attemptFailed: true });

  const res = await tenant.api.get(`/statistics/contacts/${person.no}`);
  expect(res.body).toMatchObject({
    dateOfLastInteraction: '2026-05-01T00:00:00.000Z',
    lastDateAttempted: '2026-06-01T00:00:00.000Z',
  });
});

/** A segment of three contacts (a company, its person, another) logged; its figures checked against a recount. */
async function loggedSegmentOfThree(t: TestTenant) {
  const { template, company, person } = await setting(t);
  const other = await t.make.contact();
  const segment = await t.make.segment({ interaction: { templateCode: template.code } });
  for (const c of [company, person, other])
    expect((await t.api.post(`/segments/${segment.no}/lines`, { contactNo: c.no })).status).toBe(201);
  const logged = await t.api.post(`/segments/${segment.no}/log`, {});
  expect(logged.status).toBe(200);
  const entries = (await t.api.get(`/interaction-log-entries?loggedSegmentEntryNo=${logged.body.loggedSegmentEntryNo}`))
    .body.items;
  const records = recordsOf(entries);
  await expectRecountEqual(t, records);
  return { template, logged, entries, records };
}

test('A logged segment counts its entries whose canceled equals its own (Business Central: Canceled = FIELD(Canceled)); logging, canceling and restoring it keep the figures equal to a recount', async () => {
  const { template, logged, records } = await loggedSegmentOfThree(tenant);
  expect((await tenant.api.get(`/statistics/logged-segments/${logged.body.loggedSegmentEntryNo}`)).body).toMatchObject({
    noOfInteractions: 3,
  });

  await tenant.api.patch(`/logged-segments/${logged.body.loggedSegmentEntryNo}`, { canceled: true });
  await expectRecountEqual(tenant, records);
  // Canceled, the logged segment counts its canceled entries: all three.
  expect((await tenant.api.get(`/statistics/logged-segments/${logged.body.loggedSegmentEntryNo}`)).body).toMatchObject({
    noOfInteractions: 3,
  });
  const all = (await tenant.api.get(`/statistics/interaction-templates/${template.code}`)).body;
  expect(all.noOfInteractions).toBe(0);
  await tenant.api.patch(`/logged-segments/${logged.body.loggedSegmentEntryNo}`, { canceled: false });
  await expectRecountEqual(tenant, records);
  expect((await tenant.api.get(`/statistics/logged-segments/${logged.body.loggedSegmentEntryNo}`)).body).toMatchObject({
    noOfInteractions: 3,
  });
});

test('With 30 concurrent writers creating and canceling on one tenant, the figures equal a recount', async () => {
  const own = await testTenant(app);
  const { template, salesperson, company, person } = await setting(own);
  const make = (contactNo: string) =>
    own.make.interaction({ contactNo, templateCode: template.code, salespersonCode: salesperson.code });
  const seed = await Promise.all(Array.from({ length: 10 }, (_, i) => make(i % 2 ? person.no : company.no)));
  await Promise.all(
    Array.from({ length: 30 }, async (_, i) => {
      if (i % 3 === 0) return own.api.patch(`/interaction-log-entries/${seed[i / 3]!.entryNo}`, { canceled: true });
      if (i % 3 === 1) await own.api.get(`/statistics/interaction-templates/${template.code}`);
      return make(i % 2 ? person.no : company.no);
    }),
  );
  await expectRecountEqual(own, recordsOf(seed));
  await expectInsightsEqual(own, '2026-01-01', '2026-12-31');
});

test("A tenant's figures count only its own entries, and another tenant's records are 404", async () => {
  const [one, two] = [await testTenant(app), await testTenant(app)];
  for (const t of [one, two]) {
    await t.make.template({ code: 'SAME' });
    await t.make.contact({ no: 'SAMECONTACT' });
  }
  await one.make.interaction({ contactNo: 'SAMECONTACT', templateCode: 'SAME' });
  await one.make.interaction({ contactNo: 'SAMECONTACT', templateCode: 'SAME' });
  await two.make.interaction({ contactNo: 'SAMECONTACT', templateCode: 'SAME' });
  const mine = await one.make.template();

  expect((await one.api.get('/statistics/interaction-templates/SAME')).body.noOfInteractions).toBe(2);
  expect((await two.api.get('/statistics/interaction-templates/SAME')).body.noOfInteractions).toBe(1);
  expect((await two.api.get('/statistics/contacts/SAMECONTACT')).body.noOfInteractions).toBe(1);
  expect((await two.api.get(`/statistics/interaction-templates/${mine.code}`)).status).toBe(404);
});

/** A logged segment of three, one of its entries canceled; then its canceled entries deleted (after `between`). */
async function cancelOneThenDeleteCanceled(own: TestTenant, between: () => Promise<void> = async () => undefined) {
  const { template, logged, entries, records } = await loggedSegmentOfThree(own);
  expect((await own.api.patch(`/interaction-log-entries/${entries[1].entryNo}`, { canceled: true })).status).toBe(200);
  await expectRecountEqual(own, records);
  await between();
  const deleted = await own.api.post('/interaction-log-entries/delete-canceled', {
    loggedSegmentEntryNo: logged.body.loggedSegmentEntryNo,
  });
  expect(deleted.body).toEqual({ deleted: 1 });

  await expectRecountEqual(own, records);
  expect((await own.api.get(`/statistics/interaction-templates/${template.code}`)).body.noOfInteractions).toBe(2);
  await expectInsightsEqual(own, '2026-11-01', '2027-01-31');
}

test("When one of a logged segment's entries is canceled and the canceled entries are deleted, then the figures and the insights equal a recount (the entry is taken off once)", async () => {
  await cancelOneThenDeleteCanceled(await testTenant(app));
});

test('A canceled entry folded before its stored contribution said it counts for no total of all entries is still taken off once', async () => {
  const own = await testTenant(app);
  // As stored before: the canceled contribution's records alone, without the mark that it is not in all entries.
  await cancelOneThenDeleteCanceled(own, async () => {
    const applied = mongoose.connection.db!.collection<{ _id: string; e: Record<string, unknown[] | null> }>(
      'statistics',
    );
    const docs = await applied
      .find({ _id: { $gte: `${own.tid}:sa:`, $lt: `${own.tid}:sa:~` } }, { comment: TEST_READ })
      .toArray();
    const earlier = (stored: unknown[] | null) => stored?.filter((d) => d !== '!') ?? null;
    expect(docs.some((doc) => Object.values(doc.e).some((stored) => stored?.includes('!')))).toBe(true);
    for (const doc of docs)
      await applied.updateOne(
        { _id: doc._id },
        { $set: { e: Object.fromEntries(Object.entries(doc.e).map(([no, stored]) => [no, earlier(stored)])) } },
      );
  });
});
