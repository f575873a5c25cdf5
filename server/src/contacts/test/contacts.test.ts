import { randomUUID } from 'node:crypto';
import { startTestApp, type ApiClient, type ApiResponse } from '../../../../test/support/test-app';
import type { factories } from '../../../../test/support/factories';
import { testTenant, uniqueCode } from '../../../../test/support/test-tenant';
import { expectProblem } from '../../../../test/helpers/problem';

let app: Awaited<ReturnType<typeof startTestApp>>;
let api: ApiClient;
let make: ReturnType<typeof factories>;

beforeAll(async () => {
  app = await startTestApp({ label: 'contacts' });
  ({ api, make } = await testTenant(app, { tid: 'tenant-contacts' }));
});
afterAll(() => app.stop());

/** A fresh tenant whose contact numbers come from a new series. */
async function tenantWithContactSeries(series: Record<string, unknown> = {}) {
  const tenant = await testTenant(app);
  const created = await tenant.make.numberSeries({ startingNo: 'CT0001', ...series });
  await tenant.make.ok(tenant.api.put('/marketing-setup', { contactNos: created.code }));
  return { ...tenant, series: created };
}

const nos = (res: ApiResponse) => res.body.items.map((c: { no: string }) => c.no);

describe('POST /contacts', () => {
  test('When a person is created with all fields, then it is stored with codes upper-cased and no company', async () => {
    const salesperson = await make.salesperson();
    const no = `c${uniqueCode()}`;

    const res = await api.post('/contacts', {
      no,
      name: 'Ada Lovelace',
      email: 'Ada@Example.com',
      phone: '+44 1',
      salespersonCode: salesperson.code.toLowerCase(),
      correspondenceType: 'email',
      languageCode: 'enu',
    });

    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      no: no.toUpperCase(),
      type: 'person',
      name: 'Ada Lovelace',
      companyNo: '',
      companyName: '',
      email: 'Ada@Example.com',
      phone: '+44 1',
      salespersonCode: salesperson.code,
      correspondenceType: 'email',
      languageCode: 'ENU',
      version: 0,
    });
    expect((await api.get(`/contacts/${no}`)).body).toEqual(res.body);
  });

  test('When no is omitted, then the contact gets the next number of the contact number series', async () => {
    const tenant = await tenantWithContactSeries({ startingNo: 'CT0001', lastNoUsed: 'CT0041' });

    const res = await tenant.api.post('/contacts', { name: 'Numbered' });

    expect(res.status).toBe(201);
    expect(res.body.no).toBe('CT0042');
    expect((await tenant.api.get(`/number-series/${tenant.series.code}`)).body.lastNoUsed).toBe('CT0042');
  });

  test('When no is omitted and no contact number series is set up, then 422 and nothing is created', async () => {
    const tenant = await testTenant(app);

    const res = await tenant.api.post('/contacts', { name: 'Unnumbered' });

    expectProblem(res, 422, 'business-rule');
    expect((await tenant.api.get('/contacts')).body.items).toEqual([]);
  });

  test('When the next number is taken by a contact numbered by hand, then the next free number is used', async () => {
    const tenant = await tenantWithContactSeries({ startingNo: 'CT0001' });
    await tenant.make.contact({ no: 'CT0001' });

    const res = await tenant.api.post('/contacts', { name: 'Second' });

    expect(res.status).toBe(201);
    expect(res.body.no).toBe('CT0002');
  });

  test('When the number exists already in another case, then 409 and the first contact is kept', async () => {
    const contact = await make.contact({ name: 'Original' });

    const res = await api.post('/contacts', { no: contact.no.toLowerCase(), name: 'Copy' });

    expectProblem(res, 409, 'already-exists');
    expect((await api.get(`/contacts/${contact.no}`)).body.name).toBe('Original');
  });

  test('When a person names a company, then the company number and name are copied onto the person', async () => {
    const company = await make.company({ name: 'Contoso Ltd' });

    const res = await api.post('/contacts', {
      no: `P${uniqueCode()}`,
      name: 'Pat',
      companyNo: company.no.toLowerCase(),
    });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ type: 'person', companyNo: company.no, companyName: 'Contoso Ltd' });
  });

  test('When a company is created, then its companyNo is its own number and its companyName its name', async () => {
    const other = await make.company();
    const no = `CO${uniqueCode()}`;

    const res = await api.post('/contacts', { no, type: 'company', name: 'Fabrikam', companyNo: other.no });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ no, type: 'company', companyNo: no, companyName: 'Fabrikam' });
  });

  test.each([
    ['a person', async () => (await make.contact()).no],
    ['no contact at all', async () => `NONE${uniqueCode()}`],
  ])(
    'When a person names %s as company, then 422 names companyNo and nothing is created',
    async (_case, companyNoOf) => {
      const companyNo = await companyNoOf();
      const no = `P${uniqueCode()}`;

      const res = await api.post('/contacts', { no, name: 'Pat', companyNo });

      expectProblem(res, 422, 'business-rule');
      expect(res.body.errors).toEqual([{ path: '/body/companyNo', message: expect.any(String) }]);
      expect((await api.get(`/contacts/${no}`)).status).toBe(404);
    },
  );

  test('When a numbered contact is refused for its company, then the number series does not move', async () => {
    const tenant = await tenantWithContactSeries({ startingNo: 'CT0001' });
    const person = await tenant.make.contact();

    const res = await tenant.api.post('/contacts', { name: 'Pat', companyNo: person.no });

    expectProblem(res, 422, 'business-rule');
    expect((await tenant.api.get(`/number-series/${tenant.series.code}`)).body.lastNoUsed).toBe('');
    expect((await tenant.api.post('/contacts', { name: 'Next' })).body.no).toBe('CT0001');
  });

  test('When the salesperson does not exist, then 422 names salespersonCode and nothing is created (nor numbered)', async () => {
    const tenant = await tenantWithContactSeries({ startingNo: 'CT0001' });

    const res = await tenant.api.post('/contacts', { name: 'Pat', salespersonCode: 'NOBODY' });

    expectProblem(res, 422, 'business-rule');
    expect(res.body.errors).toEqual([{ path: '/body/salespersonCode', message: expect.any(String) }]);
    expect((await tenant.api.get('/contacts')).body.items).toEqual([]);
    expect((await tenant.api.get(`/number-series/${tenant.series.code}`)).body.lastNoUsed).toBe('');
  });

  test.each([
    ['no name', { no: 'NONAME1' }, '/body'],
    ['an empty name', { no: 'NONAME2', name: '' }, '/body/name'],
    ['an invalid email', { no: 'BADMAIL', name: 'X', email: 'not-an-email' }, '/body/email'],
    ['an unknown type', { no: 'BADTYPE', name: 'X', type: 'robot' }, '/body/type'],
    ['an unknown field', { no: 'EXTRA', name: 'X', companyName: 'Forged' }, '/body/companyName'],
    ['a number longer than 20 characters', { no: 'N'.repeat(21), name: 'X' }, '/body/no'],
  ])('When the body has %s, then 400 names the problem', async (_case, body, path) => {
    const res = await api.post('/contacts', body);

    expectProblem(res, 400, 'validation');
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  });

  test('When a body is not JSON, then 400 (or 415 for another media type) as problem details', async () => {
    const malformed = await api.request('POST', '/contacts', '{"name": ', {});
    const text = await api.request('POST', '/contacts', 'name=Pat', { 'content-type': 'text/plain' });

    expectProblem(malformed, 400, 'bad-request');
    expectProblem(text, 415, 'unsupported-media-type');
  });

  test('When a contact without no is retried with the same Idempotency-Key, then exactly one contact is created and the retry returns it', async () => {
    const tenant = await tenantWithContactSeries({ startingNo: 'CT0001' });
    const name = `Retry ${uniqueCode()}`;
    const key = `contact-${randomUUID()}`;

    const first = await tenant.api.post('/contacts', { name }, { 'Idempotency-Key': key });
    const retry = await tenant.api.post('/contacts', { name }, { 'Idempotency-Key': key });

    expect(first.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(nos(await tenant.api.get(`/contacts?search=${encodeURIComponent(name)}`))).toEqual([first.body.no]);
    expect((await tenant.api.get(`/number-series/${tenant.series.code}`)).body.lastNoUsed).toBe(first.body.no);
  });

  test('When the same Idempotency-Key is sent by several requests at once, then exactly one contact is created', async () => {
    const tenant = await tenantWithContactSeries({ startingNo: 'CT0001' });
    const name = `Burst ${uniqueCode()}`;
    const key = `burst-${randomUUID()}`;

    const responses = await Promise.all(
      Array.from({ length: 5 }, () => tenant.api.post('/contacts', { name }, { 'Idempotency-Key': key })),
    );

    const succeeded = responses.filter((r) => r.status === 201);
    expect(succeeded.length).toBeGreaterThanOrEqual(1);
    expect(new Set(succeeded.map((r) => r.body.no)).size).toBe(1);
    for (const res of responses.filter((r) => r.status !== 201)) expectProblem(res, 409, 'in-progress');
    expect(nos(await tenant.api.get('/contacts'))).toEqual([succeeded[0].body.no]);
  });

  test('When an Idempotency-Key is reused with a different body, then 422 and nothing is created', async () => {
    const tenant = await tenantWithContactSeries({ startingNo: 'CT0001' });
    const key = `reuse-${randomUUID()}`;
    const first = await tenant.api.post('/contacts', { name: 'First' }, { 'Idempotency-Key': key });

    const res = await tenant.api.post('/contacts', { name: 'Other' }, { 'Idempotency-Key': key });

    expectProblem(res, 422, 'idempotency-mismatch');
    expect(nos(await tenant.api.get('/contacts'))).toEqual([first.body.no]);
  });

  test('When the Idempotency-Key is not 1-255 visible characters, then 400', async () => {
    const res = await api.post(
      '/contacts',
      { no: `K${uniqueCode()}`, name: 'X' },
      { 'Idempotency-Key': 'x'.repeat(256) },
    );

    expectProblem(res, 400, 'validation');
  });
});

describe('GET /contacts/:no', () => {
  test('When the number is given in lower case, then the contact is found', async () => {
    const contact = await make.contact();

    const res = await api.get(`/contacts/${contact.no.toLowerCase()}`);

    expect(res.status).toBe(200);
    expect(res.body).toEqual(contact);
  });

  test('When the contact does not exist, then 404', async () => {
    expectProblem(await api.get(`/contacts/NONE${uniqueCode()}`), 404, 'not-found');
  });

  test('When the contact belongs to another tenant, then 404', async () => {
    const theirs = await testTenant(app);
    const contact = await theirs.make.contact();

    expectProblem(await api.get(`/contacts/${contact.no}`), 404, 'not-found');
  });
});

describe('PATCH /contacts/:no', () => {
  test('When fields are changed, then they are stored and the others kept', async () => {
    const salesperson = await make.salesperson();
    const contact = await make.contact({ phone: '111' });

    const res = await api.patch(`/contacts/${contact.no}`, {
      name: 'Renamed',
      email: 'new@example.com',
      salespersonCode: salesperson.code.toLowerCase(),
      correspondenceType: 'fax',
      languageCode: 'deu',
    });

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      ...contact,
      name: 'Renamed',
      email: 'new@example.com',
      salespersonCode: salesperson.code,
      correspondenceType: 'fax',
      languageCode: 'DEU',
      version: 1,
    });
    expect((await api.get(`/contacts/${contact.no}`)).body).toEqual(res.body);
  });

  test('When a company is renamed, then the company name on its people follows', async () => {
    const company = await make.company({ name: 'Old Name' });
    const first = await make.contact({ companyNo: company.no });
    const second = await make.contact({ companyNo: company.no });
    const outsider = await make.contact();

    const res = await api.patch(`/contacts/${company.no}`, { name: 'New Name' });

    expect(res.body).toMatchObject({ name: 'New Name', companyName: 'New Name', companyNo: company.no });
    for (const person of [first, second])
      expect((await api.get(`/contacts/${person.no}`)).body.companyName).toBe('New Name');
    expect((await api.get(`/contacts/${outsider.no}`)).body.companyName).toBe('');
  });

  test('When a person moves to another company, then its company name follows', async () => {
    const from = await make.company({ name: 'From Inc' });
    const to = await make.company({ name: 'To Inc' });
    const person = await make.contact({ companyNo: from.no });

    const res = await api.patch(`/contacts/${person.no}`, { companyNo: to.no });

    expect(res.body).toMatchObject({ companyNo: to.no, companyName: 'To Inc' });
  });

  test('When a person leaves its company, then the company name is cleared', async () => {
    const company = await make.company();
    const person = await make.contact({ companyNo: company.no });

    const res = await api.patch(`/contacts/${person.no}`, { companyNo: '' });

    expect(res.body).toMatchObject({ companyNo: '', companyName: '' });
  });

  test('When a company without people becomes a person, then it no longer is its own company', async () => {
    const company = await make.company();

    const res = await api.patch(`/contacts/${company.no}`, { type: 'person' });

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ type: 'person', companyNo: '', companyName: '' });
  });

  test('When a company becomes a person of another company, then it is linked to that company', async () => {
    const company = await make.company();
    const parent = await make.company({ name: 'Parent Corp' });

    const res = await api.patch(`/contacts/${company.no}`, { type: 'person', companyNo: parent.no });

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ type: 'person', companyNo: parent.no, companyName: 'Parent Corp' });
  });

  test('When a company becomes a person naming itself as company, then 422 and it stays a company', async () => {
    const company = await make.company();

    const res = await api.patch(`/contacts/${company.no}`, { type: 'person', companyNo: company.no });

    expectProblem(res, 422, 'business-rule');
    expect((await api.get(`/contacts/${company.no}`)).body).toEqual(company);
  });

  test('When a person becomes a company, then it is its own company', async () => {
    const person = await make.contact({ name: 'Solo Trader' });

    const res = await api.patch(`/contacts/${person.no}`, { type: 'company' });

    expect(res.body).toMatchObject({ type: 'company', companyNo: person.no, companyName: 'Solo Trader' });
  });

  test('When a company with people would become a person, then 422 and it stays a company', async () => {
    const company = await make.company();
    await make.contact({ companyNo: company.no });

    const res = await api.patch(`/contacts/${company.no}`, { type: 'person' });

    expectProblem(res, 422, 'business-rule');
    expect((await api.get(`/contacts/${company.no}`)).body).toEqual(company);
  });

  test.each([
    ['companyNo names a person', async () => ({ companyNo: (await make.contact()).no }), '/body/companyNo'],
    [
      'salespersonCode names no salesperson',
      async () => ({ salespersonCode: `NONE${uniqueCode()}` }),
      '/body/salespersonCode',
    ],
  ])('When %s, then 422 names the field and the contact is unchanged', async (_case, changesOf, path) => {
    const contact = await make.contact();
    const changes = await changesOf();

    const res = await api.patch(`/contacts/${contact.no}`, { name: 'Should not stick', ...changes });

    expectProblem(res, 422, 'business-rule');
    expect(res.body.errors).toEqual([{ path, message: expect.any(String) }]);
    expect((await api.get(`/contacts/${contact.no}`)).body).toEqual(contact);
  });

  test('When the contact does not exist, then 404', async () => {
    expectProblem(await api.patch(`/contacts/NONE${uniqueCode()}`, { name: 'X' }), 404, 'not-found');
  });

  test('When the contact belongs to another tenant, then 404 and it is unchanged', async () => {
    const theirs = await testTenant(app);
    const contact = await theirs.make.contact();

    expectProblem(await api.patch(`/contacts/${contact.no}`, { name: 'Hijacked' }), 404, 'not-found');
    expect((await theirs.api.get(`/contacts/${contact.no}`)).body.name).toBe(contact.name);
  });

  test.each([
    ['an empty body', {}],
    ['a number change', { no: 'OTHER' }],
    ['an empty name', { name: '' }],
  ])('When the body has %s, then 400', async (_case, body) => {
    const contact = await make.contact();

    expectProblem(await api.patch(`/contacts/${contact.no}`, body), 400, 'validation');
  });
});

describe('GET /contacts', () => {
  test('When filtering by email, then the address matches whatever its case, and only whole addresses match', async () => {
    const tenant = await testTenant(app);
    const match = await tenant.make.contact({ email: 'Jane.Doe@Contoso.com' });
    await tenant.make.contact({ email: 'jane.doe@contoso.com.evil.example' });
    await tenant.make.contact({ email: 'ajane.doe@contoso.com' });

    const res = await tenant.api.get(`/contacts?email=${encodeURIComponent('JANE.DOE@contoso.COM')}`);

    expect(res.status).toBe(200);
    expect(nos(res)).toEqual([match.no]);
  });

  test('When searching, then the text matches name, email or company name, case-insensitively', async () => {
    const tenant = await testTenant(app);
    const byName = await tenant.make.contact({ name: 'Zebra Keeper', email: 'a@x.example' });
    const byEmail = await tenant.make.contact({ name: 'Alice', email: 'zebra.fan@x.example' });
    const company = await tenant.make.company({ name: 'ZEBRA Logistics', email: 'office@y.example' });
    const byCompany = await tenant.make.contact({ name: 'Bob', email: 'bob@y.example', companyNo: company.no });
    await tenant.make.contact({ name: 'Carol', email: 'carol@x.example' });

    const res = await tenant.api.get('/contacts?search=zEbRa');

    expect(nos(res).sort()).toEqual([byName.no, byEmail.no, company.no, byCompany.no].sort());
  });

  test('When a company is renamed, then search finds its people by the new name', async () => {
    const tenant = await testTenant(app);
    const company = await tenant.make.company({ name: 'Before Corp' });
    const person = await tenant.make.contact({ name: 'Dana', companyNo: company.no });

    await tenant.make.ok(tenant.api.patch(`/contacts/${company.no}`, { name: 'Afterwards Corp' }));

    expect(nos(await tenant.api.get('/contacts?search=afterwards')).sort()).toEqual([company.no, person.no].sort());
    expect(nos(await tenant.api.get('/contacts?search=before'))).toEqual([]);
  });

  test('When the search text holds regular expression characters, then they match literally', async () => {
    const tenant = await testTenant(app);
    const literal = await tenant.make.contact({ name: 'A.B (Consulting)' });
    await tenant.make.contact({ name: 'AxB Consulting' });

    expect(nos(await tenant.api.get(`/contacts?search=${encodeURIComponent('a.b (')}`))).toEqual([literal.no]);
    expect(nos(await tenant.api.get(`/contacts?search=${encodeURIComponent('.*')}`))).toEqual([]);
  });

  test('When filtering by type, company or salesperson, then only matching contacts are listed', async () => {
    const tenant = await testTenant(app);
    const salesperson = await tenant.make.salesperson();
    const company = await tenant.make.company();
    const employee = await tenant.make.contact({ companyNo: company.no, salespersonCode: salesperson.code });
    await tenant.make.contact();

    expect(nos(await tenant.api.get('/contacts?type=company'))).toEqual([company.no]);
    expect(nos(await tenant.api.get(`/contacts?companyNo=${company.no.toLowerCase()}`)).sort()).toEqual(
      [company.no, employee.no].sort(),
    );
    expect(nos(await tenant.api.get(`/contacts?salespersonCode=${salesperson.code}`))).toEqual([employee.no]);
  });

  test('When paging with limit and cursor, then every contact comes once, in number order', async () => {
    const tenant = await testTenant(app);
    for (const no of ['C5', 'C1', 'C4', 'C2', 'C3']) await tenant.make.contact({ no });

    const first = await tenant.api.get('/contacts?limit=2');
    const second = await tenant.api.get(`/contacts?limit=2&cursor=${first.body.nextCursor}`);
    const third = await tenant.api.get(`/contacts?limit=2&cursor=${second.body.nextCursor}`);

    expect([nos(first), nos(second), nos(third)]).toEqual([['C1', 'C2'], ['C3', 'C4'], ['C5']]);
    expect(third.body.nextCursor).toBeNull();
  });

  test("When listing, then another tenant's contacts never appear", async () => {
    const mine = await testTenant(app);
    const theirs = await testTenant(app);
    const own = await mine.make.contact({ email: 'shared@example.com' });
    await theirs.make.contact({ email: 'shared@example.com' });

    expect(nos(await mine.api.get('/contacts?email=shared@example.com'))).toEqual([own.no]);
    expect(nos(await mine.api.get('/contacts'))).toEqual([own.no]);
  });

  test.each([
    ['an operator instead of a value', 'email[$ne]=x', '/query/email[$ne]'],
    ['an unknown parameter', 'city=Paris', '/query/city'],
    ['an unknown type', 'type=robot', '/query/type'],
    ['a cursor not made by this API', 'cursor=abc', '/query/cursor'],
    ['a limit above 500', 'limit=501', '/query/limit'],
  ])('When the query has %s, then 400', async (_case, query, path) => {
    const res = await api.get(`/contacts?${query}`);

    expectProblem(res, 400, 'validation');
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  });
});

describe('Salespeople', () => {
  test('When a salesperson is created, then the code is upper-cased and it can be read', async () => {
    const code = `s${uniqueCode()}`;

    const res = await api.post('/salespeople', { code, name: 'Sam Seller', email: 'sam@example.com' });

    expect(res.status).toBe(201);
    expect(res.body).toEqual({ code: code.toUpperCase(), name: 'Sam Seller', email: 'sam@example.com', version: 0 });
    expect((await api.get(`/salespeople/${code}`)).body).toEqual(res.body);
  });

  test('When only a code is given, then name and email are empty', async () => {
    const res = await api.post('/salespeople', { code: `S${uniqueCode()}` });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: '', email: '' });
  });

  test('When the code exists already, then 409 and the first is kept', async () => {
    const salesperson = await make.salesperson({ name: 'First' });

    const res = await api.post('/salespeople', { code: salesperson.code.toLowerCase(), name: 'Second' });

    expectProblem(res, 409, 'already-exists');
    expect((await api.get(`/salespeople/${salesperson.code}`)).body.name).toBe('First');
  });

  test.each([
    ['an invalid email', { code: 'SBADMAIL', email: 'nope' }],
    ['no code', { name: 'Nameless' }],
    ['an unknown field', { code: 'SEXTRA', phone: '1' }],
  ])('When the body has %s, then 400', async (_case, body) => {
    expectProblem(await api.post('/salespeople', body), 400, 'validation');
  });

  test('When a salesperson is changed, then the given fields change and the code stays', async () => {
    const salesperson = await make.salesperson({ name: 'Old', email: 'old@example.com' });

    const res = await api.patch(`/salespeople/${salesperson.code.toLowerCase()}`, { name: 'New' });

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ code: salesperson.code, name: 'New', email: 'old@example.com', version: 1 });
    expect((await api.get(`/salespeople/${salesperson.code}`)).body).toEqual(res.body);
  });

  test('When changing with an empty body or a code, then 400', async () => {
    const salesperson = await make.salesperson();

    expectProblem(await api.patch(`/salespeople/${salesperson.code}`, {}), 400, 'validation');
    expectProblem(await api.patch(`/salespeople/${salesperson.code}`, { code: 'OTHER' }), 400, 'validation');
  });

  test.each([
    ['GET', (code: string) => api.get(`/salespeople/${code}`)],
    ['PATCH', (code: string) => api.patch(`/salespeople/${code}`, { name: 'X' })],
  ])('When %s names an unknown salesperson, then 404', async (_method, call) => {
    expectProblem(await call(`NONE${uniqueCode()}`), 404, 'not-found');
  });

  test('When listing with a limit, then salespeople come once each in code order', async () => {
    const tenant = await testTenant(app);
    for (const code of ['SC', 'SA', 'SB']) await tenant.make.salesperson({ code });

    const first = await tenant.api.get('/salespeople?limit=2');
    const second = await tenant.api.get(`/salespeople?limit=2&cursor=${first.body.nextCursor}`);

    expect(first.body.items.map((s: any) => s.code)).toEqual(['SA', 'SB']);
    expect(second.body).toEqual({ items: [expect.objectContaining({ code: 'SC' })], nextCursor: null });
  });

  test('When a contact names a salesperson, then it can be found by that salesperson', async () => {
    const salesperson = await make.salesperson();
    const contact = await make.contact({ salespersonCode: salesperson.code });

    expect(nos(await api.get(`/contacts?salespersonCode=${salesperson.code.toLowerCase()}`))).toEqual([contact.no]);
  });
});
