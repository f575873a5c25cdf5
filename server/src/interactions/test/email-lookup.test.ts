import mongoose from 'mongoose';
import { randomUUID } from 'node:crypto';
import { startTestApp } from '../../../../test/support/test-app';
import { testTenant, type TestTenant } from '../../../../test/support/test-tenant';

let app: Awaited<ReturnType<typeof startTestApp>>;
let tenant: TestTenant;
let templateCode: string;

beforeAll(async () => {
  app = await startTestApp({ label: 'email-lookup' });
  tenant = await testTenant(app);
  templateCode = (await tenant.make.template()).code;
});
afterAll(() => app.stop());

const newMessageId = () => `<${randomUUID()}@lookup.example>`;
const recordedFor = async (internetMessageId: string, extra = '') =>
  (await tenant.api.get(`/interaction-log-entries?internetMessageId=${encodeURIComponent(internetMessageId)}${extra}`))
    .body;

describe("GET /interaction-log-entries?internetMessageId= (the pane's already-recorded check)", () => {
  test('When an email is recorded for two contacts, then both entries are listed, newest first', async () => {
    const [a, b] = [await tenant.make.contact(), await tenant.make.contact()];
    const internetMessageId = newMessageId();
    const first = await tenant.make.interaction({
      contactNo: a.no,
      templateCode,
      source: { type: 'email', internetMessageId },
    });
    const second = await tenant.make.interaction({
      contactNo: b.no,
      templateCode,
      source: { type: 'email', internetMessageId },
    });

    const page = await recordedFor(internetMessageId);

    expect(page).toEqual({ items: [second, first], nextCursor: null });
  });

  test('When the limit is smaller than the entries, then the page ends with a cursor that reads the rest', async () => {
    const internetMessageId = newMessageId();
    const made = [];
    for (let i = 0; i < 3; i++) {
      const contact = await tenant.make.contact();
      made.push(
        await tenant.make.interaction({
          contactNo: contact.no,
          templateCode,
          source: { type: 'email', internetMessageId },
        }),
      );
    }

    const page1 = await recordedFor(internetMessageId, '&limit=2');
    const page2 = await recordedFor(internetMessageId, `&limit=2&cursor=${page1.nextCursor}`);

    expect(page1.items.map((e: { entryNo: number }) => e.entryNo)).toEqual([made[2].entryNo, made[1].entryNo]);
    expect(page2).toEqual({ items: [made[0]], nextCursor: null });
  });

  test('When an entry of the email is canceled, then it is still listed, as canceled', async () => {
    const contact = await tenant.make.contact();
    const internetMessageId = newMessageId();
    const entry = await tenant.make.interaction({
      contactNo: contact.no,
      templateCode,
      source: { type: 'email', internetMessageId },
    });

    await tenant.api.patch(`/interaction-log-entries/${entry.entryNo}`, { canceled: true });

    expect((await recordedFor(internetMessageId)).items).toEqual([
      expect.objectContaining({ entryNo: entry.entryNo, canceled: true }),
    ]);
    expect((await recordedFor(internetMessageId, '&canceled=false')).items).toEqual([]);
  });

  test('When the canceled entry is deleted, then the email reads as not recorded', async () => {
    const contact = await tenant.make.contact();
    const internetMessageId = newMessageId();
    const entry = await tenant.make.interaction({
      contactNo: contact.no,
      templateCode,
      source: { type: 'email', internetMessageId },
    });
    await tenant.api.patch(`/interaction-log-entries/${entry.entryNo}`, { canceled: true });

    await tenant.api.post('/interaction-log-entries/delete-canceled', { contactNo: contact.no });

    expect(await recordedFor(internetMessageId)).toEqual({ items: [], nextCursor: null });
  });

  test('When a postponed entry of the email is deleted, then it is not listed, before or after', async () => {
    const contact = await tenant.make.contact();
    const internetMessageId = newMessageId();
    const source = { type: 'email', internetMessageId };
    const entry = await tenant.make.interaction({ contactNo: contact.no, templateCode, source, postpone: true });
    const postponed = await recordedFor(internetMessageId, '&postponed=true');

    await tenant.api.delete(`/interaction-log-entries/${entry.entryNo}`);

    expect(postponed.items.map((e: { entryNo: number }) => e.entryNo)).toEqual([entry.entryNo]);
    expect((await recordedFor(internetMessageId)).items).toEqual([]);
    expect((await recordedFor(internetMessageId, '&postponed=true')).items).toEqual([]);
  });

  test('When other filters are given with the message id, then only the entries matching all of them are listed', async () => {
    const [a, b] = [await tenant.make.contact(), await tenant.make.contact()];
    const internetMessageId = newMessageId();
    const source = { type: 'email', internetMessageId };
    await tenant.make.interaction({ contactNo: a.no, templateCode, source });
    const forB = await tenant.make.interaction({ contactNo: b.no, templateCode, source });

    expect((await recordedFor(internetMessageId, `&contactNo=${b.no.toLowerCase()}`)).items).toEqual([forB]);
    expect((await recordedFor(internetMessageId, '&from=2999-01-01T00:00:00Z')).items).toEqual([]);
  });

  test('When an email was never recorded, then the list is empty', async () => {
    expect(await recordedFor(newMessageId())).toEqual({ items: [], nextCursor: null });
  });
});

describe('The email lookup of a tenant whose entries were recorded before it existed', () => {
  test('When its first check reads an email recorded before, then the entry is found', async () => {
    const older = await testTenant(app);
    const entry = await older.make.interaction({
      contactNo: (await older.make.contact()).no,
      templateCode: (await older.make.template()).code,
    });
    // As an entry written before the lookup existed: its message id set straight in the collection.
    const source = { type: 'email', internetMessageId: newMessageId() };
    await mongoose.connection
      .db!.collection('interaction_log_entries')
      .updateOne({ tenantId: older.tid, entryNo: entry.entryNo }, { $set: { source } });

    const page = await older.api.get(
      `/interaction-log-entries?internetMessageId=${encodeURIComponent(source.internetMessageId)}`,
    );

    expect(page.body.items).toEqual([{ ...entry, source }]);
  });
});
