import mongoose from 'mongoose';
import { connectDatabase, disconnectDatabase } from '../server/src/lib/db/connect';
import { startTokenIssuer, type TokenIssuer } from './support/token-issuer';
import { testDatabaseUri, uniqueDbName, type ApiClient } from './support/test-app';
import { clientsOf } from './support/test-tenant';
import { startServerProcess } from './support/server-process';

const TENANT = 'tenant-crash';
jest.setTimeout(180_000);
let issuer: TokenIssuer;
let dbName: string;

const entries = () => mongoose.connection.db!.collection('interaction_log_entries');

beforeAll(async () => {
  issuer = await startTokenIssuer();
  dbName = uniqueDbName('crash');
  await connectDatabase(testDatabaseUri(), dbName);
});
afterAll(async () => {
  await disconnectDatabase();
  await issuer.stop();
});

const clientFor = (baseUrl: string): Promise<ApiClient> => clientsOf(baseUrl, issuer).as({ tid: TENANT });

/** A segment of `size` person contacts, built through the API (bulk import + add-contacts). */
async function bigSegment(api: ApiClient, size: number, label: string): Promise<string> {
  const template = `T${label}`;
  expect(
    (
      await api.post('/interaction-templates', {
        code: template,
        description: 'Mailing',
        unitCost: 1,
        unitDurationMin: 2,
      })
    ).status,
  ).toBe(201);
  for (let start = 0; start < size; start += 1000) {
    const contacts = Array.from({ length: Math.min(1000, size - start) }, (_, i) => ({
      no: `${label}${String(start + i).padStart(6, '0')}`,
      name: `Person ${start + i}`,
      email: `p${start + i}@${label.toLowerCase()}.example`,
    }));
    expect((await api.post('/contacts/batch', { contacts })).body).toEqual({ created: contacts.length, existing: 0 });
  }
  const segmentNo = `S${label}`;
  expect(
    (
      await api.post('/segments', {
        no: segmentNo,
        description: `Big ${label}`,
        interaction: { templateCode: template },
      })
    ).status,
  ).toBe(201);
  const added = await api.post(`/segments/${segmentNo}/add-contacts`, {
    filter: { emailDomain: `${label.toLowerCase()}.example` },
  });
  expect(added.body).toEqual({ noOfLines: size, changed: size });
  return segmentNo;
}

/** Returns once the segment's logging has written its first entries. */
async function firstEntriesOf(segmentNo: string) {
  for (let waited = 0; (await entries().countDocuments({ tenantId: TENANT, segmentNo })) === 0; waited += 20) {
    if (waited > 60_000) throw new Error('logging never started');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function expectExactlyOneEntryPerLine(segmentNo: string, lines: number) {
  const logged = await entries()
    .find({ tenantId: TENANT, segmentNo }, { projection: { contactNo: 1, entryNo: 1 } })
    .toArray();
  expect(logged).toHaveLength(lines);
  expect(new Set(logged.map((e) => e.contactNo)).size).toBe(lines);
  expect(new Set(logged.map((e) => e.entryNo)).size).toBe(lines);
}

describe('POST /segments/:no/log across crashes and instances', () => {
  test('When the server dies part-way through logging, then logging again finishes with exactly one entry per line', async () => {
    const lines = 6000;
    const first = await startServerProcess({
      dbName,
      issuer,
      env: { SEGMENT_LOG_BATCH_SIZE: '200', SEGMENT_LOG_LEASE_MS: '2000' },
    });
    const api = await clientFor(first.baseUrl);
    const segmentNo = await bigSegment(api, lines, 'CRASH');

    const pending = api.post(`/segments/${segmentNo}/log`).catch(() => null);
    await firstEntriesOf(segmentNo);
    await first.crash();
    await pending;
    const writtenBeforeCrash = await entries().countDocuments({ tenantId: TENANT, segmentNo });
    expect(writtenBeforeCrash).toBeGreaterThan(0);
    expect(writtenBeforeCrash).toBeLessThan(lines);

    const second = await startServerProcess({
      dbName,
      issuer,
      env: { SEGMENT_LOG_BATCH_SIZE: '500', SEGMENT_LOG_LEASE_MS: '2000' },
    });
    try {
      const retryApi = await clientFor(second.baseUrl);
      let result = await retryApi.post(`/segments/${segmentNo}/log`);
      for (let tries = 0; result.status === 409 && tries < 40; tries++) {
        await new Promise((r) => setTimeout(r, 250));
        result = await retryApi.post(`/segments/${segmentNo}/log`);
      }
      expect(result.status).toBe(200);
      expect(result.body.noOfInteractions).toBe(lines);
      await expectExactlyOneEntryPerLine(segmentNo, lines);
      expect((await retryApi.get(`/segments/${segmentNo}`)).status).toBe(404);
      expect((await retryApi.get(`/logged-segments/${result.body.loggedSegmentEntryNo}`)).body).toMatchObject({
        segmentNo,
        noOfInteractions: lines,
      });
    } finally {
      await second.stop();
    }
  });

  test('When two instances log the same segment at once, then one succeeds, the other gets 409, and each line has one entry', async () => {
    const lines = 3000;
    const [a, b] = await Promise.all([startServerProcess({ dbName, issuer }), startServerProcess({ dbName, issuer })]);
    try {
      const apiA = await clientFor(a.baseUrl);
      const apiB = await clientFor(b.baseUrl);
      const segmentNo = await bigSegment(apiA, lines, 'TWIN');

      const results = await Promise.all([
        apiA.post(`/segments/${segmentNo}/log`),
        apiB.post(`/segments/${segmentNo}/log`),
      ]);

      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(results.find((r) => r.status === 409)!.headers.get('content-type')).toContain('application/problem+json');
      await expectExactlyOneEntryPerLine(segmentNo, lines);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  test('When interactions are recorded on another instance while a segment is logged, then every entry number is distinct', async () => {
    const lines = 3000;
    const [a, b] = await Promise.all([
      startServerProcess({ dbName, issuer, env: { SEGMENT_LOG_BATCH_SIZE: '200' } }),
      startServerProcess({ dbName, issuer }),
    ]);
    try {
      const apiA = await clientFor(a.baseUrl);
      const apiB = await clientFor(b.baseUrl);
      const segmentNo = await bigSegment(apiA, lines, 'BESIDE');
      const before = await entries().countDocuments({ tenantId: TENANT });

      const logging = apiA.post(`/segments/${segmentNo}/log`);
      await firstEntriesOf(segmentNo);
      const recorded: Array<{ status: number; body: { entryNo: number } }> = [];
      for (let round = 0; round < 8; round++)
        recorded.push(
          ...(await Promise.all(
            Array.from({ length: 8 }, (_, i) =>
              apiB.post('/interactions', {
                contactNo: `BESIDE${String(round * 8 + i).padStart(6, '0')}`,
                templateCode: 'TBESIDE',
              }),
            ),
          )),
        );
      const logged = await logging;

      expect(logged.status).toBe(200);
      expect(recorded.map((r) => r.status)).toEqual(Array(64).fill(201));
      await expectExactlyOneEntryPerLine(segmentNo, lines);
      const all = await entries()
        .find({ tenantId: TENANT }, { projection: { entryNo: 1 } })
        .toArray();
      expect(all).toHaveLength(before + lines + 64);
      expect(new Set(all.map((e) => e.entryNo)).size).toBe(all.length);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  test('When 50 interactions are created at once on two instances, then every entry number is distinct', async () => {
    const ownDb = uniqueDbName('conc');
    const [a, b] = await Promise.all([
      startServerProcess({ dbName: ownDb, issuer }),
      startServerProcess({ dbName: ownDb, issuer }),
    ]);
    try {
      const apiA = await clientFor(a.baseUrl);
      const apiB = await clientFor(b.baseUrl);
      await apiA.post('/interaction-templates', { code: 'CONC', description: 'Call' });
      await apiA.post('/contacts', { no: 'CONC1', name: 'Concurrent Person' });

      const created = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          (i % 2 ? apiA : apiB).post('/interactions', { contactNo: 'CONC1', templateCode: 'CONC' }),
        ),
      );

      expect(created.map((r) => r.status)).toEqual(Array(50).fill(201));
      expect(new Set(created.map((r) => r.body.entryNo)).size).toBe(50);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});
