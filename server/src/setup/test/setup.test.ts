import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { startTestApp, type ApiClient, type ApiResponse } from '../../../../test/support/test-app';
import type { factories } from '../../../../test/support/factories';
import { testTenant, uniqueCode } from '../../../../test/support/test-tenant';
import { expectProblem } from '../../../../test/helpers/problem';
import { endsInDigits, nextNumber } from '../domain/next-number';

let app: Awaited<ReturnType<typeof startTestApp>>;
let api: ApiClient;
let make: ReturnType<typeof factories>;

beforeAll(async () => {
  app = await startTestApp({ label: 'setup' });
  ({ api, make } = await testTenant(app, { tid: 'tenant-setup' }));
});
afterAll(() => app.stop());

/** Every page of a list, following nextCursor. */
async function allPages(client: ApiClient, path: string, limit: number) {
  const pages: any[][] = [];
  let cursor: string | null = null;
  do {
    const res: ApiResponse = await client.get(
      `${path}?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeLessThanOrEqual(limit);
    pages.push(res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor && pages.length < 100);
  return pages;
}

describe('GET /marketing-setup', () => {
  test('When a tenant has set nothing up, then every field is empty', async () => {
    const tenant = await testTenant(app);

    const res = await tenant.api.get('/marketing-setup');

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      contactNos: '',
      segmentNos: '',
      defaultCorrespondenceType: '',
      defaultLanguageCode: '',
      version: 0,
    });
  });
});

describe('PUT /marketing-setup', () => {
  test('When existing number series are named, then they are stored upper-cased with the defaults', async () => {
    const tenant = await testTenant(app);
    const contactSeries = await tenant.make.numberSeries({ startingNo: 'CT0001' });
    const segmentSeries = await tenant.make.numberSeries({ startingNo: 'SEG0001' });

    const res = await tenant.api.put('/marketing-setup', {
      contactNos: contactSeries.code.toLowerCase(),
      segmentNos: segmentSeries.code,
      defaultCorrespondenceType: 'email',
      defaultLanguageCode: 'enu',
    });

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      contactNos: contactSeries.code,
      segmentNos: segmentSeries.code,
      defaultCorrespondenceType: 'email',
      defaultLanguageCode: 'ENU',
      version: 1,
    });
    expect((await tenant.api.get('/marketing-setup')).body).toEqual(res.body);
  });

  test('When only some fields are sent, then the others keep their values', async () => {
    const tenant = await testTenant(app);
    const series = await tenant.make.numberSeries();
    await tenant.make.ok(tenant.api.put('/marketing-setup', { contactNos: series.code, defaultLanguageCode: 'DEU' }));

    const res = await tenant.api.put('/marketing-setup', { defaultCorrespondenceType: 'hardCopy' });

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      contactNos: series.code,
      segmentNos: '',
      defaultCorrespondenceType: 'hardCopy',
      defaultLanguageCode: 'DEU',
      version: 2,
    });
  });

  test('When a number series is set to "", then it is turned off', async () => {
    const tenant = await testTenant(app);
    const series = await tenant.make.numberSeries();
    await tenant.make.ok(tenant.api.put('/marketing-setup', { contactNos: series.code }));

    const res = await tenant.api.put('/marketing-setup', { contactNos: '' });

    expect(res.status).toBe(200);
    expect(res.body.contactNos).toBe('');
  });

  test.each(['contactNos', 'segmentNos'])(
    'When %s names an unknown number series, then 422 names the field and nothing changes',
    async (field) => {
      const tenant = await testTenant(app);
      const series = await tenant.make.numberSeries();
      await tenant.make.ok(tenant.api.put('/marketing-setup', { contactNos: series.code, segmentNos: series.code }));

      const res = await tenant.api.put('/marketing-setup', { defaultLanguageCode: 'FRA', [field]: 'NOSUCHSERIES' });

      expectProblem(res, 422, 'business-rule');
      expect(res.body.errors).toEqual([{ path: `/body/${field}`, message: expect.any(String) }]);
      expect((await tenant.api.get('/marketing-setup')).body).toEqual({
        contactNos: series.code,
        segmentNos: series.code,
        defaultCorrespondenceType: '',
        defaultLanguageCode: '',
        version: 1,
      });
    },
  );

  test('When a number series exists only in another tenant, then it cannot be named (422)', async () => {
    const mine = await testTenant(app);
    const theirs = await testTenant(app);
    const theirSeries = await theirs.make.numberSeries();

    const res = await mine.api.put('/marketing-setup', { contactNos: theirSeries.code });

    expectProblem(res, 422, 'business-rule');
  });

  test("When another tenant changes its setup, then this tenant's setup stays as it was", async () => {
    const mine = await testTenant(app);
    const theirs = await testTenant(app);
    await mine.make.ok(mine.api.put('/marketing-setup', { defaultLanguageCode: 'ENU' }));

    await theirs.make.ok(theirs.api.put('/marketing-setup', { defaultLanguageCode: 'CSY' }));

    expect((await mine.api.get('/marketing-setup')).body.defaultLanguageCode).toBe('ENU');
  });

  test.each([
    ['an unknown field', { contactsNo: 'X' }, '/body/contactsNo'],
    ['an unknown correspondence type', { defaultCorrespondenceType: 'pigeon' }, '/body/defaultCorrespondenceType'],
    ['a language code that is too long', { defaultLanguageCode: 'X'.repeat(11) }, '/body/defaultLanguageCode'],
  ])('When the body has %s, then 400 names the field', async (_case, body, path) => {
    const tenant = await testTenant(app);

    const res = await tenant.api.put('/marketing-setup', body);

    expectProblem(res, 400, 'validation');
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  });
});

describe('POST /number-series', () => {
  test('When a series is created, then its code is upper-cased and it has not used a number yet', async () => {
    const code = uniqueCode('ns');

    const res = await api.post('/number-series', {
      code: code.toLowerCase(),
      description: 'Contacts',
      startingNo: 'CT00001',
    });

    expect(res.status).toBe(201);
    expect(res.body).toEqual({ code, description: 'Contacts', startingNo: 'CT00001', lastNoUsed: '', version: 0 });
    expect((await api.get(`/number-series/${code}`)).body).toEqual(res.body);
  });

  test('When lastNoUsed is given, then it is stored', async () => {
    const res = await api.post('/number-series', {
      code: uniqueCode('NS'),
      startingNo: 'SEG00001',
      lastNoUsed: 'SEG00009',
    });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ description: '', startingNo: 'SEG00001', lastNoUsed: 'SEG00009' });
  });

  test('When the code exists already in another case, then 409 and the first series is kept', async () => {
    const series = await make.numberSeries({ description: 'First' });

    const res = await api.post('/number-series', {
      code: series.code.toLowerCase(),
      description: 'Second',
      startingNo: 'Y001',
    });

    expectProblem(res, 409, 'already-exists');
    expect((await api.get(`/number-series/${series.code}`)).body.description).toBe('First');
  });

  test('When two tenants use the same code, then each has its own series', async () => {
    const mine = await testTenant(app);
    const theirs = await testTenant(app);
    const code = uniqueCode('NS');

    const first = await mine.api.post('/number-series', { code, startingNo: 'A001' });
    const second = await theirs.api.post('/number-series', { code, startingNo: 'B001' });

    expect([first.status, second.status]).toEqual([201, 201]);
    expect((await mine.api.get(`/number-series/${code}`)).body.startingNo).toBe('A001');
    expect((await theirs.api.get(`/number-series/${code}`)).body.startingNo).toBe('B001');
  });

  test.each([
    ['startingNo', { startingNo: 'CONTACT' }],
    ['lastNoUsed', { startingNo: 'C001', lastNoUsed: 'C001X' }],
  ])('When %s does not end in digits, then 400 names it and nothing is created', async (field, values) => {
    const code = uniqueCode('NS');

    const res = await api.post('/number-series', { code, ...values });

    expectProblem(res, 400, 'validation');
    expect(res.body.errors).toEqual([{ path: `/body/${field}`, message: 'must end in digits' }]);
    expect((await api.get(`/number-series/${code}`)).status).toBe(404);
  });

  test.each([
    ['no startingNo', { code: 'NSNOSTART' }, '/body'],
    ['a code longer than 20 characters', { code: 'N'.repeat(21), startingNo: 'N1' }, '/body/code'],
    ['an empty code', { code: '', startingNo: 'N1' }, '/body/code'],
    ['an unknown field', { code: 'NSEXTRA', startingNo: 'N1', nextNo: 'N2' }, '/body/nextNo'],
  ])('When the body has %s, then 400 names the problem', async (_case, body, path) => {
    const res = await api.post('/number-series', body);

    expectProblem(res, 400, 'validation');
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  });

  test('When the same Idempotency-Key and body are sent twice, then the retry replays the first result', async () => {
    const body = { code: uniqueCode('NS'), startingNo: 'K001' };
    const key = `ns-${randomUUID()}`;

    const first = await api.post('/number-series', body, { 'Idempotency-Key': key });
    const retry = await api.post('/number-series', body, { 'Idempotency-Key': key });

    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
  });
});

describe('GET /number-series/:code', () => {
  test('When the code is given in lower case, then the series is found', async () => {
    const series = await make.numberSeries();

    const res = await api.get(`/number-series/${series.code.toLowerCase()}`);

    expect(res.status).toBe(200);
    expect(res.body).toEqual(series);
  });

  test('When the series does not exist, then 404', async () => {
    const res = await api.get(`/number-series/${uniqueCode('NONE')}`);

    expectProblem(res, 404, 'not-found');
  });

  test('When the series belongs to another tenant, then 404', async () => {
    const theirs = await testTenant(app);
    const series = await theirs.make.numberSeries();

    const res = await api.get(`/number-series/${series.code}`);

    expectProblem(res, 404, 'not-found');
  });
});

describe('PUT /number-series/:code', () => {
  test('When the code is new, then the series is created (201) under the upper-cased code', async () => {
    const code = uniqueCode('ns');

    const res = await api.put(`/number-series/${code.toLowerCase()}`, {
      description: 'Segments',
      startingNo: 'SEG00001',
    });

    expect(res.status).toBe(201);
    expect(res.body).toEqual({ code, description: 'Segments', startingNo: 'SEG00001', lastNoUsed: '', version: 1 });
    expect((await api.get(`/number-series/${code}`)).body).toEqual(res.body);
  });

  test('When the series exists, then the given fields are replaced (200) and the others kept', async () => {
    const series = await make.numberSeries({ description: 'Old', startingNo: 'A0001' });

    const res = await api.put(`/number-series/${series.code}`, { description: 'New', lastNoUsed: 'A0042' });

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      code: series.code,
      description: 'New',
      startingNo: 'A0001',
      lastNoUsed: 'A0042',
      version: 1,
    });
    expect((await api.get(`/number-series/${series.code}`)).body).toEqual(res.body);
  });

  test('When lastNoUsed does not end in digits, then 400 and the series is unchanged', async () => {
    const series = await make.numberSeries({ startingNo: 'A0001' });

    const res = await api.put(`/number-series/${series.code}`, { lastNoUsed: 'A00X' });

    expectProblem(res, 400, 'validation');
    expect(res.body.errors).toEqual([{ path: '/body/lastNoUsed', message: 'must end in digits' }]);
    expect((await api.get(`/number-series/${series.code}`)).body).toEqual(series);
  });

  test('When a new series would not end in digits, then 400 and nothing is created', async () => {
    const code = uniqueCode('NS');

    const res = await api.put(`/number-series/${code}`, { startingNo: 'ABC' });

    expectProblem(res, 400, 'validation');
    expect((await api.get(`/number-series/${code}`)).status).toBe(404);
  });

  test.each([
    ['the code is longer than 20 characters', `/number-series/${'N'.repeat(21)}`, { description: 'x' }],
    ['the body has an unknown field', '/number-series/NSPUT', { code: 'OTHER' }],
  ])('When %s, then 400', async (_case, path, body) => {
    const res = await api.put(path, body);

    expectProblem(res, 400, 'validation');
  });
});

describe('GET /number-series', () => {
  test('When paging with limit and cursor, then every series comes once, in code order, and the last page has no cursor', async () => {
    const tenant = await testTenant(app);
    const codes = ['NSE', 'NSA', 'NSD', 'NSB', 'NSC'];
    for (const code of codes) await tenant.make.numberSeries({ code });

    const pages = await allPages(tenant.api, '/number-series', 2);

    expect(pages.map((page) => page.map((s) => s.code))).toEqual([['NSA', 'NSB'], ['NSC', 'NSD'], ['NSE']]);
  });

  test('When a series is added between pages, then the next page repeats nothing', async () => {
    const tenant = await testTenant(app);
    for (const code of ['NSB', 'NSD', 'NSF']) await tenant.make.numberSeries({ code });
    const first = await tenant.api.get('/number-series?limit=2');

    await tenant.make.numberSeries({ code: 'NSA' });
    await tenant.make.numberSeries({ code: 'NSE' });
    const second = await tenant.api.get(`/number-series?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`);

    expect(first.body.items.map((s: any) => s.code)).toEqual(['NSB', 'NSD']);
    expect(second.body.items.map((s: any) => s.code)).toEqual(['NSE', 'NSF']);
    expect(second.body.nextCursor).toBeNull();
  });

  test('When no limit is given, then a page holds up to 50 and a tenant with none gets an empty list', async () => {
    const tenant = await testTenant(app);

    const res = await tenant.api.get('/number-series');

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [], nextCursor: null });
  });

  test.each([
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['limit=abc', 'limit'],
    ['cursor=not-a-cursor', 'cursor'],
    ['code=NSA', 'code'],
  ])('When the query has %s, then 400 names the parameter', async (query, name) => {
    const res = await api.get(`/number-series?${query}`);

    expectProblem(res, 400, 'validation');
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: `/query/${name}` })]));
  });
});

describe('Number series next number (used by POST /contacts)', () => {
  async function contactSeriesTenant(series: Record<string, unknown>) {
    const tenant = await testTenant(app);
    const created = await tenant.make.numberSeries(series);
    await tenant.make.ok(tenant.api.put('/marketing-setup', { contactNos: created.code }));
    return { ...tenant, series: created };
  }

  test('When no number was used yet, then the first number is the starting number and becomes lastNoUsed', async () => {
    const { api: tenantApi, series } = await contactSeriesTenant({ startingNo: 'CT0001' });

    const first = await tenantApi.post('/contacts', { name: 'First' });
    const second = await tenantApi.post('/contacts', { name: 'Second' });

    expect(first.body.no).toBe('CT0001');
    expect(second.body.no).toBe('CT0002');
    expect((await tenantApi.get(`/number-series/${series.code}`)).body.lastNoUsed).toBe('CT0002');
  });

  test('When lastNoUsed is SEG00009, then the next number is SEG00010 (width kept)', async () => {
    const { api: tenantApi, series } = await contactSeriesTenant({ startingNo: 'SEG00001', lastNoUsed: 'SEG00009' });

    const res = await tenantApi.post('/contacts', { name: 'Tenth' });

    expect(res.body.no).toBe('SEG00010');
    expect((await tenantApi.get(`/number-series/${series.code}`)).body.lastNoUsed).toBe('SEG00010');
  });

  test('When lastNoUsed is changed by PUT, then counting goes on from it', async () => {
    const { api: tenantApi, series } = await contactSeriesTenant({ startingNo: 'K001' });
    await tenantApi.put(`/number-series/${series.code}`, { lastNoUsed: 'K500' });

    const res = await tenantApi.post('/contacts', { name: 'After jump' });

    expect(res.body.no).toBe('K501');
  });

  test('When several contacts are numbered at once, then each gets its own number and none is skipped', async () => {
    const { api: tenantApi, series } = await contactSeriesTenant({ startingNo: 'CT0001' });

    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => tenantApi.post('/contacts', { name: `Parallel ${i}` })),
    );

    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(responses.map((r) => r.body.no).sort()).toEqual([
      'CT0001',
      'CT0002',
      'CT0003',
      'CT0004',
      'CT0005',
      'CT0006',
      'CT0007',
      'CT0008',
    ]);
    expect((await tenantApi.get(`/number-series/${series.code}`)).body.lastNoUsed).toBe('CT0008');
  });

  test('When the series has no starting number and no number used, then 422 and nothing is created', async () => {
    const tenant = await testTenant(app);
    const code = uniqueCode('NS');
    await tenant.make.ok(tenant.api.put(`/number-series/${code}`, { description: 'Empty' }));
    await tenant.make.ok(tenant.api.put('/marketing-setup', { contactNos: code }));

    const res = await tenant.api.post('/contacts', { name: 'Nobody' });

    expectProblem(res, 422, 'business-rule');
    expect((await tenant.api.get('/contacts')).body.items).toEqual([]);
  });
});

describe('nextNumber', () => {
  test('When no number was used, then it is the starting number', () => {
    expect(nextNumber({ startingNo: 'CT0001', lastNoUsed: '' })).toBe('CT0001');
  });

  test('When neither a starting number nor a last number exists, then there is none', () => {
    expect(nextNumber({ startingNo: '', lastNoUsed: '' })).toBeNull();
  });

  test.each([
    ['SEG00009', 'SEG00010'],
    ['SEG00001', 'SEG00002'],
    ['C0099', 'C0100'],
    ['0009', '0010'],
    ['A1B2', 'A1B3'],
    ['2024-INV-0999', '2024-INV-1000'],
    ['A99', 'A100'],
    ['N99999999999999999999', 'N100000000000000000000'],
  ])('When lastNoUsed is %s, then the next number is %s', (lastNoUsed, expected) => {
    expect(nextNumber({ startingNo: 'IGNORED1', lastNoUsed })).toBe(expected);
  });

  test('When lastNoUsed does not end in digits, then there is no next number', () => {
    expect(nextNumber({ startingNo: 'A1', lastNoUsed: 'ABC' })).toBeNull();
  });

  test('When counting up from any number ending in digits, then the prefix stays, the value grows by one and the width is kept unless it overflows', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z-]{0,5}$/),
        fc.integer({ min: 1, max: 10 }),
        fc.bigInt({ min: 0n, max: 10n ** 10n }),
        (prefix, width, value) => {
          const digits = value.toString().padStart(width, '0');
          const next = nextNumber({ startingNo: '', lastNoUsed: prefix + digits })!;
          const [, nextPrefix, nextDigits] = /^(.*?)(\d+)$/.exec(next)!;
          expect(nextPrefix).toBe(prefix);
          expect(BigInt(nextDigits)).toBe(value + 1n);
          expect(nextDigits.length).toBe(Math.max(digits.length, (value + 1n).toString().length));
        },
      ),
    );
  });

  test.each([
    ['SEG001', true],
    ['7', true],
    ['SEG', false],
    ['SEG1A', false],
    ['', false],
  ])('When the number is "%s", then endsInDigits is %s', (no, expected) => {
    expect(endsInDigits(no)).toBe(expected);
  });
});
