// While a segment is being logged, the tenant's background folds wait for its end (folding beside
// the bulk write doubled its heap and slowed it); reads still fold, and the end always releases them.
import mongoose from 'mongoose';
import { startTestApp } from '../../../../test/support/test-app';
import { testTenant, type TestTenant } from '../../../../test/support/test-tenant';
import { eventually } from '../../../../test/support/eventually';
import { TEST_READ } from '../../../../test/support/query-coverage/query-shape';
import { holdFolds, releaseFolds } from '../data-access/fold-runs';
import { expectRecountEqual, recordsOfEntry } from './recount-oracle';

let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  app = await startTestApp({ label: 'statistics-fold-hold' });
});
afterAll(() => app.stop());

/** The tenant's change marks not folded yet (done and pending). */
const marksOf = (tid: string) =>
  mongoose.connection
    .db!.collection('ordered_links')
    .find({ _id: { $gte: `${tid}:sm:`, $lt: `${tid}:sm:~` } } as never, { comment: TEST_READ })
    .toArray();
const folded = async (tid: string) =>
  (
    await eventually(
      () => marksOf(tid),
      (m) => m.length === 0,
      15_000,
    )
  ).length;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function anEntry(t: TestTenant) {
  const template = await t.make.template();
  const contact = await t.make.contact();
  return t.make.interaction({ contactNo: contact.no, templateCode: template.code });
}

describe('Background folds while a segment is logged', () => {
  test('When a tenant holds its folds, then its marks wait until the hold is released, and are then folded exactly', async () => {
    const t = await testTenant(app);
    holdFolds(t.tid);
    const entry = await anEntry(t);

    await pause(1500); // three times the quiet moment after which a write is folded
    const whileHeld = await marksOf(t.tid);
    releaseFolds(t.tid);

    expect(whileHeld.length).toBeGreaterThan(0);
    expect(await folded(t.tid)).toBe(0);
    await expectRecountEqual(t, recordsOfEntry(entry));
  });

  test('When a statistics read comes while folds are held, then it folds first and counts every entry', async () => {
    const t = await testTenant(app);
    holdFolds(t.tid);
    try {
      const entry = await anEntry(t);
      await expectRecountEqual(t, recordsOfEntry(entry));
    } finally {
      releaseFolds(t.tid);
    }
  });

  test('When logging a segment is refused, then the tenant folds in the background again', async () => {
    const t = await testTenant(app);
    const template = await t.make.template();
    const segment = await t.make.segment({ interaction: { templateCode: template.code } });
    expect((await t.api.post(`/segments/${segment.no}/log`, {})).status).toBe(422);

    await t.make.interaction({ contactNo: (await t.make.contact()).no, templateCode: template.code });

    expect(await folded(t.tid)).toBe(0);
  });

  test('When a segment has been logged, then its entries are folded in the background after the answer', async () => {
    const t = await testTenant(app);
    const template = await t.make.template();
    const segment = await t.make.segment({ interaction: { templateCode: template.code } });
    for (let i = 0; i < 3; i++)
      expect(
        (await t.api.post(`/segments/${segment.no}/lines`, { contactNo: (await t.make.contact()).no })).status,
      ).toBe(201);

    expect((await t.api.post(`/segments/${segment.no}/log`, {})).status).toBe(200);

    expect(await folded(t.tid)).toBe(0);
  });
});
