import { startTestApp, type ApiClient } from '../../../test/support/test-app';
import { factories } from '../../../test/support/factories';
import { ApiError, createInterlogApi } from '@interlog/api-client';
import type { SegmentLogProgress } from '@interlog/api-client';
import { logSegmentWithProgress } from '../src/segments/log-segment-with-progress';

/*
 * The tab's logging loop against the real server: the POST's answer may be lost or come
 * too late, and the segment must still be logged once, with progress shown meanwhile.
 */

const TENANT = 'tenant-tab-logging';
let app: Awaited<ReturnType<typeof startTestApp>>;
let api: ApiClient;
let token: string;

beforeAll(async () => {
  app = await startTestApp({ label: 'tab_logging', config: { segmentLog: { batchSize: 3, leaseMs: 15000 } } });
  token = await app.issuer.token({ tid: TENANT });
  api = await app.as({ tid: TENANT });
});
afterAll(() => app.stop());

const fastSleep = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

async function segmentOf(noOfContacts: number, withTemplate = true) {
  const make = factories(api);
  const template = await make.template();
  const segment = await make.segment({ interaction: withTemplate ? { templateCode: template.code } : {} });
  for (let i = 0; i < noOfContacts; i++)
    await make.ok(api.post(`/segments/${segment.no}/lines`, { contactNo: (await make.contact()).no }));
  return segment.no as string;
}

const entriesOf = async (segmentNo: string) =>
  (await api.get(`/interaction-log-entries?segmentNo=${segmentNo}&limit=500`)).body.items as Array<{
    contactNo: string;
  }>;

/** The client as the tab builds it; `intercept` may change what one request does. */
function clientWith(intercept: (url: string, init: RequestInit | undefined, real: typeof fetch) => Promise<Response>) {
  return createInterlogApi({
    baseUrl: app.baseUrl,
    getToken: async () => token,
    fetchImpl: (input, init) => intercept(String(input), init, fetch),
  });
}

describe('Logging a segment from the tab', () => {
  test('When the answer to the log request is lost after the server logged it, then the progress finds the logged segment and no entry is written twice', async () => {
    const segmentNo = await segmentOf(7);
    let lost = 0;
    const client = clientWith(async (url, init, real) => {
      const response = await real(url, init);
      if (init?.method === 'POST' && url.endsWith('/log') && lost++ === 0) throw new TypeError('Failed to fetch');
      return response;
    });
    const seen: SegmentLogProgress[] = [];

    const result = await logSegmentWithProgress(
      client,
      segmentNo,
      {},
      { onProgress: (p) => seen.push(p), sleep: fastSleep },
    );

    expect(result.noOfInteractions).toBe(7);
    const logged = (await api.get(`/logged-segments/${result.loggedSegmentEntryNo}`)).body;
    expect(logged).toMatchObject({ segmentNo, noOfInteractions: 7 });
    const entries = await entriesOf(segmentNo);
    expect(entries).toHaveLength(7);
    expect(new Set(entries.map((e) => e.contactNo)).size).toBe(7);
  });

  test('When the log request outlives the client timeout, then the client follows the progress to the end with one entry per line and the follow-up segment', async () => {
    const series = await factories(api).numberSeries({ startingNo: 'TABFU001' });
    await api.put('/marketing-setup', { segmentNos: series.code });
    const segmentNo = await segmentOf(12);
    const seen: SegmentLogProgress[] = [];

    const result = await logSegmentWithProgress(
      clientWith((url, init, real) => real(url, init)),
      segmentNo,
      { createFollowUp: true },
      {
        onProgress: (p) => seen.push(p),
        requestTimeoutMs: 1,
        sleep: fastSleep,
      },
    );

    expect(result).toMatchObject({ noOfInteractions: 12, followUpSegmentNo: 'TABFU001' });
    expect(await entriesOf(segmentNo)).toHaveLength(12);
    expect((await api.get('/segments/TABFU001')).body.noOfLines).toBe(12);
    expect(seen.at(-1)).toMatchObject({ state: 'logged', logged: 12 });
  });

  test('When Business Central rules refuse the log (a line has no template), then the refusal ends it at once and nothing is logged', async () => {
    const segmentNo = await segmentOf(2, false);
    let posts = 0;
    const client = clientWith((url, init, real) => {
      if (init?.method === 'POST') posts++;
      return real(url, init);
    });

    const error = await logSegmentWithProgress(
      client,
      segmentNo,
      {},
      { onProgress: () => undefined, sleep: fastSleep },
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problemName).toBe('business-rule');
    expect(posts).toBe(1);
    expect(await entriesOf(segmentNo)).toHaveLength(0);
    expect((await api.get(`/segments/${segmentNo}/log-progress`)).body.state).toBe('notStarted');
  });

  test('When the server stays unreachable, then the client gives up after the stall time with the network error', async () => {
    const segmentNo = await segmentOf(1);
    const client = clientWith(async () => {
      throw new TypeError('Failed to fetch');
    });

    const error = await logSegmentWithProgress(
      client,
      segmentNo,
      {},
      { onProgress: () => undefined, sleep: fastSleep, stallMs: 100 },
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problemName).toBe('network');
    expect(await entriesOf(segmentNo)).toHaveLength(0);
  });
});
