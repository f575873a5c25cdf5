import { startTestApp, type ApiClient } from '../../../../test/support/test-app';
import type { factories } from '../../../../test/support/factories';
import { testTenant } from '../../../../test/support/test-tenant';
import { LoggedSegmentModel, SegmentLineModel, SegmentModel } from '../data-access/segment-models';
import { lineId } from '../data-access/segment-line-ids';

const TENANT = 'tenant-line-removal';
let app: Awaited<ReturnType<typeof startTestApp>>;
let api: ApiClient;
let make: ReturnType<typeof factories>;

beforeAll(async () => {
  app = await startTestApp({ label: 'segment_line_removal' });
  ({ api, make } = await testTenant(app, { tid: TENANT }));
});
afterAll(() => app.stop());

const storedLines = (segmentNo: string) =>
  SegmentLineModel.find({ tenantId: TENANT, segmentNo }, { _id: 0, contactNo: 1, lineNo: 1 }).lean<
    Array<{ contactNo: string; lineNo: number }>
  >();
const loggedSegment = (entryNo: number) =>
  LoggedSegmentModel.findOne({ tenantId: TENANT, entryNo }).lean<{
    linesToRemove?: boolean;
    hardCopyEntries?: number | null;
  }>();

async function eventually(check: () => Promise<boolean>) {
  for (let waited = 0; !(await check()); waited += 50) {
    if (waited > 20_000) throw new Error('not done within 20 s');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function loggedSegmentOf(contacts: number, overrides: Record<string, unknown> = {}) {
  const template = await make.template();
  const segment = await make.segment({ interaction: { templateCode: template.code }, ...overrides });
  for (let i = 0; i < contacts; i++)
    expect((await api.post(`/segments/${segment.no}/lines`, { contactNo: (await make.contact()).no })).status).toBe(
      201,
    );
  const logged = await api.post(`/segments/${segment.no}/log`, {});
  expect(logged.status).toBe(200);
  await eventually(async () => !(await loggedSegment(logged.body.loggedSegmentEntryNo))?.linesToRemove);
  return { segmentNo: segment.no, entryNo: logged.body.loggedSegmentEntryNo as number };
}

/** What a server that died after answering, before removing the lines, leaves behind. */
async function stoppedBeforeLineRemoval(segmentNo: string, entryNo: number) {
  const contact = await make.contact();
  await SegmentLineModel.collection.insertOne({
    _id: lineId(TENANT, segmentNo, 1),
    tenantId: TENANT,
    segmentNo,
    lineNo: 1,
    contactNo: contact.no,
    contactName: contact.name,
    overrides: {},
    addedInStep: 0,
  } as never);
  await LoggedSegmentModel.updateOne({ tenantId: TENANT, entryNo }, { $set: { linesToRemove: true } });
}

describe('Removing the lines of a logged segment after the answer', () => {
  test('When a segment is logged, then its lines are removed after the answer and the logged segment stops saying so', async () => {
    const { segmentNo, entryNo } = await loggedSegmentOf(3);

    expect(await storedLines(segmentNo)).toEqual([]);
    expect((await loggedSegment(entryNo))?.linesToRemove).toBe(false);
    expect((await api.get(`/logged-segments/${entryNo}`)).body).not.toHaveProperty('linesToRemove');
  });

  test('When a run stopped after answering, before removing its lines, then the next logging of the tenant removes them exactly once', async () => {
    const stopped = await loggedSegmentOf(1);
    await stoppedBeforeLineRemoval(stopped.segmentNo, stopped.entryNo);

    await loggedSegmentOf(1);

    expect(await storedLines(stopped.segmentNo)).toEqual([]);
    expect((await loggedSegment(stopped.entryNo))?.linesToRemove).toBe(false);
    // A new segment of that number keeps its lines through later loggings: the removal is not done again.
    await make.segment({ no: stopped.segmentNo });
    const contact = await make.contact();
    await api.post(`/segments/${stopped.segmentNo}/lines`, { contactNo: contact.no });
    await loggedSegmentOf(1);
    expect((await storedLines(stopped.segmentNo)).map((l) => l.contactNo)).toEqual([contact.no]);
  });

  test('When a segment is made with the number of a logged segment whose lines are still to be removed, then it starts with none of them', async () => {
    const stopped = await loggedSegmentOf(2);
    await stoppedBeforeLineRemoval(stopped.segmentNo, stopped.entryNo);

    const made = await api.post('/segments', { no: stopped.segmentNo, description: 'Same number again' });

    expect(made.status).toBe(201);
    expect(made.body.noOfLines).toBe(0);
    expect((await api.get(`/segments/${stopped.segmentNo}/lines`)).body.items).toEqual([]);
    expect((await loggedSegment(stopped.entryNo))?.linesToRemove).toBe(false);
    const contact = await make.contact();
    const line = await api.post(`/segments/${stopped.segmentNo}/lines`, { contactNo: contact.no });
    expect(line.status).toBe(201);
    expect((await storedLines(stopped.segmentNo)).map((l) => l.contactNo)).toEqual([contact.no]);
  });
});

describe('Removing lines while a stopped run is still to be resumed', () => {
  test('When a run stopped after completing its logged segment but before removing the segment, then the lines wait for the resumed run, which logs each line once', async () => {
    const template = await make.template();
    const segment = await make.segment({ interaction: { templateCode: template.code } });
    for (let i = 0; i < 2; i++)
      await api.post(`/segments/${segment.no}/lines`, { contactNo: (await make.contact()).no });
    // The stopped run: its claim on the header, its logged segment completed and saying the lines are to go.
    const entryNo = 900_000 + Math.floor(Math.random() * 1000);
    await SegmentModel.updateOne(
      { tenantId: TENANT, no: segment.no },
      {
        $set: {
          logging: {
            loggedSegmentEntryNo: entryNo,
            createFollowUp: false,
            followUpSegmentNo: '',
            userId: 'u',
            startedAt: new Date(),
          },
        },
      },
    );
    await LoggedSegmentModel.collection.insertOne({
      tenantId: TENANT,
      entryNo,
      segmentNo: segment.no,
      description: '',
      noOfInteractions: 0,
      followUpSegmentNo: '',
      createdAt: new Date(),
      userId: 'u',
      canceled: false,
      completed: true,
      linesToRemove: true,
    } as never);

    await loggedSegmentOf(1);
    expect(await storedLines(segment.no)).toHaveLength(2);
    const resumed = await api.post(`/segments/${segment.no}/log`, {});

    expect(resumed.status).toBe(200);
    expect(resumed.body).toMatchObject({ loggedSegmentEntryNo: entryNo, noOfInteractions: 2 });
    await eventually(async () => (await storedLines(segment.no)).length === 0);
    expect((await api.get(`/interaction-log-entries?loggedSegmentEntryNo=${entryNo}`)).body.items).toHaveLength(2);
  });
});

describe('Removing many lines', () => {
  test('When the lines span several blocks of line numbers, then every one is removed after the answer', async () => {
    const template = await make.template();
    const segment = await make.segment({ interaction: { templateCode: template.code } });
    await SegmentModel.updateOne({ tenantId: TENANT, no: segment.no }, { $set: { lastLineNo: 9_998 } });
    for (let i = 0; i < 4; i++)
      await api.post(`/segments/${segment.no}/lines`, { contactNo: (await make.contact()).no });
    expect((await storedLines(segment.no)).map((l) => l.lineNo).sort((a, b) => a - b)).toEqual([
      9_999, 10_000, 10_001, 10_002,
    ]);

    const logged = await api.post(`/segments/${segment.no}/log`, {});

    expect(logged.body.noOfInteractions).toBe(4);
    await eventually(async () => !(await loggedSegment(logged.body.loggedSegmentEntryNo))?.linesToRemove);
    expect(await storedLines(segment.no)).toEqual([]);
  });
});

describe('Segments made before their lines were keyed', () => {
  test('When a segment made before has lines without keyed ids, then logging reads them by their fields and removes them after the answer', async () => {
    const template = await make.template();
    const segment = await make.segment({ interaction: { templateCode: template.code } });
    const contacts = [await make.contact(), await make.contact()];
    await SegmentModel.updateOne(
      { tenantId: TENANT, no: segment.no },
      { $unset: { keyedLines: '' }, $set: { lineCounts: null, lastLineNo: 2 } },
    );
    await SegmentLineModel.collection.insertMany(
      contacts.map((contact, i) => ({
        tenantId: TENANT,
        segmentNo: segment.no,
        lineNo: i + 1,
        contactNo: contact.no,
        contactName: contact.name,
        overrides: {},
        addedInStep: 0,
      })) as never[],
    );

    const logged = await api.post(`/segments/${segment.no}/log`, {});

    expect(logged.status).toBe(200);
    expect(logged.body.noOfInteractions).toBe(2);
    await eventually(async () => (await storedLines(segment.no)).length === 0);
    const entries = (await api.get(`/interaction-log-entries?segmentNo=${segment.no}`)).body.items;
    expect(entries.map((e: { contactNo: string }) => e.contactNo).sort()).toEqual(contacts.map((c) => c.no).sort());
  });
});

describe('Hard copies counted while logging', () => {
  test('When no line is a hard copy, then the logged segment records none and its letters read no entries', async () => {
    const { entryNo } = await loggedSegmentOf(2);

    expect((await loggedSegment(entryNo))?.hardCopyEntries).toBe(0);
    expect((await api.post(`/logged-segments/${entryNo}/letters`, {})).body).toEqual({
      attachments: [],
      ownLetters: [],
    });
  });

  test('When some lines are hard copies, then the logged segment counts exactly the hard-copy entries', async () => {
    const template = await make.template({ correspondenceType: 'email' });
    const segment = await make.segment({ interaction: { templateCode: template.code } });
    for (const correspondenceType of ['hardCopy', 'hardCopy', undefined])
      await api.post(`/segments/${segment.no}/lines`, { contactNo: (await make.contact()).no, correspondenceType });

    const logged = await api.post(`/segments/${segment.no}/log`, {});

    expect((await loggedSegment(logged.body.loggedSegmentEntryNo))?.hardCopyEntries).toBe(2);
    const entries = (await api.get(`/interaction-log-entries?segmentNo=${segment.no}`)).body.items;
    expect(entries.filter((e: { correspondenceType: string }) => e.correspondenceType === 'hardCopy')).toHaveLength(2);
  });
});
