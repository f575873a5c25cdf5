// Issue 18, item 4: a busy tenant on the embedded database. 200 requests in flight at once (creates,
// edits of one record with and without If-Match, reads) on loopback: all answered within 30 s, none
// with a 5xx or a dropped connection, and the results exact. Kept apart from the benchmarks (test/bench).
import { randomUUID } from 'node:crypto';
import { startTestApp, type ApiResponse } from './support/test-app';
import { testTenant, type TestTenant } from './support/test-tenant';

jest.setTimeout(120_000);

const CREATES = 80;
const EDITS_WITH_IF_MATCH = 30;
const EDITS_WITHOUT = 30;
const READS = 60;
const WITHIN_MS = 30_000;

type Kind = 'create' | 'edit with If-Match' | 'edit' | 'read';
interface Outcome {
  kind: Kind;
  status: number | 'dropped';
  ms: number;
}

let app: Awaited<ReturnType<typeof startTestApp>>;
let tenant: TestTenant;
let outcomes: Outcome[];
let elapsedMs: number;
let contactNo: string;
let editedNo: string;
let versionBefore: number;

async function timed(kind: Kind, request: () => Promise<ApiResponse>): Promise<Outcome> {
  const started = performance.now();
  try {
    const res = await request();
    return { kind, status: res.status, ms: performance.now() - started };
  } catch {
    return { kind, status: 'dropped', ms: performance.now() - started };
  }
}

const percentile = (values: number[], p: number) =>
  Math.round([...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]);
const of = (kind: Kind) => outcomes.filter((o) => o.kind === kind);

beforeAll(async () => {
  app = await startTestApp({ label: 'load' });
  tenant = await testTenant(app, { prefix: 'load' });
  const template = await tenant.make.template();
  contactNo = (await tenant.make.contact()).no;
  editedNo = (await tenant.make.contact()).no;
  const read = await tenant.api.get(`/contacts/${editedNo}`);
  versionBefore = read.body.version;
  const etag = read.headers.get('etag')!;
  const api = tenant.api;

  const requests: Array<() => Promise<Outcome>> = [
    ...Array.from(
      { length: CREATES },
      (_, i) => () =>
        timed('create', () =>
          api.post(
            '/interactions',
            { contactNo, templateCode: template.code, description: `Call ${i}` },
            { 'Idempotency-Key': randomUUID() },
          ),
        ),
    ),
    ...Array.from(
      { length: EDITS_WITH_IF_MATCH },
      (_, i) => () =>
        timed('edit with If-Match', () =>
          api.request('PATCH', `/contacts/${editedNo}`, { phone: `+1 ${i}` }, { 'If-Match': etag }),
        ),
    ),
    ...Array.from(
      { length: EDITS_WITHOUT },
      (_, i) => () => timed('edit', () => api.patch(`/contacts/${editedNo}`, { phone: `+2 ${i}` })),
    ),
    ...Array.from(
      { length: READS },
      (_, i) => () =>
        timed('read', () =>
          i % 2
            ? api.get(`/contacts/${editedNo}`)
            : api.get(`/interaction-log-entries?contactNo=${contactNo}&limit=10`),
        ),
    ),
  ];
  // Interleaved, so that every kind is in flight from the start.
  const shuffled = requests
    .map((request, i) => ({ request, order: (i * 7919) % requests.length }))
    .sort((a, b) => a.order - b.order);
  const started = performance.now();
  outcomes = await Promise.all(shuffled.map(({ request }) => request()));
  elapsedMs = performance.now() - started;

  const figures = (['create', 'edit with If-Match', 'edit', 'read'] as Kind[]).map((kind) => {
    const ms = of(kind).map((o) => o.ms);
    return `${kind}: ${ms.length}, p50 ${percentile(ms, 50)} ms, p95 ${percentile(ms, 95)} ms, max ${percentile(ms, 100)} ms`;
  });
  process.stdout.write(
    `[load] 200 requests in flight: all answered in ${Math.round(elapsedMs)} ms\n  ${figures.join('\n  ')}\n`,
  );
});
afterAll(() => app.stop());

describe('200 requests in flight on the embedded database', () => {
  test('When 200 requests come at once, then every one is answered within 30 s', () => {
    expect(outcomes).toHaveLength(CREATES + EDITS_WITH_IF_MATCH + EDITS_WITHOUT + READS);
    expect(elapsedMs).toBeLessThan(WITHIN_MS);
  });

  test('When 200 requests come at once, then none is answered with a 5xx and no connection is dropped', () => {
    expect(outcomes.filter((o) => o.status === 'dropped' || o.status >= 500)).toEqual([]);
  });

  test('When N interactions are created at once, then each is answered 201 and exactly N entries exist', async () => {
    expect(of('create').map((o) => o.status)).toEqual(Array(CREATES).fill(201));
    const page = await tenant.api.get(`/interaction-log-entries?contactNo=${contactNo}&limit=500`);
    expect(page.body.items).toHaveLength(CREATES);
    expect(new Set(page.body.items.map((e: { entryNo: number }) => e.entryNo)).size).toBe(CREATES);
  });

  test('When one record is edited by many at once, then every edit is applied or refused with 412 or 409, and the version counts exactly the applied ones', async () => {
    const edits = [...of('edit with If-Match'), ...of('edit')];
    expect(edits.filter((o) => ![200, 409, 412].includes(o.status as number))).toEqual([]);
    expect(of('edit with If-Match').filter((o) => o.status === 200).length).toBeLessThanOrEqual(1);
    expect(of('edit').filter((o) => o.status === 412)).toEqual([]);
    const applied = edits.filter((o) => o.status === 200).length;
    expect((await tenant.api.get(`/contacts/${editedNo}`)).body.version).toBe(versionBefore + applied);
  });

  test('When reads come during the writes, then each is answered 200', () => {
    expect(of('read').map((o) => o.status)).toEqual(Array(READS).fill(200));
  });
});
