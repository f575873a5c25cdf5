import { randomUUID } from 'node:crypto';
import { startTestApp, type ApiClient, type ApiResponse } from './support/test-app';
import { testTenant, uniqueCode } from './support/test-tenant';
import { factories } from './support/factories';
import { snapshotDatabase, tenantDocuments } from './helpers/db-state';
import { expectProblem } from './helpers/problem';
import { fillPath, oneOfEverything, type Keys } from './helpers/one-of-everything';

/**
 * Tenant A owns one of everything; every other tenant must neither read, change nor even
 * detect it: A's keys behave for them exactly like keys that never existed (404 in a path,
 * the same refusal as an unknown key in a body, empty lists).
 */

let app: Awaited<ReturnType<typeof startTestApp>>;
const TENANT_A = `tenant-a-${randomUUID()}`;
let a: ApiClient;
/** A's keys. */
let A: Keys;
let aDocumentsBefore: Record<string, unknown[]>;
/** A created a salesperson, a contact, an entry and a segment with this Idempotency-Key. */
const SHARED_IDEMPOTENCY_KEY = `shared-${randomUUID()}`;

const newTenant = async () => (await testTenant(app, { prefix: 'tenant-b' })).api;

beforeAll(async () => {
  app = await startTestApp({ label: 'tenant-isolation' });
  a = await app.as({ tid: TENANT_A });
  A = await oneOfEverything(a);
  const make = factories(a);
  const idem = { 'Idempotency-Key': SHARED_IDEMPOTENCY_KEY };
  await make.ok(a.post('/salespeople', { code: 'IDEMSP', name: 'A' }, idem));
  await make.ok(a.post('/contacts', { name: 'A by key' }, idem));
  await make.ok(a.post('/interactions', { contactNo: A.contact, templateCode: A.template }, idem));
  await make.ok(a.post('/segments', { description: 'A by key' }, idem));
  aDocumentsBefore = await tenantDocuments(TENANT_A);
});
afterAll(() => app.stop());

type Call = [method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: () => unknown];

const withA = (path: string) => fillPath(path, A);
const send = (api: ApiClient, [method, path, body]: Call): Promise<ApiResponse> =>
  api.request(method, withA(path), body ? body() : method === 'POST' ? {} : undefined);

/** Every endpoint that takes a key in its path, called with A's keys. */
const keyedCalls: Call[] = [
  ['GET', '/number-series/{series}'],
  ['GET', '/interaction-groups/{group}'],
  ['PATCH', '/interaction-groups/{group}', () => ({ description: 'Taken over' })],
  ['DELETE', '/interaction-groups/{group}'],
  ['GET', '/interaction-templates/{template}'],
  ['PATCH', '/interaction-templates/{template}', () => ({ description: 'Taken over', unitCost: 0 })],
  ['DELETE', '/interaction-templates/{template}'],
  ['GET', '/salespeople/{salesperson}'],
  ['PATCH', '/salespeople/{salesperson}', () => ({ name: 'Taken over' })],
  ['GET', '/contacts/{contact}'],
  ['GET', '/contacts/{contact|lower}'],
  ['PATCH', '/contacts/{contact}', () => ({ name: 'Taken over' })],
  ['GET', '/interaction-log-entries/{entryNo}'],
  ['GET', '/interaction-log-entries/{postponedEntryNo}'],
  ['PATCH', '/interaction-log-entries/{entryNo}', () => ({ canceled: true })],
  ['PATCH', '/interaction-log-entries/{canceledEntryNo}', () => ({ canceled: false })],
  ['DELETE', '/interaction-log-entries/{postponedEntryNo}'],
  ['DELETE', '/interaction-log-entries/{entryNo}'],
  ['POST', '/interaction-log-entries/{postponedEntryNo}/resume', () => ({ description: 'Resumed by someone else' })],
  ['POST', '/interaction-log-entries/{entryNo}/resume'],
  ['GET', '/segments/{segment}'],
  ['PATCH', '/segments/{segment}', () => ({ description: 'Taken over' })],
  ['DELETE', '/segments/{segment}'],
  ['GET', '/segments/{segment}/lines'],
  ['POST', '/segments/{segment}/lines', () => ({ contactNo: A.contact })],
  ['PATCH', '/segments/{segment}/lines/{lineNo}', () => ({ description: 'Taken over' })],
  ['DELETE', '/segments/{segment}/lines/{lineNo}'],
  ['POST', '/segments/{segment}/add-contacts', () => ({ filter: {} })],
  ['POST', '/segments/{segment}/reduce-contacts', () => ({ filter: {} })],
  ['POST', '/segments/{segment}/refine-contacts', () => ({ filter: { contactNos: [A.contact] } })],
  ['GET', '/segments/{segment}/criteria'],
  ['POST', '/segments/{segment}/undo'],
  ['POST', '/segments/{segment}/save-criteria', () => ({ code: `CR${uniqueCode()}` })],
  ['POST', '/segments/{segment}/reuse-criteria', () => ({ code: A.savedCriteria })],
  ['POST', '/segments/{segment}/reuse-logged-segment', () => ({ loggedSegmentEntryNo: A.loggedSegmentEntryNo })],
  ['POST', '/segments/{segment}/log', () => ({ createFollowUp: false })],
  ['GET', '/saved-segment-criteria/{savedCriteria}'],
  ['GET', '/logged-segments/{loggedSegmentEntryNo}'],
  ['PATCH', '/logged-segments/{loggedSegmentEntryNo}', () => ({ canceled: true })],
  ['POST', '/logged-segments/{loggedSegmentEntryNo}/follow-up-segment'],
  ['POST', '/logged-segments/{loggedSegmentEntryNo}/letters'],
  ['DELETE', '/interaction-templates/{template}/word-template'],
];

describe("Another tenant using A's keys in the path", () => {
  test.each(keyedCalls.map((call) => [`${call[0]} ${call[1]}`, call] as const))(
    "When tenant B calls %s with A's key, then 404 not-found and nothing is written",
    async (_name, call) => {
      const b = await newTenant();
      const before = await snapshotDatabase();

      const res = await send(b, call);

      expectProblem(res, 404, 'not-found');
      expect(await snapshotDatabase()).toEqual(before);
    },
  );

  test('When tenant A makes the same reads with its own keys, then they are found (the keys are real)', async () => {
    const reads = keyedCalls.filter(([method]) => method === 'GET');

    const statuses = await Promise.all(reads.map(async (call) => `${call[1]} ${(await send(a, call)).status}`));

    expect(statuses).toEqual(reads.map((call) => `${call[1]} 200`));
  });

  test("When tenant B PUTs a number series under A's code, then B gets a new series of its own (201) and A's is untouched", async () => {
    const b = await newTenant();
    const before = await a.get(`/number-series/${A.series}`);

    const res = await b.put(`/number-series/${A.series}`, { startingNo: 'B00001' });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ code: A.series, startingNo: 'B00001', lastNoUsed: '' });
    expect((await a.get(`/number-series/${A.series}`)).body).toEqual(before.body);
  });
});

describe("Another tenant's lists", () => {
  const lists = [
    '/number-series',
    '/interaction-groups',
    '/interaction-templates',
    '/interaction-templates?interactionGroupCode={group}',
    '/salespeople',
    '/contacts',
    '/contacts?email={contactEmail|upper}',
    '/contacts?search={contactName}',
    '/contacts?companyNo={company}',
    '/contacts?salespersonCode={salesperson}',
    '/interaction-log-entries',
    '/interaction-log-entries?postponed=true',
    '/interaction-log-entries?canceled=true',
    '/interaction-log-entries?contactNo={contact}',
    '/interaction-log-entries?loggedSegmentEntryNo={loggedSegmentEntryNo}',
    '/interaction-log-entries?segmentNo={loggedSegmentNo}',
    '/segments',
    '/saved-segment-criteria',
    '/logged-segments',
    '/logged-segments?segmentNo={loggedSegmentNo}',
  ];

  test.each(lists)('When tenant B lists %s, then the list is empty', async (path) => {
    const b = await newTenant();

    const res = await b.get(withA(path));

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [], nextCursor: null });
  });

  test("When tenant B reads its setups, then it gets the defaults, not A's", async () => {
    const b = await newTenant();

    const marketing = await b.get('/marketing-setup');
    const templates = await b.get('/interaction-template-setup');

    expect(marketing.body).toEqual({
      contactNos: '',
      segmentNos: '',
      defaultCorrespondenceType: '',
      defaultLanguageCode: '',
      version: 0,
    });
    const { version, ...automatic } = templates.body;
    expect(version).toBe(0);
    expect(new Set(Object.values(automatic))).toEqual(new Set(['']));
  });
});

describe("Another tenant naming A's records in a body", () => {
  /** The refusal for A's key must look exactly like the refusal for a key nobody has. */
  const comparable = (res: ApiResponse) => ({
    status: res.status,
    type: res.body?.type,
    paths: (res.body?.errors ?? []).map((e: { path: string }) => e.path),
  });

  async function expectSameAsUnknown(
    b: ApiClient,
    method: 'POST' | 'PUT' | 'PATCH',
    path: string,
    withA: unknown,
    withUnknown: unknown,
  ) {
    const before = await snapshotDatabase();
    const resA = await b.request(method, path, withA);
    const resUnknown = await b.request(method, path, withUnknown);

    expect(resA.status).toBeGreaterThanOrEqual(400);
    expect(comparable(resA)).toEqual(comparable(resUnknown));
    expect(await snapshotDatabase()).toEqual(before);
    return resA;
  }

  test("When tenant B records an interaction for A's contact, then 422 exactly as for a contact that does not exist", async () => {
    const b = await newTenant();
    const template = await factories(b).template();

    const res = await expectSameAsUnknown(
      b,
      'POST',
      '/interactions',
      { contactNo: A.contact, templateCode: template.code },
      { contactNo: `NX${uniqueCode()}`, templateCode: template.code },
    );

    expectProblem(res, 422, 'business-rule');
    expect(res.body.errors).toEqual([expect.objectContaining({ path: '/body/contactNo' })]);
  });

  test("When tenant B records an interaction with A's template and salesperson, then 422 exactly as for unknown ones", async () => {
    const b = await newTenant();
    const contact = await factories(b).contact();

    const res = await expectSameAsUnknown(
      b,
      'POST',
      '/interactions',
      { contactNo: contact.no, templateCode: A.template, salespersonCode: A.salesperson },
      { contactNo: contact.no, templateCode: `NX${uniqueCode()}`, salespersonCode: `NX${uniqueCode()}` },
    );

    expectProblem(res, 422, 'business-rule');
  });

  test("When tenant B adds A's contact as a segment line, then 422 exactly as for an unknown contact", async () => {
    const b = await newTenant();
    const segment = await factories(b).segment();

    const res = await expectSameAsUnknown(
      b,
      'POST',
      `/segments/${segment.no}/lines`,
      { contactNo: A.contact },
      { contactNo: `NX${uniqueCode()}` },
    );

    expectProblem(res, 422);
  });

  test("When tenant B reuses A's saved criteria or logged segment, then 422 exactly as for unknown ones", async () => {
    const b = await newTenant();
    const segment = await factories(b).segment();

    const criteria = await expectSameAsUnknown(
      b,
      'POST',
      `/segments/${segment.no}/reuse-criteria`,
      { code: A.savedCriteria },
      { code: `NX${uniqueCode()}` },
    );
    const logged = await expectSameAsUnknown(
      b,
      'POST',
      `/segments/${segment.no}/reuse-logged-segment`,
      { loggedSegmentEntryNo: A.loggedSegmentEntryNo },
      { loggedSegmentEntryNo: 999_999 },
    );

    expectProblem(criteria, 422);
    expectProblem(logged, 422);
  });

  test("When tenant B adds A's contacts to a segment by number, then nothing is added", async () => {
    const b = await newTenant();
    const segment = await factories(b).segment();

    const res = await b.post(`/segments/${segment.no}/add-contacts`, {
      filter: { contactNos: [A.contact, A.company] },
    });

    expect(res.body).toEqual({ noOfLines: 0, changed: 0 });
    expect((await b.get(`/segments/${segment.no}/lines`)).body.items).toEqual([]);
  });

  test("When tenant B names A's company, salesperson or number series on its own records, then 422 exactly as for unknown ones", async () => {
    const b = await newTenant();

    await expectSameAsUnknown(
      b,
      'POST',
      '/contacts',
      { no: `C${uniqueCode()}`, name: 'B person', companyNo: A.company },
      { no: `C${uniqueCode()}`, name: 'B person', companyNo: `NX${uniqueCode()}` },
    );
    await expectSameAsUnknown(
      b,
      'POST',
      '/contacts',
      { no: `C${uniqueCode()}`, name: 'B person', salespersonCode: A.salesperson },
      { no: `C${uniqueCode()}`, name: 'B person', salespersonCode: `NX${uniqueCode()}` },
    );
    await expectSameAsUnknown(
      b,
      'POST',
      '/interaction-templates',
      { code: `T${uniqueCode()}`, interactionGroupCode: A.group },
      { code: `T${uniqueCode()}`, interactionGroupCode: `NX${uniqueCode()}` },
    );
    await expectSameAsUnknown(
      b,
      'POST',
      '/segments',
      { no: `S${uniqueCode()}`, interaction: { templateCode: A.template } },
      { no: `S${uniqueCode()}`, interaction: { templateCode: `NX${uniqueCode()}` } },
    );
    const res = await expectSameAsUnknown(
      b,
      'PUT',
      '/marketing-setup',
      { contactNos: A.series },
      { contactNos: `NX${uniqueCode()}` },
    );

    expectProblem(res, 422);
  });

  test("When tenant B deletes its canceled entries, then A's canceled entry is kept", async () => {
    const b = await newTenant();

    const res = await b.post('/interaction-log-entries/delete-canceled', { contactNo: A.contact });
    const all = await b.post('/interaction-log-entries/delete-canceled', {});

    expect(res.body).toEqual({ deleted: 0 });
    expect(all.body).toEqual({ deleted: 0 });
    expect((await a.get(`/interaction-log-entries/${A.canceledEntryNo}`)).body).toMatchObject({ canceled: true });
  });
});

describe("Another tenant reusing A's Idempotency-Key", () => {
  test("When tenant B sends the same key, then it gets records of its own and never a replay of A's", async () => {
    const b = await newTenant();
    const make = factories(b);
    const contact = await make.contact();
    const template = await make.template();
    const idem = { 'Idempotency-Key': SHARED_IDEMPOTENCY_KEY };

    const results = [
      await b.post('/salespeople', { code: 'IDEMSP', name: 'A' }, idem),
      await b.post('/contacts', { no: 'BYKEY', name: 'B by key' }, idem),
      await b.post('/interactions', { contactNo: contact.no, templateCode: template.code }, idem),
      await b.post('/segments', { no: 'BYKEY', description: 'B by key' }, idem),
    ];

    expect(results.map((r) => [r.status, r.headers.get('idempotent-replayed')])).toEqual(Array(4).fill([201, null]));
    expect(results.map((r) => r.body.code ?? r.body.no ?? r.body.contactNo)).toEqual([
      'IDEMSP',
      'BYKEY',
      contact.no,
      'BYKEY',
    ]);
  });
});

describe("Tenant A's records after everything the other tenants tried", () => {
  test("When A's documents are compared with before, then they are unchanged", async () => {
    expect(await tenantDocuments(TENANT_A)).toEqual(aDocumentsBefore);
  });

  test('When A reads its records, then they are all still there', async () => {
    const reads = await Promise.all([
      a.get(`/number-series/${A.series}`),
      a.get(`/interaction-groups/${A.group}`),
      a.get(`/interaction-templates/${A.template}`),
      a.get(`/salespeople/${A.salesperson}`),
      a.get(`/contacts/${A.contact}`),
      a.get(`/interaction-log-entries/${A.entryNo}`),
      a.get(`/interaction-log-entries/${A.postponedEntryNo}`),
      a.get(`/segments/${A.segment}`),
      a.get(`/saved-segment-criteria/${A.savedCriteria}`),
      a.get(`/logged-segments/${A.loggedSegmentEntryNo}`),
    ]);

    expect(reads.map((r) => r.status)).toEqual(Array(reads.length).fill(200));
    expect(reads[7].body).toMatchObject({ noOfLines: 2, description: 'Segment' });
    expect(reads[9].body).toMatchObject({ canceled: false, noOfInteractions: 1 });
  });
});
