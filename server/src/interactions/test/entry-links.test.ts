// The timeline and the filtered log pages read entries through links keyed by contact, segment,
// salesperson and template (and one key for all entries), never a scan; these tests hold the
// pages to what a query of the collection answers, whatever happened to the entries since.
import mongoose from 'mongoose';
import { startTestApp } from '../../../../test/support/test-app';
import { testTenant, type TestTenant } from '../../../../test/support/test-tenant';
import { expectProblem } from '../../../../test/helpers/problem';
import { eventually } from '../../../../test/support/eventually';
import { interactionLogEntryRepository } from '../data-access/interaction-log-entry-repository';

let app: Awaited<ReturnType<typeof startTestApp>>;
let tenant: TestTenant;

beforeAll(async () => {
  app = await startTestApp({ label: 'entry-links' });
  tenant = await testTenant(app);
});
afterAll(() => app.stop());

type Page = { items: Array<{ entryNo: number }>; nextCursor?: string | null };
const db = () => mongoose.connection.db!;

async function entryNos(query: string, t: TestTenant = tenant): Promise<number[]> {
  const found: number[] = [];
  let cursor: string | null | undefined;
  do {
    const res = await t.api.get(`/interaction-log-entries?${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status).toBe(200);
    const page = res.body as Page;
    found.push(...page.items.map((e) => e.entryNo));
    cursor = page.nextCursor;
  } while (cursor);
  return found;
}

async function recorded(count: number, overrides: Record<string, unknown> = {}, t: TestTenant = tenant) {
  const contact = await t.make.contact();
  const template = await t.make.template();
  const entries = [];
  for (let i = 0; i < count; i++)
    entries.push(await t.make.interaction({ contactNo: contact.no, templateCode: template.code, ...overrides }));
  return { contact, template, entryNos: entries.map((e: { entryNo: number }) => e.entryNo).reverse() };
}

test("A contact's timeline lists its entries newest first, page by page, and no one else's", async () => {
  const { contact, template, entryNos: mine } = await recorded(5);
  await recorded(3);

  expect(await entryNos(`contactNo=${contact.no}`)).toEqual(mine);
  expect(await entryNos(`contactNo=${contact.no.toLowerCase()}&templateCode=${template.code}`)).toEqual(mine);
  expect(await entryNos(`templateCode=${template.code}`)).toEqual(mine);
});

test('The unfiltered log lists every entry of the tenant newest first', async () => {
  const own = await testTenant(app);
  const first = await recorded(2, {}, own);
  const second = await recorded(2, {}, own);

  expect(await entryNos('', own)).toEqual([...second.entryNos, ...first.entryNos]);
});

test('When an entry is canceled, deleted, or postponed and resumed, then the timeline follows', async () => {
  const {
    contact,
    template,
    entryNos: [newest, middle, oldest],
  } = await recorded(3);
  const other = await tenant.make.template();
  const postponed = await tenant.make.interaction({
    contactNo: contact.no,
    templateCode: template.code,
    postpone: true,
  });

  await tenant.make.ok(tenant.api.patch(`/interaction-log-entries/${oldest}`, { canceled: true }));
  await tenant.make.ok(tenant.api.post('/interaction-log-entries/delete-canceled', { contactNo: contact.no }));
  await tenant.make.ok(tenant.api.patch(`/interaction-log-entries/${middle}`, { canceled: true }));
  expect(await entryNos(`contactNo=${contact.no}`)).toEqual([newest, middle]);
  expect(await entryNos(`contactNo=${contact.no}&canceled=true`)).toEqual([middle]);
  expect(await entryNos(`contactNo=${contact.no}&postponed=true`)).toEqual([postponed.entryNo]);

  await tenant.make.ok(
    tenant.api.post(`/interaction-log-entries/${postponed.entryNo}/resume`, { templateCode: other.code }),
  );
  expect(await entryNos(`contactNo=${contact.no}`)).toEqual([postponed.entryNo, newest, middle]);
  expect(await entryNos(`templateCode=${other.code}`)).toEqual([postponed.entryNo]);
  expect(await entryNos(`templateCode=${template.code}`)).toEqual([newest, middle]);
});

test('When entries were written before their links existed, then the first read links them (the fill-in)', async () => {
  const own = await testTenant(app);
  const { contact, entryNos: mine } = await recorded(3, {}, own);
  const prefix = `${own.tid}:`;
  await db()
    .collection('ordered_links')
    .deleteMany({ _id: { $gte: prefix, $lt: `${prefix}~~` } as never });

  expect(await entryNos(`contactNo=${contact.no}`, own)).toEqual(mine);
});

test("When a tenant's entries are linked already at its first read, then the fill-in writes its links in two inserts at most, skipping the stored ones", async () => {
  const own = await testTenant(app);
  const { entryNos: mine } = await recorded(30, {}, own);
  const marker = { _id: `${own.tid}:el~filled` } as never;
  expect(await db().collection('ordered_links').countDocuments(marker)).toBe(0);
  const inserts = jest.spyOn(mongoose.models.OrderedLink!.collection, 'insertMany');

  try {
    const res = await own.api.get('/interaction-log-entries?limit=50');
    expect((res.body as Page).items.map((e) => e.entryNo)).toEqual(mine);
    // Ordered, every stored link cost an insert re-sending the rest: 1,000 linked entries took 43 s.
    expect(inserts.mock.calls.length).toBeLessThanOrEqual(2);
  } finally {
    inserts.mockRestore();
  }
  expect(await db().collection('ordered_links').countDocuments(marker)).toBe(1);
});

test('When a link was written but its entry never was (a crash between the two), then readers skip it', async () => {
  const own = await testTenant(app);
  const { contact, entryNos: mine } = await recorded(2, {}, own);
  const [newest] = mine;
  const entry = await db().collection('interaction_log_entries').findOne({ tenantId: own.tid, entryNo: newest });
  // The crash: the newest entry's number was linked, the entry itself is gone.
  await db().collection('interaction_log_entries').deleteOne({ _id: entry!._id });

  expect(await entryNos(`contactNo=${contact.no}`, own)).toEqual(mine.slice(1));
  const next = await own.make.interaction({ contactNo: contact.no, templateCode: entry!.templateCode });
  expect(await entryNos(`contactNo=${contact.no}`, own)).toEqual([next.entryNo, ...mine.slice(1)]);
});

test('When the filter is not one the links answer (a date range), then the page is still right', async () => {
  const { contact, entryNos: mine } = await recorded(2, { date: '2024-05-01T10:00:00.000Z' });

  expect(await entryNos(`contactNo=${contact.no}&from=2024-04-30T00:00:00.000Z&to=2024-05-02T00:00:00.000Z`)).toEqual(
    mine,
  );
  expect(await entryNos(`contactNo=${contact.no}&from=2024-06-01T00:00:00.000Z`)).toEqual([]);
});

test("When the filter matches few of a key's many entries, then the page is still right (the walk hands over to the query)", async () => {
  const { contact, entryNos: mine } = await recorded(140);
  const oldest = mine[mine.length - 1]!;
  await tenant.make.ok(tenant.api.patch(`/interaction-log-entries/${oldest}`, { canceled: true }));

  expect(await entryNos(`contactNo=${contact.no}&canceled=true`)).toEqual([oldest]);
});

test('When the cursor is not one the log gave out, then 400 problem+json', async () => {
  expectProblem(await tenant.api.get('/interaction-log-entries?contactNo=X&cursor=%%%'), 400, 'validation');
});

test("When a segment is logged, then its entries' links of a shared key go in a few bundles, and every page by each key lists them newest first", async () => {
  const own = await testTenant(app);
  const template = await own.make.template();
  const segment = await own.make.segment({ interaction: { templateCode: template.code } });
  for (let i = 0; i < 5; i++)
    expect(
      (await own.api.post(`/segments/${segment.no}/lines`, { contactNo: (await own.make.contact()).no })).status,
    ).toBe(201);
  const logged = await own.api.post(`/segments/${segment.no}/log`, {});
  expect(logged.status).toBe(200);
  const entries = await db()
    .collection('interaction_log_entries')
    .find({ tenantId: own.tid, loggedSegmentEntryNo: logged.body.loggedSegmentEntryNo })
    .sort({ entryNo: -1 })
    .toArray();
  const newestFirst = entries.map((e) => e.entryNo as number);
  // The contact links are made after the answer (deferred-contact-links.test.ts): counted once made.
  const linkDocs = await eventually(
    () =>
      db()
        .collection('ordered_links')
        .find({ _id: { $gte: `${own.tid}:el:`, $lt: `${own.tid}:el:~` } } as never)
        .toArray(),
    (docs) => docs.length >= 5 + 4,
  );

  expect(newestFirst).toHaveLength(5);
  // Five contact links, and one bundle for each key the entries share (all, template, segment, logged segment).
  expect(linkDocs).toHaveLength(5 + 4);
  expect(await entryNos('', own)).toEqual(newestFirst);
  expect(await entryNos(`templateCode=${template.code}`, own)).toEqual(newestFirst);
  expect(await entryNos(`segmentNo=${segment.no}`, own)).toEqual(newestFirst);
  expect(await entryNos(`loggedSegmentEntryNo=${logged.body.loggedSegmentEntryNo}`, own)).toEqual(newestFirst);
  expect(await entryNos(`contactNo=${entries[2]!.contactNo}`, own)).toEqual([newestFirst[2]]);
  const changed = await own.api.patch(`/interaction-log-entries/${newestFirst[1]}`, { canceled: true });
  expect(changed.status).toBe(200);
  expect(await entryNos(`templateCode=${template.code}&canceled=false`, own)).toEqual(
    newestFirst.filter((_, i) => i !== 1),
  );
});

test("When interactions are recorded at the same moment, then one write's links of a shared key go in one bundle, and every page by each key lists them newest first", async () => {
  const own = await testTenant(app);
  const contact = await own.make.contact();
  const template = await own.make.template();
  const created = await Promise.all(
    Array.from({ length: 10 }, () =>
      own.api.post('/interactions', { contactNo: contact.no, templateCode: template.code, subject: 'Same moment' }),
    ),
  );
  const newestFirst = created.map((res) => (res.body as { entryNo: number }).entryNo).sort((a, b) => b - a);
  const linkDocs = await db()
    .collection('ordered_links')
    .find({ _id: { $gte: `${own.tid}:el:`, $lt: `${own.tid}:el:~` } } as never)
    .toArray();

  expect(created.map((res) => res.status)).toEqual(Array(10).fill(201));
  expect(new Set(newestFirst).size).toBe(10);
  // Unbundled, a link per entry and key (all, contact, template): 30 at least.
  expect(linkDocs.length).toBeLessThan(10 * 3);
  expect(linkDocs.some((doc) => typeof doc.nt === 'string' && JSON.parse(doc.nt)[0].length > 1)).toBe(true);
  expect(await entryNos('', own)).toEqual(newestFirst);
  expect(await entryNos(`contactNo=${contact.no}`, own)).toEqual(newestFirst);
  expect(await entryNos(`templateCode=${template.code}`, own)).toEqual(newestFirst);
  for (const entryNo of [newestFirst[0], newestFirst[9]])
    expect((await own.api.get(`/interaction-log-entries/${entryNo}`)).body.entryNo).toBe(entryNo);
});

test('When bundles were written before their numbers and targets became one text (as two arrays), then every page still lists their entries', async () => {
  const own = await testTenant(app);
  const contact = await own.make.contact();
  const template = await own.make.template();
  const created = await Promise.all(
    Array.from({ length: 6 }, () =>
      own.api.post('/interactions', { contactNo: contact.no, templateCode: template.code, subject: 'Earlier' }),
    ),
  );
  const newestFirst = created.map((res) => (res.body as { entryNo: number }).entryNo).sort((a, b) => b - a);
  const links = db().collection<{ _id: string; nt?: string; n?: number[]; t?: string[] }>('ordered_links');
  const bundled = (await links.find({ _id: { $gte: `${own.tid}:el:`, $lt: `${own.tid}:el:~` } }).toArray()).filter(
    (doc) => doc.nt,
  );
  for (const doc of bundled) {
    const [n, t] = JSON.parse(doc.nt!) as [number[], string[]];
    await links.replaceOne({ _id: doc._id }, { n, t });
  }

  expect(bundled.length).toBeGreaterThan(0);
  expect(await entryNos('', own)).toEqual(newestFirst);
  expect(await entryNos(`contactNo=${contact.no}`, own)).toEqual(newestFirst);
  expect(await entryNos(`templateCode=${template.code}`, own)).toEqual(newestFirst);
});

test('When an entry or its attachment is read or the entry canceled by its number, then the newest of 5,000 takes as long as the oldest (its _id comes from the links, not a scan)', async () => {
  const own = await testTenant(app);
  const contact = await own.make.contact();
  const template = await own.make.template();
  const made = await own.make.interaction({ contactNo: contact.no, templateCode: template.code });
  const { entryNo: oldest, createdAt: _at, ...draft } = made;
  await interactionLogEntryRepository.insertNumbered(
    own.tid,
    Array.from({ length: 5000 }, (_, i) => ({ requestKey: `many:${i}`, draft })),
  );
  const newest = (
    (await own.make.interaction({ contactNo: made.contactNo, templateCode: made.templateCode })) as {
      entryNo: number;
    }
  ).entryNo;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const timed = async (path: string, check: (res: { status: number; body: Record<string, unknown> }) => void) => {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      const res = await own.api.get(path);
      times.push(performance.now() - t0);
      check(res);
    }
    return median(times);
  };
  const entry = (entryNo: number) =>
    timed(`/interaction-log-entries/${entryNo}`, (res) => expect(res.body.entryNo).toBe(entryNo));
  const attachment = (entryNo: number) =>
    timed(`/interaction-log-entries/${entryNo}/attachment`, (res) =>
      expect([res.status, res.body.detail]).toEqual([404, `Interaction log entry ${entryNo} has no attachment.`]),
    );

  for (const [what, read] of [
    ['entry', entry],
    ['attachment', attachment],
  ] as const) {
    const [first, last] = [await read(oldest as number), await read(newest)];
    process.stderr.write(
      `${what} by number among 5,001: oldest ${first.toFixed(1)} ms, newest ${last.toFixed(1)} ms\n`,
    );
    expect(last).toBeLessThanOrEqual(3 * first + 5);
  }
  const canceled = await own.api.patch(`/interaction-log-entries/${newest}`, { canceled: true });
  expect([canceled.status, canceled.body.canceled]).toEqual([200, true]);
  expect((await own.api.get(`/interaction-log-entries/${newest}`)).body.canceled).toBe(true);
});
