import { randomUUID } from 'node:crypto';
import { createClient, startTestApp, type ApiClient, type ApiResponse } from '../../../../test/support/test-app';
import type { factories } from '../../../../test/support/factories';
import { testTenant, uniqueCode, type TestTenant } from '../../../../test/support/test-tenant';
import { expectProblem } from '../../../../test/helpers/problem';

let app: Awaited<ReturnType<typeof startTestApp>>;
let api: ApiClient;
let make: ReturnType<typeof factories>;
let defaultTenant: TestTenant;

beforeAll(async () => {
  app = await startTestApp({ label: 'interactions' });
  defaultTenant = await testTenant(app, { tid: 'tenant-interactions' });
  ({ api, make } = defaultTenant);
});
afterAll(() => app.stop());

const entryNos = (res: ApiResponse) => res.body.items.map((e: { entryNo: number }) => e.entryNo);

/** A contact and a template, and an entry made from them with the given values. */
async function entryFor(values: Record<string, unknown> = {}, client = { api, make }) {
  const template = await client.make.template();
  const contact = await client.make.contact();
  const entry = await client.make.interaction({ contactNo: contact.no, templateCode: template.code, ...values });
  return { template, contact, entry };
}

describe('POST /interactions', () => {
  test('When only contact and template are given, then cost, duration, flow, initiated by and description come from the template', async () => {
    const template = await make.template({
      description: 'Phone call',
      unitCost: 3.5,
      unitDurationMin: 12,
      informationFlow: 'inbound',
      initiatedBy: 'them',
    });
    const contact = await make.contact();

    const res = await api.post('/interactions', { contactNo: contact.no, templateCode: template.code });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      contactNo: contact.no,
      templateCode: template.code,
      description: 'Phone call',
      cost: 3.5,
      durationMin: 12,
      informationFlow: 'inbound',
      initiatedBy: 'them',
      postponed: false,
      canceled: false,
    });
    expect(res.body.entryNo).toBeGreaterThan(0);
  });

  test('When the caller gives values, then they win over the template', async () => {
    const template = await make.template({ unitCost: 3.5 });
    const contact = await make.contact();

    const res = await api.post('/interactions', {
      contactNo: contact.no,
      templateCode: template.code,
      cost: 9,
      durationMin: 1,
      description: 'Own text',
      evaluation: 'positive',
      attemptFailed: true,
    });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      cost: 9,
      durationMin: 1,
      description: 'Own text',
      evaluation: 'positive',
      attemptFailed: true,
    });
  });

  test('When the same Idempotency-Key is sent twice, then one entry exists and the retry returns it', async () => {
    const template = await make.template();
    const contact = await make.contact();
    const body = {
      contactNo: contact.no,
      templateCode: template.code,
      source: { type: 'email', internetMessageId: '<abc@example.com>' },
    };

    const first = await api.post('/interactions', body, { 'Idempotency-Key': `key-${contact.no}` });
    const second = await api.post('/interactions', body, { 'Idempotency-Key': `key-${contact.no}` });

    expect(first.status).toBe(201);
    expect(second.body.entryNo).toBe(first.body.entryNo);
    const list = await api.get(`/interaction-log-entries?contactNo=${contact.no}`);
    expect(list.body.items).toHaveLength(1);
  });

  test('When an entry is recorded, then it names the user, the contact and the template group, and Location points at it', async () => {
    const group = await make.group();
    const template = await make.template({ interactionGroupCode: group.code });
    const contact = await make.contact({ name: 'Grace Hopper' });
    const user = await defaultTenant.as('oid-of-alex');
    const before = Date.now();

    const res = await user.post('/interactions', {
      contactNo: contact.no.toLowerCase(),
      templateCode: template.code.toLowerCase(),
    });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      contactNo: contact.no,
      contactName: 'Grace Hopper',
      templateCode: template.code,
      interactionGroupCode: group.code,
      userId: 'oid-of-alex',
      evaluation: '',
      attemptFailed: false,
      subject: '',
      segmentNo: '',
      loggedSegmentEntryNo: null,
      source: { type: 'manual' },
    });
    expect(Date.parse(res.body.date)).toBeGreaterThanOrEqual(before - 1000);
    expect(res.headers.get('location')).toBe(`/api/v1/interaction-log-entries/${res.body.entryNo}`);
    expect((await api.get(`/interaction-log-entries/${res.body.entryNo}`)).body).toEqual(res.body);
  });

  test('When a date and a source are given, then they are stored as given (in UTC)', async () => {
    const template = await make.template();
    const contact = await make.contact();
    const source = {
      type: 'email',
      itemId: 'AAMk1',
      internetMessageId: `<${uniqueCode()}@example.com>`,
      webLink: 'https://outlook.office.com/mail/id/AAMk1',
    };

    const res = await api.post('/interactions', {
      contactNo: contact.no,
      templateCode: template.code,
      date: '2024-05-01T10:00:00+02:00',
      source,
      subject: 'Offer',
    });

    expect(res.body).toMatchObject({ date: '2024-05-01T08:00:00.000Z', source, subject: 'Offer' });
  });

  describe('correspondence type', () => {
    test.each([
      [
        'the template ignores the contact',
        { correspondenceType: 'hardCopy', ignoreContactCorrespondenceType: true },
        'email',
        'fax',
        'hardCopy',
      ],
      [
        'the template ignores the contact and has none',
        { correspondenceType: '', ignoreContactCorrespondenceType: true },
        'email',
        'fax',
        'fax',
      ],
      [
        'the contact has one',
        { correspondenceType: 'email', ignoreContactCorrespondenceType: false },
        'fax',
        'hardCopy',
        'fax',
      ],
      [
        'the contact has none',
        { correspondenceType: 'email', ignoreContactCorrespondenceType: false },
        '',
        'hardCopy',
        'email',
      ],
      [
        'neither contact nor template has one',
        { correspondenceType: '', ignoreContactCorrespondenceType: false },
        '',
        'hardCopy',
        'hardCopy',
      ],
    ])(
      'When %s, then the entry uses the right type',
      async (_case, templateValues, contactType, setupDefault, expected) => {
        const tenant = await testTenant(app, { marketingSetup: { defaultCorrespondenceType: setupDefault } });
        const template = await tenant.make.template(templateValues);
        const contact = await tenant.make.contact({ correspondenceType: contactType });

        const res = await tenant.api.post('/interactions', { contactNo: contact.no, templateCode: template.code });

        expect(res.body.correspondenceType).toBe(expected);
      },
    );

    test('When the caller gives a type, then it wins over template, contact and setup', async () => {
      const tenant = await testTenant(app, { marketingSetup: { defaultCorrespondenceType: 'hardCopy' } });
      const template = await tenant.make.template({
        correspondenceType: 'email',
        ignoreContactCorrespondenceType: true,
      });
      const contact = await tenant.make.contact({ correspondenceType: 'email' });

      const res = await tenant.api.post('/interactions', {
        contactNo: contact.no,
        templateCode: template.code,
        correspondenceType: 'fax',
      });

      expect(res.body.correspondenceType).toBe('fax');
    });
  });

  describe('language code', () => {
    test.each([
      ['the template has one', 'FRA', 'DEU', 'ENU', 'FRA'],
      ['only the contact has one', '', 'DEU', 'ENU', 'DEU'],
      ['neither template nor contact has one', '', '', 'ENU', 'ENU'],
      ['nobody has one', '', '', '', ''],
    ])('When %s, then the entry uses it', async (_case, templateLanguage, contactLanguage, setupLanguage, expected) => {
      const tenant = await testTenant(app, { marketingSetup: { defaultLanguageCode: setupLanguage } });
      const template = await tenant.make.template({ languageCode: templateLanguage });
      const contact = await tenant.make.contact({ languageCode: contactLanguage });

      const res = await tenant.api.post('/interactions', { contactNo: contact.no, templateCode: template.code });

      expect(res.body.languageCode).toBe(expected);
    });

    test('When the caller gives one, then it wins and is upper-cased', async () => {
      const { entry } = await entryFor({ languageCode: 'nld' });

      expect(entry.languageCode).toBe('NLD');
    });
  });

  describe('salesperson', () => {
    test("When none is given, then the entry takes the contact's salesperson", async () => {
      const salesperson = await make.salesperson();
      const template = await make.template();
      const contact = await make.contact({ salespersonCode: salesperson.code });

      const res = await api.post('/interactions', { contactNo: contact.no, templateCode: template.code });

      expect(res.body.salespersonCode).toBe(salesperson.code);
    });

    test("When one is given, then it wins over the contact's and is upper-cased", async () => {
      const own = await make.salesperson();
      const other = await make.salesperson();
      const template = await make.template();
      const contact = await make.contact({ salespersonCode: own.code });

      const res = await api.post('/interactions', {
        contactNo: contact.no,
        templateCode: template.code,
        salespersonCode: other.code.toLowerCase(),
      });

      expect(res.body.salespersonCode).toBe(other.code);
    });
  });

  describe('contact company', () => {
    test.each([
      [
        'a person of a company',
        "the company's number",
        async () => {
          const company = await make.company();
          return { contact: await make.contact({ companyNo: company.no }), expected: company.no };
        },
      ],
      [
        'a company',
        'its own number',
        async () => {
          const company = await make.company();
          return { contact: company, expected: company.no };
        },
      ],
      ['a person without a company', 'empty', async () => ({ contact: await make.contact(), expected: '' })],
    ])('When the contact is %s, then contactCompanyNo is %s', async (_case, _what, arrange) => {
      const { contact, expected } = await arrange();
      const template = await make.template();

      const res = await api.post('/interactions', { contactNo: contact.no, templateCode: template.code });

      expect(res.body.contactCompanyNo).toBe(expected);
    });
  });

  test.each([
    ['contact', () => ({ contactNo: `NONE${uniqueCode()}` }), ['/body/contactNo']],
    ['template', () => ({ templateCode: `NONE${uniqueCode()}` }), ['/body/templateCode']],
    ['salesperson', () => ({ salespersonCode: `NONE${uniqueCode()}` }), ['/body/salespersonCode']],
    [
      'contact, template and salesperson',
      () => ({
        contactNo: `NONE${uniqueCode()}`,
        templateCode: `NONE${uniqueCode()}`,
        salespersonCode: `NONE${uniqueCode()}`,
      }),
      ['/body/contactNo', '/body/templateCode', '/body/salespersonCode'],
    ],
  ])(
    'When the %s does not exist, then 422 lists each unknown reference and nothing is recorded',
    async (_case, unknown, paths) => {
      const tenant = await testTenant(app);
      const template = await tenant.make.template();
      const contact = await tenant.make.contact();

      const res = await tenant.api.post('/interactions', {
        contactNo: contact.no,
        templateCode: template.code,
        ...unknown(),
      });

      expectProblem(res, 422, 'business-rule');
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(paths);
      expect((await tenant.api.get('/interaction-log-entries')).body.items).toEqual([]);
    },
  );

  test('When the contact belongs to another tenant, then 422 as if it did not exist', async () => {
    const theirs = await testTenant(app);
    const contact = await theirs.make.contact();
    const template = await make.template();

    const res = await api.post('/interactions', { contactNo: contact.no, templateCode: template.code });

    expectProblem(res, 422, 'business-rule');
    expect((await theirs.api.get(`/interaction-log-entries?contactNo=${contact.no}`)).body.items).toEqual([]);
  });

  test.each([
    ['no contactNo', { contactNo: undefined }, '/body'],
    ['no templateCode', { templateCode: undefined }, '/body'],
    ['a negative cost', { cost: -1 }, '/body/cost'],
    ['a negative duration', { durationMin: -1 }, '/body/durationMin'],
    ['an unknown evaluation', { evaluation: 'great' }, '/body/evaluation'],
    ['a date without time zone', { date: '2024-05-01' }, '/body/date'],
    ['an unknown source type', { source: { type: 'fax' } }, '/body/source/type'],
    ['an unknown source field', { source: { type: 'email', folder: 'Inbox' } }, '/body/source/folder'],
    ['a field the server sets', { entryNo: 1 }, '/body/entryNo'],
    ['a field the server sets', { canceled: true }, '/body/canceled'],
  ])('When the body has %s, then 400 names it and nothing is recorded', async (_case, values, path) => {
    const tenant = await testTenant(app);
    const template = await tenant.make.template();
    const contact = await tenant.make.contact();
    const body = JSON.parse(JSON.stringify({ contactNo: contact.no, templateCode: template.code, ...values }));

    const res = await tenant.api.post('/interactions', body);

    expectProblem(res, 400, 'validation');
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    expect((await tenant.api.get('/interaction-log-entries')).body.items).toEqual([]);
  });

  test('When postpone is true, then the entry is stored as postponed and hidden from the default list', async () => {
    const { contact, entry } = await entryFor({ postpone: true });

    const listed = await api.get(`/interaction-log-entries?contactNo=${contact.no}`);
    const postponed = await api.get(`/interaction-log-entries?contactNo=${contact.no}&postponed=true`);

    expect(entry.postponed).toBe(true);
    expect(listed.body.items).toEqual([]);
    expect(entryNos(postponed)).toEqual([entry.entryNo]);
  });

  test('When an Idempotency-Key is reused with a different body, then 422 and nothing new is recorded', async () => {
    const template = await make.template();
    const contact = await make.contact();
    const key = `key-${randomUUID()}`;
    const first = await api.post(
      '/interactions',
      { contactNo: contact.no, templateCode: template.code, subject: 'One' },
      { 'Idempotency-Key': key },
    );

    const res = await api.post(
      '/interactions',
      { contactNo: contact.no, templateCode: template.code, subject: 'Two' },
      { 'Idempotency-Key': key },
    );

    expectProblem(res, 422, 'idempotency-mismatch');
    expect(entryNos(await api.get(`/interaction-log-entries?contactNo=${contact.no}`))).toEqual([first.body.entryNo]);
  });

  test('When the same Idempotency-Key is sent by several requests at once, then exactly one entry is recorded', async () => {
    const template = await make.template();
    const contact = await make.contact();
    const key = `burst-${randomUUID()}`;

    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        api.post('/interactions', { contactNo: contact.no, templateCode: template.code }, { 'Idempotency-Key': key }),
      ),
    );

    const recorded = responses.filter((r) => r.status === 201);
    expect(recorded.length).toBeGreaterThanOrEqual(1);
    expect(new Set(recorded.map((r) => r.body.entryNo)).size).toBe(1);
    for (const res of responses.filter((r) => r.status !== 201)) expectProblem(res, 409, 'in-progress');
    expect(entryNos(await api.get(`/interaction-log-entries?contactNo=${contact.no}`))).toEqual([
      recorded[0].body.entryNo,
    ]);
  });

  test('When a refused request is retried with the same key after the cause is fixed, then it is recorded', async () => {
    const template = await make.template();
    const contactNo = `C${uniqueCode()}`;
    const body = { contactNo, templateCode: template.code };
    const key = `key-${randomUUID()}`;
    const refused = await api.post('/interactions', body, { 'Idempotency-Key': key });
    await make.contact({ no: contactNo });

    const res = await api.post('/interactions', body, { 'Idempotency-Key': key });

    expect(refused.status).toBe(422);
    expect(res.status).toBe(201);
    expect(entryNos(await api.get(`/interaction-log-entries?contactNo=${contactNo}`))).toEqual([res.body.entryNo]);
  });
});

describe('GET /interaction-log-entries', () => {
  test('When filtering by contact, then only its entries are listed, newest first', async () => {
    const template = await make.template();
    const contact = await make.contact();
    const other = await make.contact();
    const first = await make.interaction({ contactNo: contact.no, templateCode: template.code });
    await make.interaction({ contactNo: other.no, templateCode: template.code });
    const second = await make.interaction({ contactNo: contact.no, templateCode: template.code });

    const res = await api.get(`/interaction-log-entries?contactNo=${contact.no.toLowerCase()}`);

    expect(entryNos(res)).toEqual([second.entryNo, first.entryNo]);
  });

  test('When filtering by template or salesperson, then only their entries are listed', async () => {
    const tenant = await testTenant(app);
    const salesperson = await tenant.make.salesperson();
    const call = await tenant.make.template();
    const letter = await tenant.make.template();
    const contact = await tenant.make.contact();
    const byCall = await tenant.make.interaction({ contactNo: contact.no, templateCode: call.code });
    const byLetter = await tenant.make.interaction({
      contactNo: contact.no,
      templateCode: letter.code,
      salespersonCode: salesperson.code,
    });

    expect(entryNos(await tenant.api.get(`/interaction-log-entries?templateCode=${call.code}`))).toEqual([
      byCall.entryNo,
    ]);
    expect(entryNos(await tenant.api.get(`/interaction-log-entries?salespersonCode=${salesperson.code}`))).toEqual([
      byLetter.entryNo,
    ]);
  });

  test('When filtering by from and to, then only entries dated in between (inclusive) are listed', async () => {
    const template = await make.template();
    const contact = await make.contact();
    const at = (date: string) => make.interaction({ contactNo: contact.no, templateCode: template.code, date });
    await at('2021-01-31T23:59:59.999Z');
    const start = await at('2021-02-01T00:00:00.000Z');
    const middle = await at('2021-02-15T12:00:00.000Z');
    const end = await at('2021-02-28T23:59:59.000Z');
    await at('2021-03-01T00:00:00.000Z');

    const res = await api.get(
      `/interaction-log-entries?contactNo=${contact.no}&from=2021-02-01T00:00:00.000Z&to=2021-02-28T23:59:59.000Z`,
    );
    const fromOnly = await api.get(`/interaction-log-entries?contactNo=${contact.no}&from=2021-02-28T00:00:00Z`);

    expect(entryNos(res)).toEqual([end.entryNo, middle.entryNo, start.entryNo]);
    expect(fromOnly.body.items).toHaveLength(2);
  });

  test('When filtering by canceled, then canceled and other entries are told apart', async () => {
    const template = await make.template();
    const contact = await make.contact();
    const kept = await make.interaction({ contactNo: contact.no, templateCode: template.code });
    const canceled = await make.interaction({ contactNo: contact.no, templateCode: template.code });
    await make.ok(api.patch(`/interaction-log-entries/${canceled.entryNo}`, { canceled: true }));

    const all = await api.get(`/interaction-log-entries?contactNo=${contact.no}`);
    const onlyCanceled = await api.get(`/interaction-log-entries?contactNo=${contact.no}&canceled=true`);
    const notCanceled = await api.get(`/interaction-log-entries?contactNo=${contact.no}&canceled=false`);

    expect(entryNos(all)).toEqual([canceled.entryNo, kept.entryNo]);
    expect(entryNos(onlyCanceled)).toEqual([canceled.entryNo]);
    expect(entryNos(notCanceled)).toEqual([kept.entryNo]);
  });

  test('When filtering by internet message id, then the entry logged for that email is found', async () => {
    const internetMessageId = `<${uniqueCode()}@mail.example>`;
    const { entry } = await entryFor({ source: { type: 'email', internetMessageId } });

    const res = await api.get(`/interaction-log-entries?internetMessageId=${encodeURIComponent(internetMessageId)}`);

    expect(entryNos(res)).toEqual([entry.entryNo]);
  });

  test('When paging with limit and cursor, then entries come newest first, each once, and an entry recorded meanwhile does not disturb later pages', async () => {
    const template = await make.template();
    const contact = await make.contact();
    const made = [];
    for (let i = 0; i < 5; i++)
      made.push((await make.interaction({ contactNo: contact.no, templateCode: template.code })).entryNo);
    const newestFirst = [...made].reverse();

    const first = await api.get(`/interaction-log-entries?contactNo=${contact.no}&limit=2`);
    const newer = await make.interaction({ contactNo: contact.no, templateCode: template.code });
    const second = await api.get(
      `/interaction-log-entries?contactNo=${contact.no}&limit=2&cursor=${first.body.nextCursor}`,
    );
    const third = await api.get(
      `/interaction-log-entries?contactNo=${contact.no}&limit=2&cursor=${second.body.nextCursor}`,
    );

    expect([entryNos(first), entryNos(second), entryNos(third)]).toEqual([
      newestFirst.slice(0, 2),
      newestFirst.slice(2, 4),
      newestFirst.slice(4),
    ]);
    expect(third.body.nextCursor).toBeNull();
    expect(newer.entryNo).toBeGreaterThan(made[4]);
  });

  test("When listing, then another tenant's entries never appear", async () => {
    const mine = await testTenant(app);
    const theirs = await testTenant(app);
    const { entry } = await entryFor({}, mine);
    await entryFor({}, theirs);

    expect(entryNos(await mine.api.get('/interaction-log-entries'))).toEqual([entry.entryNo]);
  });

  test.each([
    ['a cursor not made by this API', 'cursor=abc', '/query/cursor'],
    [
      'a cursor of a list ordered by code',
      `cursor=${Buffer.from(JSON.stringify({ k: 'C1' })).toString('base64url')}`,
      '/query/cursor',
    ],
    ['a date that is not a date-time', 'from=yesterday', '/query/from'],
    ['a canceled flag that is not a boolean', 'canceled=maybe', '/query/canceled'],
    ['a limit of 0', 'limit=0', '/query/limit'],
    ['an unknown parameter', 'userId=me', '/query/userId'],
    ['an operator instead of a value', 'contactNo[$ne]=X', '/query/contactNo[$ne]'],
  ])('When the query has %s, then 400', async (_case, query, path) => {
    const res = await api.get(`/interaction-log-entries?${query}`);

    expectProblem(res, 400, 'validation');
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  });
});

describe('GET /interaction-log-entries/:entryNo', () => {
  test('When the entry does not exist, then 404', async () => {
    expectProblem(await api.get('/interaction-log-entries/999999999'), 404, 'not-found');
  });

  test('When the entry belongs to another tenant, then 404', async () => {
    const theirs = await testTenant(app);
    const { entry } = await entryFor({}, theirs);
    const mine = await testTenant(app);

    expectProblem(await mine.api.get(`/interaction-log-entries/${entry.entryNo}`), 404, 'not-found');
  });

  test.each(['abc', '0', '-1', '1.5'])('When the entry number is %s, then 400', async (entryNo) => {
    expectProblem(await api.get(`/interaction-log-entries/${entryNo}`), 400, 'validation');
  });
});

describe('PATCH /interaction-log-entries/:entryNo', () => {
  test('When an entry is evaluated and corrected, then the given fields change and the rest stays', async () => {
    const { entry } = await entryFor({ description: 'Call', cost: 2 });

    const res = await api.patch(`/interaction-log-entries/${entry.entryNo}`, {
      evaluation: 'veryPositive',
      attemptFailed: true,
      durationMin: 45,
      subject: 'Renewal',
    });

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      ...entry,
      evaluation: 'veryPositive',
      attemptFailed: true,
      durationMin: 45,
      subject: 'Renewal',
    });
    expect((await api.get(`/interaction-log-entries/${entry.entryNo}`)).body).toEqual(res.body);
  });

  test('When an entry is canceled and then restored, then canceled follows', async () => {
    const { entry } = await entryFor();

    const canceled = await api.patch(`/interaction-log-entries/${entry.entryNo}`, { canceled: true });
    const restored = await api.patch(`/interaction-log-entries/${entry.entryNo}`, { canceled: false });

    expect(canceled.body.canceled).toBe(true);
    expect(restored.body.canceled).toBe(false);
  });

  test.each([
    ['an empty body', {}],
    ['a negative cost', { cost: -3 }],
    ['an unknown evaluation', { evaluation: 'meh' }],
    ['a field that cannot change', { contactNo: 'OTHER' }],
    ['a field that cannot change', { postponed: false }],
  ])('When the body has %s, then 400 and the entry is unchanged', async (_case, body) => {
    const { entry } = await entryFor();

    expectProblem(await api.patch(`/interaction-log-entries/${entry.entryNo}`, body), 400, 'validation');
    expect((await api.get(`/interaction-log-entries/${entry.entryNo}`)).body).toEqual(entry);
  });

  test('When the entry does not exist, then 404', async () => {
    expectProblem(await api.patch('/interaction-log-entries/999999999', { evaluation: 'neutral' }), 404, 'not-found');
  });

  test('When the entry belongs to another tenant, then 404 and it is unchanged', async () => {
    const theirs = await testTenant(app);
    const { entry } = await entryFor({}, theirs);
    const mine = await testTenant(app);

    expectProblem(
      await mine.api.patch(`/interaction-log-entries/${entry.entryNo}`, { canceled: true }),
      404,
      'not-found',
    );
    expect((await theirs.api.get(`/interaction-log-entries/${entry.entryNo}`)).body.canceled).toBe(false);
  });
});

describe('POST /interaction-log-entries/:entryNo/resume', () => {
  test('When a postponed entry is resumed, then the values given win, the rest stay as saved, and it is listed again', async () => {
    const template = await make.template({ description: 'Call', unitCost: 2.5, unitDurationMin: 15 });
    const contact = await make.contact();
    const saved = await make.interaction({
      contactNo: contact.no,
      templateCode: template.code,
      postpone: true,
      subject: 'Draft',
      date: '2024-03-01T10:00:00.000Z',
    });

    const res = await api.post(`/interaction-log-entries/${saved.entryNo}/resume`, { cost: 9, evaluation: 'positive' });

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      entryNo: saved.entryNo,
      postponed: false,
      cost: 9,
      evaluation: 'positive',
      subject: 'Draft',
      description: 'Call',
      durationMin: 15,
      date: '2024-03-01T10:00:00.000Z',
    });
    expect(entryNos(await api.get(`/interaction-log-entries?contactNo=${contact.no}`))).toEqual([saved.entryNo]);
    expect((await api.get(`/interaction-log-entries?contactNo=${contact.no}&postponed=true`)).body.items).toEqual([]);
  });

  test('When resumed without a body, then it is finished with the saved values', async () => {
    const { entry } = await entryFor({ postpone: true, subject: 'Saved', cost: 4 });

    const res = await api.request('POST', `/interaction-log-entries/${entry.entryNo}/resume`);

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ...entry, postponed: false });
  });

  test("When resumed with another template, then that template's values replace the saved ones, but subject and date stay", async () => {
    const first = await make.template({ description: 'Call', unitCost: 1, informationFlow: 'outbound' });
    const second = await make.template({
      description: 'Meeting',
      unitCost: 7,
      unitDurationMin: 60,
      informationFlow: 'inbound',
    });
    const contact = await make.contact();
    const saved = await make.interaction({
      contactNo: contact.no,
      templateCode: first.code,
      postpone: true,
      subject: 'Kick-off',
      date: '2024-04-01T09:00:00.000Z',
    });

    const res = await api.post(`/interaction-log-entries/${saved.entryNo}/resume`, {
      templateCode: second.code.toLowerCase(),
    });

    expect(res.body).toMatchObject({
      templateCode: second.code,
      description: 'Meeting',
      cost: 7,
      durationMin: 60,
      informationFlow: 'inbound',
      subject: 'Kick-off',
      date: '2024-04-01T09:00:00.000Z',
      postponed: false,
    });
  });

  test('When the entry is not postponed, then 409 and it is unchanged', async () => {
    const { entry } = await entryFor();

    const res = await api.post(`/interaction-log-entries/${entry.entryNo}/resume`, { cost: 99 });

    expectProblem(res, 409, 'conflict');
    expect((await api.get(`/interaction-log-entries/${entry.entryNo}`)).body).toEqual(entry);
  });

  test('When an entry is resumed twice, then the second time is 409', async () => {
    const { entry } = await entryFor({ postpone: true });
    await make.ok(api.post(`/interaction-log-entries/${entry.entryNo}/resume`, {}));

    expectProblem(await api.post(`/interaction-log-entries/${entry.entryNo}/resume`, {}), 409, 'conflict');
  });

  test.each([
    ['template', { templateCode: 'NOSUCHTEMPLATE' }, '/body/templateCode'],
    ['salesperson', { salespersonCode: 'NOSUCHPERSON' }, '/body/salespersonCode'],
  ])('When the %s given does not exist, then 422 and the entry stays postponed', async (_case, body, path) => {
    const { entry } = await entryFor({ postpone: true });

    const res = await api.post(`/interaction-log-entries/${entry.entryNo}/resume`, body);

    expectProblem(res, 422, 'business-rule');
    expect(res.body.errors).toEqual([{ path, message: expect.any(String) }]);
    expect((await api.get(`/interaction-log-entries/${entry.entryNo}`)).body).toEqual(entry);
  });

  test.each([
    ['the contact', { contactNo: 'OTHER' }],
    ['a negative cost', { cost: -1 }],
    ['postpone', { postpone: false }],
  ])('When the body has %s, then 400', async (_case, body) => {
    const { entry } = await entryFor({ postpone: true });

    expectProblem(await api.post(`/interaction-log-entries/${entry.entryNo}/resume`, body), 400, 'validation');
  });

  test('When the entry does not exist, then 404', async () => {
    expectProblem(await api.post('/interaction-log-entries/999999999/resume', {}), 404, 'not-found');
  });
});

describe('DELETE /interaction-log-entries/:entryNo', () => {
  test('When a postponed entry is deleted, then 204 and it is gone', async () => {
    const { contact, entry } = await entryFor({ postpone: true });

    const res = await api.delete(`/interaction-log-entries/${entry.entryNo}`);

    expect(res.status).toBe(204);
    expectProblem(await api.get(`/interaction-log-entries/${entry.entryNo}`), 404, 'not-found');
    expect((await api.get(`/interaction-log-entries?contactNo=${contact.no}&postponed=true`)).body.items).toEqual([]);
    expectProblem(await api.delete(`/interaction-log-entries/${entry.entryNo}`), 404, 'not-found');
  });

  test('When the entry is not postponed, then 409 and it stays', async () => {
    const { entry } = await entryFor();

    expectProblem(await api.delete(`/interaction-log-entries/${entry.entryNo}`), 409, 'conflict');
    expect((await api.get(`/interaction-log-entries/${entry.entryNo}`)).body).toEqual(entry);
  });

  test('When the entry does not exist, then 404', async () => {
    expectProblem(await api.delete('/interaction-log-entries/999999999'), 404, 'not-found');
  });

  test('When the entry belongs to another tenant, then 404 and it stays', async () => {
    const theirs = await testTenant(app);
    const { entry } = await entryFor({ postpone: true }, theirs);
    const mine = await testTenant(app);

    expectProblem(await mine.api.delete(`/interaction-log-entries/${entry.entryNo}`), 404, 'not-found');
    expect((await theirs.api.get(`/interaction-log-entries/${entry.entryNo}`)).status).toBe(200);
  });
});

describe('Entry numbers', () => {
  test('When entries are recorded, then their numbers increase', async () => {
    const { template, contact, entry: first } = await entryFor();

    const second = await make.interaction({ contactNo: contact.no, templateCode: template.code, postpone: true });
    const third = await make.interaction({ contactNo: contact.no, templateCode: template.code });

    expect(second.entryNo).toBeGreaterThan(first.entryNo);
    expect(third.entryNo).toBeGreaterThan(second.entryNo);
  });

  test('When several entries are recorded at once, then each gets its own number', async () => {
    const template = await make.template();
    const contact = await make.contact();

    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        api.post('/interactions', { contactNo: contact.no, templateCode: template.code }),
      ),
    );

    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(new Set(responses.map((r) => r.body.entryNo)).size).toBe(8);
    expect(entryNos(await api.get(`/interaction-log-entries?contactNo=${contact.no}`)).sort()).toEqual(
      responses.map((r) => r.body.entryNo).sort(),
    );
  });

  test('When the newest entry is deleted, then its number is never given again', async () => {
    const tenant = await testTenant(app);
    const { template, contact, entry: postponed } = await entryFor({ postpone: true }, tenant);
    const canceled = await tenant.make.interaction({ contactNo: contact.no, templateCode: template.code });
    await tenant.make.ok(tenant.api.patch(`/interaction-log-entries/${canceled.entryNo}`, { canceled: true }));
    await tenant.make.ok(tenant.api.post('/interaction-log-entries/delete-canceled', {}));
    expect((await tenant.api.delete(`/interaction-log-entries/${postponed.entryNo}`)).status).toBe(204);

    const next = await tenant.make.interaction({ contactNo: contact.no, templateCode: template.code });

    expect(next.entryNo).toBeGreaterThan(canceled.entryNo);
    expect(next.entryNo).toBeGreaterThan(postponed.entryNo);
  });
});

describe('POST /interaction-log-entries/delete-canceled', () => {
  test('When filtered by contact, then only the canceled entries of that contact are deleted and counted', async () => {
    const template = await make.template();
    const contact = await make.contact();
    const other = await make.contact();
    const record = async (contactNo: string, canceled: boolean) => {
      const entry = await make.interaction({ contactNo, templateCode: template.code });
      if (canceled) await make.ok(api.patch(`/interaction-log-entries/${entry.entryNo}`, { canceled: true }));
      return entry;
    };
    const kept = await record(contact.no, false);
    await record(contact.no, true);
    await record(contact.no, true);
    const otherCanceled = await record(other.no, true);

    const res = await api.post('/interaction-log-entries/delete-canceled', { contactNo: contact.no.toLowerCase() });

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ deleted: 2 });
    expect(entryNos(await api.get(`/interaction-log-entries?contactNo=${contact.no}`))).toEqual([kept.entryNo]);
    expect(entryNos(await api.get(`/interaction-log-entries?contactNo=${other.no}`))).toEqual([otherCanceled.entryNo]);
  });

  test('When the filter asks for entries that are not canceled, then still only canceled ones are deleted', async () => {
    const { contact, entry } = await entryFor();

    const res = await api.post('/interaction-log-entries/delete-canceled', { contactNo: contact.no, canceled: false });

    expect(res.body).toEqual({ deleted: 0 });
    expect((await api.get(`/interaction-log-entries/${entry.entryNo}`)).status).toBe(200);
  });

  test('When filtered by template and dates, then only canceled entries in that range are deleted', async () => {
    const tenant = await testTenant(app);
    const template = await tenant.make.template();
    const otherTemplate = await tenant.make.template();
    const contact = await tenant.make.contact();
    const canceledAt = async (templateCode: string, date: string) => {
      const entry = await tenant.make.interaction({ contactNo: contact.no, templateCode, date });
      await tenant.make.ok(tenant.api.patch(`/interaction-log-entries/${entry.entryNo}`, { canceled: true }));
      return entry;
    };
    const inRange = await canceledAt(template.code, '2022-06-15T00:00:00.000Z');
    const tooEarly = await canceledAt(template.code, '2022-05-31T00:00:00.000Z');
    const otherKind = await canceledAt(otherTemplate.code, '2022-06-15T00:00:00.000Z');

    const res = await tenant.api.post('/interaction-log-entries/delete-canceled', {
      templateCode: template.code,
      from: '2022-06-01T00:00:00Z',
      to: '2022-06-30T23:59:59Z',
    });

    expect(res.body).toEqual({ deleted: 1 });
    expect((await tenant.api.get(`/interaction-log-entries/${inRange.entryNo}`)).status).toBe(404);
    expect(entryNos(await tenant.api.get('/interaction-log-entries?canceled=true'))).toEqual([
      otherKind.entryNo,
      tooEarly.entryNo,
    ]);
  });

  test('When no filter is sent, then every canceled entry of the tenant (and no other) is deleted, and postponed ones stay', async () => {
    const tenant = await testTenant(app);
    const { template, contact, entry: canceled } = await entryFor({}, tenant);
    await tenant.make.ok(tenant.api.patch(`/interaction-log-entries/${canceled.entryNo}`, { canceled: true }));
    const postponed = await tenant.make.interaction({
      contactNo: contact.no,
      templateCode: template.code,
      postpone: true,
    });
    const theirs = await testTenant(app);
    const { entry: theirEntry } = await entryFor({}, theirs);
    await theirs.make.ok(theirs.api.patch(`/interaction-log-entries/${theirEntry.entryNo}`, { canceled: true }));

    const res = await tenant.api.request('POST', '/interaction-log-entries/delete-canceled');

    expect(res.body).toEqual({ deleted: 1 });
    expect((await tenant.api.get(`/interaction-log-entries/${postponed.entryNo}`)).status).toBe(200);
    expect((await theirs.api.get(`/interaction-log-entries/${theirEntry.entryNo}`)).status).toBe(200);
  });

  test.each([
    ['an unknown field', { userId: 'x' }],
    ['an operator instead of a value', { contactNo: { $ne: '' } }],
    ['a date that is not a date-time', { to: 'today' }],
  ])('When the body has %s, then 400 and nothing is deleted', async (_case, body) => {
    const { entry } = await entryFor();
    await make.ok(api.patch(`/interaction-log-entries/${entry.entryNo}`, { canceled: true }));

    expectProblem(await api.post('/interaction-log-entries/delete-canceled', body), 400, 'validation');
    expect((await api.get(`/interaction-log-entries/${entry.entryNo}`)).status).toBe(200);
  });
});

describe('Errors as problem details', () => {
  test.each([
    ['no token', 401, 'unauthorized', async () => createClient(app.baseUrl, null).get('/interaction-log-entries')],
    [
      'a token signed by a stranger',
      401,
      'unauthorized',
      async () =>
        createClient(app.baseUrl, await app.issuer.token({ signWith: 'stranger' })).get('/interaction-log-entries'),
    ],
    [
      'an expired token',
      401,
      'unauthorized',
      async () =>
        createClient(app.baseUrl, await app.issuer.token({ expiresIn: Math.floor(Date.now() / 1000) - 3600 })).get(
          '/interaction-log-entries',
        ),
    ],
    [
      'a token for another API',
      401,
      'unauthorized',
      async () =>
        createClient(app.baseUrl, await app.issuer.token({ aud: 'api://someone-else' })).get(
          '/interaction-log-entries',
        ),
    ],
    [
      'a token without the scope',
      403,
      'forbidden',
      async () => (await app.as({ scp: 'User.Read' })).get('/interaction-log-entries'),
    ],
    ['malformed JSON', 400, 'bad-request', async () => api.request('POST', '/interactions', '{"contactNo":', {})],
    [
      'another media type',
      415,
      'unsupported-media-type',
      async () => api.request('POST', '/interactions', 'contactNo=C1', { 'content-type': 'text/plain' }),
    ],
    [
      'a body over 1 MB',
      413,
      'payload-too-large',
      async () => api.post('/interactions', { contactNo: 'C1', templateCode: 'T1', subject: 'x'.repeat(1_100_000) }),
    ],
    ['an invalid body', 400, 'validation', async () => api.post('/interactions', { contactNo: 'C1' })],
    ['an unknown route', 404, 'not-found', async () => api.get('/interaction-log-entries/1/attachments')],
    ['an unknown entry', 404, 'not-found', async () => api.get('/interaction-log-entries/999999999')],
    [
      'a state conflict',
      409,
      'conflict',
      async () => api.delete(`/interaction-log-entries/${(await entryFor()).entry.entryNo}`),
    ],
    [
      'a business rule',
      422,
      'business-rule',
      async () => api.post('/interactions', { contactNo: 'NOSUCHCONTACT', templateCode: 'NOSUCHTEMPLATE' }),
    ],
  ])(
    'When a request fails for %s, then the response is application/problem+json with type, title, status and detail',
    async (_case, status, type, send) => {
      const res = await send();

      expectProblem(res, status, type);
      expect(res.body.detail.length).toBeGreaterThan(0);
    },
  );

  test('When the token is missing, then the response asks for a bearer token', async () => {
    const res = await createClient(app.baseUrl, null).get('/interaction-log-entries');

    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });
});
