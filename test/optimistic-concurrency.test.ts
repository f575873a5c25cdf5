// ETag on reads, If-Match on the PATCH and PUT of every record people edit (issue 18, item 3).
import { get } from 'node:http';
import { startTestApp, type ApiClient } from './support/test-app';
import { testTenant, type TestTenant } from './support/test-tenant';

let app: Awaited<ReturnType<typeof startTestApp>>;
let tenant: TestTenant;

beforeAll(async () => {
  app = await startTestApp({ label: 'etag' });
  tenant = await testTenant(app);
});
afterAll(() => app.stop());

/** An edited record: where it is read and written, how, and a change (`edit(n)` differs for every n). */
interface EditedRecord {
  name: string;
  arrange: (t: TestTenant) => Promise<string>;
  method: 'PATCH' | 'PUT';
  edit: (n: number) => Record<string, unknown>;
  /** The edited value as read back. */
  value: (body: any) => unknown;
}

const description = (n: number) => ({ description: `Edit ${n}` });
const records: EditedRecord[] = [
  {
    name: 'contact',
    arrange: async (t) => `/contacts/${(await t.make.contact()).no}`,
    method: 'PATCH',
    edit: (n) => ({ name: `Name ${n}` }),
    value: (b) => b.name,
  },
  {
    name: 'salesperson',
    arrange: async (t) => `/salespeople/${(await t.make.salesperson()).code}`,
    method: 'PATCH',
    edit: (n) => ({ name: `Name ${n}` }),
    value: (b) => b.name,
  },
  {
    name: 'interaction group',
    arrange: async (t) => `/interaction-groups/${(await t.make.group()).code}`,
    method: 'PATCH',
    edit: description,
    value: (b) => b.description,
  },
  {
    name: 'interaction template',
    arrange: async (t) => `/interaction-templates/${(await t.make.template()).code}`,
    method: 'PATCH',
    edit: description,
    value: (b) => b.description,
  },
  {
    name: 'segment header',
    arrange: async (t) => `/segments/${(await t.make.segment()).no}`,
    method: 'PATCH',
    edit: description,
    value: (b) => b.description,
  },
  {
    name: 'segment line',
    arrange: async (t) => {
      const segment = await t.make.segment();
      const contact = await t.make.contact();
      const line = await t.make.ok(t.api.post(`/segments/${segment.no}/lines`, { contactNo: contact.no }));
      return `/segments/${segment.no}/lines/${line.lineNo}`;
    },
    method: 'PATCH',
    edit: (n) => ({ subject: `Subject ${n}` }),
    value: (b) => b.subject,
  },
  {
    name: 'number series',
    arrange: async (t) => `/number-series/${(await t.make.numberSeries()).code}`,
    method: 'PUT',
    edit: description,
    value: (b) => b.description,
  },
  {
    name: 'marketing setup',
    arrange: async () => '/marketing-setup',
    method: 'PUT',
    edit: (n) => ({ defaultLanguageCode: `L${n}` }),
    value: (b) => b.defaultLanguageCode,
  },
  {
    name: 'interaction template setup',
    arrange: async (t) => {
      for (const n of [1, 2, 3, 4]) await t.make.template({ code: `ETAGT${n}` });
      return '/interaction-template-setup';
    },
    method: 'PUT',
    edit: (n) => ({ emails: `ETAGT${(n % 4) + 1}` }),
    value: (b) => b.emails,
  },
];

/** The GET that a line is read through: its page of lines (a line has no GET of its own). */
async function read(api: ApiClient, path: string) {
  const line = /^(\/segments\/[^/]+\/lines)\/(\d+)$/.exec(path);
  if (!line) {
    const res = await api.get(path);
    return { body: res.body, etag: res.headers.get('etag') };
  }
  const page = await api.get(`${line[1]}?limit=500`);
  const body = page.body.items.find((l: { lineNo: number }) => l.lineNo === Number(line[2]));
  return { body, etag: `"${body.version}"` };
}

const write = (api: ApiClient, r: EditedRecord, path: string, n: number, ifMatch?: string) =>
  api.request(r.method, path, r.edit(n), ifMatch === undefined ? {} : { 'If-Match': ifMatch });

describe.each(records)('If-Match on the $name', (r) => {
  let t: TestTenant;
  let path: string;
  beforeEach(async () => {
    t = await testTenant(app, { prefix: 'etag' });
    path = await r.arrange(t);
  });

  test('When it is read, then the answer carries its version as a strong ETag', async () => {
    const { body, etag } = await read(t.api, path);
    expect(etag).toBe(`"${body.version}"`);
    expect(Number.isInteger(body.version)).toBe(true);
  });

  test('When it is written with the ETag read, then the change is applied and the ETag moves on', async () => {
    const before = await read(t.api, path);
    const res = await write(t.api, r, path, 1, before.etag!);
    expect(res.status).toBe(200);
    expect(r.value(res.body)).toEqual(r.value({ ...before.body, ...r.edit(1) }));
    expect(res.headers.get('etag')).toBe(`"${before.body.version + 1}"`);
  });

  test('When someone else changed it since it was read, then the write is refused with 412 and nothing changes', async () => {
    const stale = await read(t.api, path);
    expect((await write(t.api, r, path, 2)).status).toBe(200);
    const refused = await write(t.api, r, path, 3, stale.etag!);
    expect(refused.status).toBe(412);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ type: expect.stringMatching(/precondition-failed$/), status: 412 });
    expect(refused.body.detail).toMatch(/changed by someone else/);
    expect(r.value((await read(t.api, path)).body)).toEqual(r.value({ ...stale.body, ...r.edit(2) }));
  });

  test('When it is written without If-Match, then the last writer wins', async () => {
    const before = await read(t.api, path);
    expect((await write(t.api, r, path, 4)).status).toBe(200);
    expect((await write(t.api, r, path, 5)).status).toBe(200);
    const after = await read(t.api, path);
    expect(r.value(after.body)).toEqual(r.value({ ...before.body, ...r.edit(5) }));
    expect(after.body.version).toBe(before.body.version + 2);
  });

  test('When If-Match is not an ETag of this API, then the write is refused with 400 and nothing changes', async () => {
    const before = await read(t.api, path);
    for (const bad of ['W/"0"', '"1", "2"', 'version-1', '']) {
      const res = await write(t.api, r, path, 6, bad);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ path: '/headers/if-match' })]);
    }
    expect((await read(t.api, path)).body).toEqual(before.body);
  });

  test('When ten people write with the same ETag at once, then exactly one change is applied and the others get 412', async () => {
    const { etag } = await read(t.api, path);
    const answers = await Promise.all(Array.from({ length: 10 }, (_, n) => write(t.api, r, path, 10 + n, etag!)));
    const applied = answers.filter((a) => a.status === 200);
    expect(applied).toHaveLength(1);
    expect(answers.filter((a) => a.status === 412)).toHaveLength(9);
    expect(r.value((await read(t.api, path)).body)).toEqual(r.value(applied[0].body));
  });
});

describe('Versions in lists', () => {
  test('When a list is read, then each item carries the version its ETag would have', async () => {
    const contact = await tenant.make.contact();
    await tenant.api.patch(`/contacts/${contact.no}`, { phone: '+420 123' });
    const page = await tenant.api.get(`/contacts?search=${encodeURIComponent(contact.name)}`);
    const item = page.body.items.find((c: { no: string }) => c.no === contact.no);
    const one = await tenant.api.get(`/contacts/${contact.no}`);
    expect(item.version).toBe(1);
    expect(one.headers.get('etag')).toBe('"1"');
  });

  test('When a number is taken from a series, then its version moves on (a PUT read before is refused)', async () => {
    const series = await tenant.make.numberSeries();
    const read = await tenant.api.get(`/number-series/${series.code}`);
    await tenant.make.ok(tenant.api.put('/marketing-setup', { contactNos: series.code }));
    await tenant.make.ok(tenant.api.post('/contacts', { name: 'Numbered' }));
    await tenant.make.ok(tenant.api.put('/marketing-setup', { contactNos: '' }));
    const put = await tenant.api.request(
      'PUT',
      `/number-series/${series.code}`,
      { lastNoUsed: '' },
      { 'If-Match': read.headers.get('etag')! },
    );
    expect(put.status).toBe(412);
    expect((await tenant.api.get(`/number-series/${series.code}`)).body.lastNoUsed).toBe('X00001');
  });
});

/** A GET carrying only If-None-Match, the request a browser's HTTP cache sends for a response it stored. */
function revalidate(path: string, etag: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const url = new URL(tenant.api.baseUrl + path);
    const headers = { authorization: `Bearer ${tenant.api.token}`, 'if-none-match': etag };
    get(url, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    }).on('error', fail);
  });
}

describe('Reads that name an ETag', () => {
  test('When a segment gains lines under the same version, then a read naming the ETag read before gets the new line count, not 304', async () => {
    const segment = await tenant.make.segment();
    const before = await tenant.api.get(`/segments/${segment.no}`);
    const contact = await tenant.make.contact();
    await tenant.make.ok(tenant.api.post(`/segments/${segment.no}/lines`, { contactNo: contact.no }));
    // As a browser's cache revalidates what it stored (fetch() would add Cache-Control: no-cache).
    const after = await revalidate(`/segments/${segment.no}`, before.headers.get('etag')!);
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body)).toMatchObject({ noOfLines: 1, version: before.body.version });
  });
});

describe('OpenAPI', () => {
  test('Every PATCH and PUT of an edited record documents If-Match and 412, and every route 503', async () => {
    const doc = (await tenant.api.get('/openapi.json')).body;
    const edits = [
      ['patch', '/contacts/{no}'],
      ['patch', '/salespeople/{code}'],
      ['patch', '/interaction-groups/{code}'],
      ['patch', '/interaction-templates/{code}'],
      ['patch', '/segments/{no}'],
      ['patch', '/segments/{no}/lines/{lineNo}'],
      ['put', '/number-series/{code}'],
      ['put', '/marketing-setup'],
      ['put', '/interaction-template-setup'],
    ];
    for (const [method, path] of edits) {
      const op = doc.paths[`/api/v1${path}`][method];
      expect(op.parameters).toContainEqual(expect.objectContaining({ name: 'If-Match', in: 'header' }));
      expect(op.responses['412']).toBeDefined();
      expect(op.responses['200'].headers.ETag).toBeDefined();
    }
    for (const ops of Object.values<Record<string, { responses: object }>>(doc.paths))
      for (const op of Object.values(ops)) expect(op.responses).toHaveProperty('503');
  });
});
