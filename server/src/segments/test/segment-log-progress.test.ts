import { startTestApp, type ApiClient } from '../../../../test/support/test-app';
import type { factories } from '../../../../test/support/factories';
import { testTenant, type TestTenant } from '../../../../test/support/test-tenant';

let app: Awaited<ReturnType<typeof startTestApp>>;
let api: ApiClient;
let make: ReturnType<typeof factories>;
let typed: TestTenant['typed'];

beforeAll(async () => {
  app = await startTestApp({ label: 'segment_log_progress', config: { segmentLog: { batchSize: 2, leaseMs: 15000 } } });
  ({ api, make, typed } = await testTenant(app, { tid: 'tenant-log-progress' }));
});
afterAll(() => app.stop());

async function segmentOf(noOfContacts: number) {
  const template = await make.template();
  const segment = await make.segment({ interaction: { templateCode: template.code } });
  for (let i = 0; i < noOfContacts; i++) {
    const contact = await make.contact();
    expect((await api.post(`/segments/${segment.no}/lines`, { contactNo: contact.no })).status).toBe(201);
  }
  return segment;
}

describe('GET /segments/{no}/log-progress', () => {
  test('When the segment is not being logged, then the progress says notStarted with its number of lines', async () => {
    const segment = await segmentOf(3);

    const res = await api.get(`/segments/${segment.no}/log-progress`);

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      state: 'notStarted',
      noOfLines: 3,
      logged: 0,
      loggedSegmentEntryNo: null,
      followUpSegmentNo: null,
    });
  });

  test('When logging is under way, then the progress reads logging and counts the entries written batch by batch', async () => {
    const segment = await segmentOf(9);
    const seen: Array<{ state: string; logged: number }> = [];
    let done = false;
    const logging = api.post(`/segments/${segment.no}/log`, {}).finally(() => (done = true));
    while (!done) {
      const progress = await typed.segments.logProgress(segment.no);
      seen.push({ state: progress.state, logged: progress.logged });
      await new Promise((r) => setTimeout(r, 5));
    }
    expect((await logging).status).toBe(200);

    const loggingReads = seen.filter((s) => s.state === 'logging');
    expect(loggingReads.length).toBeGreaterThan(0);
    for (const read of loggingReads) expect(read.logged).toBeLessThanOrEqual(9);
    const counts = loggingReads.map((s) => s.logged);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    // A read sent while the POST was finishing may still say logging: ask once more now it has answered.
    const after = (await api.get(`/segments/${segment.no}/log-progress`)).body;
    expect({ state: after.state, logged: after.logged }).toEqual({ state: 'logged', logged: 9 });
  });

  test('When the segment has been logged, then the progress reads logged with the logged segment and follow-up segment', async () => {
    const series = await make.numberSeries({ startingNo: 'FUP0001' });
    await api.put('/marketing-setup', { segmentNos: series.code });
    const segment = await segmentOf(2);
    const logged = (await api.post(`/segments/${segment.no}/log`, { createFollowUp: true })).body;
    expect(logged.followUpSegmentNo).toBe('FUP0001');

    const res = await api.get(`/segments/${segment.no}/log-progress`);

    expect(res.body).toEqual({
      state: 'logged',
      noOfLines: 2,
      logged: 2,
      loggedSegmentEntryNo: logged.loggedSegmentEntryNo,
      followUpSegmentNo: logged.followUpSegmentNo,
    });
  });

  test('When a run died part-way, then the progress reads logging with the entries it wrote', async () => {
    const segment = await segmentOf(4);
    // What a crashed run leaves: the logging claim on the header and two of four entries written.
    const { SegmentModel } = await import('../data-access/segment-models');
    await SegmentModel.updateOne(
      { tenantId: 'tenant-log-progress', no: segment.no },
      {
        $set: {
          logging: {
            loggedSegmentEntryNo: 999,
            createFollowUp: false,
            followUpSegmentNo: '',
            userId: 'u',
            startedAt: new Date(),
            logged: 2,
          },
        },
      },
    );

    const res = await api.get(`/segments/${segment.no}/log-progress`);

    expect(res.body).toMatchObject({ state: 'logging', noOfLines: 4, logged: 2, loggedSegmentEntryNo: 999 });
  });

  test('When neither the segment nor a logged segment of that number exists, then 404 problem', async () => {
    const res = await api.get('/segments/NOSUCHSEG/log-progress');

    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ status: 404, detail: expect.stringContaining('NOSUCHSEG') });
  });
});
