import { startTestApp, type ApiClient } from '../../../../test/support/test-app';
import { testTenant, type TestTenant } from '../../../../test/support/test-tenant';
import { expectProblem } from '../../../../test/helpers/problem';

let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  app = await startTestApp({
    label: 'unknown-correspondents',
    config: { unknownCorrespondents: { maxPerTenant: 3, itemsPerAddress: 4 } },
  });
});
afterAll(() => app.stop());

const email = (n: string, extra: Record<string, unknown> = {}) => ({
  kind: 'sent',
  internetMessageId: `<${n}@mail.example>`,
  subject: `Mail ${n}`,
  date: '2026-11-30T10:00:00.000Z',
  ...extra,
});
const sight = (api: ApiClient, item: Record<string, unknown>, ...addresses: string[]) =>
  api.post('/unknown-correspondents/sightings', {
    item,
    people: addresses.map((address) => ({ address, name: address.split('@')[0] })),
  });
const listed = async (api: ApiClient) =>
  ((await api.get('/unknown-correspondents?limit=50')).body.items as { address: string }[]).map((c) => c.address);

/** A tenant with a contact number series and templates for each kind of item. */
async function readyTenant(): Promise<TestTenant & { templates: Record<string, string> }> {
  const tenant = await testTenant(app);
  const series = await tenant.make.numberSeries({ startingNo: 'UC0001' });
  await tenant.make.ok(tenant.api.put('/marketing-setup', { contactNos: series.code }));
  const [sent, received, meeting] = await Promise.all(
    ['Sent', 'Received', 'Meeting'].map(async (d) => (await tenant.make.template({ description: d })).code),
  );
  await tenant.make.ok(
    tenant.api.put('/interaction-template-setup', {
      emails: sent,
      emailsReceived: received,
      meetingInvitation: meeting,
    }),
  );
  return { ...tenant, templates: { sent, received, meeting } };
}

describe('POST /unknown-correspondents/sightings', () => {
  test('An address that matches no contact is kept with its item; a contact is not', async () => {
    const { api, make } = await testTenant(app);
    const contact = await make.contact({ email: 'Known@Fabrikam.example' });
    const res = await sight(api, email('a'), 'New.Person@Fabrikam.example', contact.email);
    expect(res.status).toBe(200);
    expect(res.body.kept).toEqual([{ address: 'new.person@fabrikam.example', itemCount: 1 }]);
    expect(await listed(api)).toEqual(['new.person@fabrikam.example']);
  });

  test('A re-sighting of the same item is idempotent: nothing is counted twice', async () => {
    const { api } = await testTenant(app);
    await sight(api, email('b'), 'x@northwind.example');
    const again = await sight(api, email('b'), 'x@northwind.example');
    expect(again.body.kept).toEqual([{ address: 'x@northwind.example', itemCount: 1 }]);
    await sight(api, email('c'), 'x@northwind.example');
    const kept = (await api.get('/unknown-correspondents/x@northwind.example')).body;
    expect(kept).toMatchObject({ itemCount: 2 });
    expect(kept.items.map((i: { internetMessageId: string }) => i.internetMessageId).sort()).toEqual([
      '<b@mail.example>',
      '<c@mail.example>',
    ]);
  });

  test('Every user who met the address is named, the most recent first', async () => {
    const tenant = await testTenant(app);
    await sight(tenant.api, email('d'), 'shared@northwind.example');
    await sight(await tenant.as('user-2'), email('e'), 'shared@northwind.example');
    const kept = (await tenant.api.get('/unknown-correspondents/shared@northwind.example')).body;
    expect(kept.seenBy).toEqual(['user-2', `user-${tenant.tid}`]);
  });

  test('Concurrent sightings count each item once: the same item from ten requests is one, ten items are ten', async () => {
    const { api } = await testTenant(app);
    await Promise.all(Array.from({ length: 10 }, () => sight(api, email('same'), 'busy@northwind.example')));
    expect((await api.get('/unknown-correspondents/busy@northwind.example')).body.itemCount).toBe(1);
    await Promise.all(Array.from({ length: 9 }, (_, n) => sight(api, email(`many-${n}`), 'busy@northwind.example')));
    expect((await api.get('/unknown-correspondents/busy@northwind.example')).body.itemCount).toBe(10);
  });

  test('Bounded items: an address keeps its newest items only, and still counts every item met', async () => {
    const { api } = await testTenant(app);
    for (const day of [1, 2, 3, 4, 5, 6])
      await sight(api, email(`d${day}`, { date: `2026-11-0${day}T10:00:00.000Z` }), 'often@northwind.example');
    const kept = (await api.get('/unknown-correspondents/often@northwind.example')).body;
    expect(kept.itemCount).toBe(6);
    expect(kept.items.map((i: { internetMessageId: string }) => i.internetMessageId)).toEqual([
      '<d6@mail.example>',
      '<d5@mail.example>',
      '<d4@mail.example>',
      '<d3@mail.example>',
    ]);
  });

  test('The list is most recently seen first and pages by cursor', async () => {
    const { api } = await testTenant(app);
    for (const n of ['1', '2', '3']) await sight(api, email(`p${n}`), `p${n}@northwind.example`);
    await sight(api, email('p1-again'), 'p1@northwind.example');
    const first = await api.get('/unknown-correspondents?limit=2');
    expect(first.body.items.map((c: { address: string }) => c.address)).toEqual([
      'p1@northwind.example',
      'p3@northwind.example',
    ]);
    const second = await api.get(`/unknown-correspondents?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body).toEqual({
      items: [expect.objectContaining({ address: 'p2@northwind.example' })],
      nextCursor: null,
    });
  });

  test('Bounded size: when the tenant keeps more addresses than allowed, the least recently seen goes', async () => {
    const { api } = await testTenant(app);
    for (const n of ['1', '2', '3']) await sight(api, email(`b${n}`), `b${n}@northwind.example`);
    await sight(api, email('b1-again'), 'b1@northwind.example');
    await sight(api, email('b4'), 'b4@northwind.example');
    expect(await listed(api)).toEqual(['b4@northwind.example', 'b1@northwind.example', 'b3@northwind.example']);
    expect((await api.get('/unknown-correspondents/b2@northwind.example')).status).toBe(404);
  });

  test('Bad input (no item id, a bad address, unknown fields, no people) is a 400 problem and keeps nothing', async () => {
    const { api } = await testTenant(app);
    const { internetMessageId: _none, ...noId } = email('z');
    for (const body of [
      { item: noId, people: [{ address: 'z@northwind.example', name: '' }] },
      { item: email('z'), people: [{ address: 'not an address', name: '' }] },
      { item: { ...email('z'), extra: 1 }, people: [{ address: 'z@northwind.example', name: '' }] },
      { item: email('z'), people: [] },
      { item: { ...email('z'), kind: 'fax' }, people: [{ address: 'z@northwind.example', name: '' }] },
    ])
      expectProblem(await api.post('/unknown-correspondents/sightings', body), 400);
    expect(await listed(api)).toEqual([]);
  });
});

describe('Ignoring an address', () => {
  test('An ignored address leaves the list, and its later sightings are dropped', async () => {
    const { api } = await testTenant(app);
    await sight(api, email('i1'), 'noise@spam.example');
    expect((await api.post('/unknown-correspondents/noise@spam.example/ignore')).status).toBe(204);
    expect(await listed(api)).toEqual([]);
    expect((await sight(api, email('i2'), 'noise@spam.example')).body.kept).toEqual([]);
    expect(await listed(api)).toEqual([]);
    expectProblem(await api.get('/unknown-correspondents/noise@spam.example'), 404);
  });

  test('DELETE …/ignore undoes it: the address is kept again when met again', async () => {
    const { api } = await testTenant(app);
    await api.post('/unknown-correspondents/back@spam.example/ignore');
    expect((await api.delete('/unknown-correspondents/back@spam.example/ignore')).status).toBe(204);
    await sight(api, email('i3'), 'back@spam.example');
    expect(await listed(api)).toEqual(['back@spam.example']);
    expectProblem(await api.delete('/unknown-correspondents/back@spam.example/ignore'), 404);
  });

  test("A contact's address cannot be ignored (409)", async () => {
    const { api, make } = await testTenant(app);
    const contact = await make.contact();
    expectProblem(await api.post(`/unknown-correspondents/${contact.email}/ignore`), 409);
  });
});

describe('DELETE /unknown-correspondents/{address}', () => {
  test('Clearing an address removes it and its items; it is listed again (count from 1) when met again', async () => {
    const { api } = await testTenant(app);
    await sight(api, email('c1'), 'clear@northwind.example');
    await sight(api, email('c2'), 'clear@northwind.example');
    expect((await api.delete('/unknown-correspondents/clear@northwind.example')).status).toBe(204);
    expect(await listed(api)).toEqual([]);
    await sight(api, email('c3'), 'clear@northwind.example');
    expect((await api.get('/unknown-correspondents/clear@northwind.example')).body).toMatchObject({ itemCount: 1 });
  });

  test('An unknown or bad address is a problem (404, 400)', async () => {
    const { api } = await testTenant(app);
    expectProblem(await api.delete('/unknown-correspondents/nobody@northwind.example'), 404);
    expectProblem(await api.delete('/unknown-correspondents/not-an-address'), 400);
    expectProblem(await api.get('/unknown-correspondents/not-an-address'), 400);
    expectProblem(await api.get('/unknown-correspondents?limit=0'), 400);
    expectProblem(await api.get('/unknown-correspondents?cursor=bogus'), 400);
  });
});

describe('Tenant isolation', () => {
  test("Another tenant neither sees, reads, clears, ignores away nor makes a contact of a tenant's correspondent", async () => {
    const a = await readyTenant();
    const b = await readyTenant();
    await sight(a.api, email('t1'), 'secret@northwind.example');
    expect(await listed(b.api)).toEqual([]);
    expectProblem(await b.api.get('/unknown-correspondents/secret@northwind.example'), 404);
    expectProblem(await b.api.delete('/unknown-correspondents/secret@northwind.example'), 404);
    expectProblem(await b.api.post('/unknown-correspondents/secret@northwind.example/contact', {}), 404);
    await b.api.post('/unknown-correspondents/secret@northwind.example/ignore');
    expect(await listed(a.api)).toEqual(['secret@northwind.example']);
  });
});

describe('POST /unknown-correspondents/{address}/contact', () => {
  test('The contact is prefilled from the address: its name, the email, a new company named from the domain', async () => {
    const { api } = await readyTenant();
    await api.post('/unknown-correspondents/sightings', {
      item: email('n1'),
      people: [{ address: 'Jane@sales.northwind-traders.example', name: 'Jane Roe' }],
    });
    const res = await api.post('/unknown-correspondents/jane@sales.northwind-traders.example/contact', {});
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      contact: { type: 'person', name: 'Jane Roe', email: 'jane@sales.northwind-traders.example' },
      company: { type: 'company', name: 'Northwind Traders' },
      recorded: 0,
    });
    expect(res.body.contact.companyNo).toBe(res.body.company.no);
    expect(await listed(api)).toEqual([]);
    // A second person at the domain joins the same company.
    await sight(api, email('n1b'), 'max@sales.northwind-traders.example');
    const second = await api.post('/unknown-correspondents/max@sales.northwind-traders.example/contact', {});
    expect(second.body.company.no).toBe(res.body.company.no);
  });

  test('The company is the existing company contact at the same domain', async () => {
    const { api, make } = await readyTenant();
    const company = await make.company({ email: 'info@contoso-corp.example' });
    await sight(api, email('n2'), 'joe@contoso-corp.example');
    const res = await api.post('/unknown-correspondents/joe@contoso-corp.example/contact', { name: 'Joe' });
    expect(res.body).toMatchObject({ contact: { name: 'Joe', companyNo: company.no }, company: { no: company.no } });
  });

  test('A company contact can be made of the address, with the phone given', async () => {
    const { api } = await readyTenant();
    await sight(api, email('n4'), 'office@litware.example');
    const res = await api.post('/unknown-correspondents/office@litware.example/contact', {
      name: 'Litware',
      type: 'company',
      phone: '+358 40 123',
    });
    expect(res.body).toMatchObject({
      contact: { type: 'company', name: 'Litware', phone: '+358 40 123' },
      company: null,
    });
  });

  test('An address at a public mail service gets no company', async () => {
    const { api } = await readyTenant();
    await sight(api, email('n3'), 'someone@gmail.com');
    const res = await api.post('/unknown-correspondents/someone@gmail.com/contact', {});
    expect(res.body).toMatchObject({ contact: { companyNo: '' }, company: null });
  });

  test('With recordMissed, each kept item is recorded once with the setup template, and a retry doubles nothing', async () => {
    const { api, templates } = await readyTenant();
    const address = 'missed@fabrikam.example';
    await sight(api, email('m1'), address);
    await sight(api, email('m2', { kind: 'received' }), address);
    await sight(
      api,
      { kind: 'meeting', iCalUId: 'ical-m3', subject: 'Call', date: '2026-12-01T09:00:00.000Z' },
      address,
    );
    const res = await api.post(`/unknown-correspondents/${address}/contact`, { recordMissed: true });
    expect(res.status).toBe(201);
    expect(res.body.recorded).toBe(3);
    const entries = (await api.get(`/interaction-log-entries?contactNo=${res.body.contact.no}`)).body.items;
    expect(entries.map((e: { templateCode: string }) => e.templateCode).sort()).toEqual(
      [templates.sent, templates.received, templates.meeting].sort(),
    );
    expect(entries.find((e: { templateCode: string }) => e.templateCode === templates.received)).toMatchObject({
      informationFlow: 'inbound',
      initiatedBy: 'them',
    });
    // The pane records the same email later: it finds the entry instead of making another.
    const pane = await api.post('/interactions', {
      contactNo: res.body.contact.no,
      templateCode: templates.sent,
      source: { type: 'email', internetMessageId: '<m1@mail.example>' },
    });
    expect(pane.status).toBe(200);
    // A retry after the answer: the address has left the list (404), still three entries.
    expectProblem(await api.post(`/unknown-correspondents/${address}/contact`, { recordMissed: true }), 404);
    expect((await api.get(`/interaction-log-entries?contactNo=${res.body.contact.no}`)).body.items).toHaveLength(3);
  });

  test('Two requests at once (a double click, a retry before the answer) make one contact and record each item once', async () => {
    const { api } = await readyTenant();
    const address = 'twice@fabrikam.example';
    await sight(api, email('w1'), address);
    await sight(api, email('w2'), address);
    const answers = await Promise.all(
      [1, 2].map(() => api.post(`/unknown-correspondents/${address}/contact`, { recordMissed: true })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 404]);
    const contacts = (await api.get(`/contacts?email=${address}`)).body.items;
    expect(contacts).toHaveLength(1);
    expect((await api.get(`/interaction-log-entries?contactNo=${contacts[0].no}`)).body.items).toHaveLength(2);
  });

  test('A missed email the pane recorded already for the new contact is not recorded twice', async () => {
    const { api, make, templates } = await readyTenant();
    await sight(api, email('r1'), 'raced@fabrikam.example');
    const contact = await make.contact({ email: 'raced@fabrikam.example' });
    await make.interaction({
      contactNo: contact.no,
      templateCode: templates.sent,
      source: { type: 'email', internetMessageId: '<r1@mail.example>' },
    });
    expectProblem(await api.post('/unknown-correspondents/raced@fabrikam.example/contact', {}), 409);
    const entries = (await api.get(`/interaction-log-entries?contactNo=${contact.no}`)).body.items;
    expect(entries).toHaveLength(1);
  });

  test('Without a template for a kind of kept item, 422 names it and nothing is created', async () => {
    const tenant = await testTenant(app);
    const series = await tenant.make.numberSeries({ startingNo: 'UC0001' });
    await tenant.make.ok(tenant.api.put('/marketing-setup', { contactNos: series.code }));
    await sight(tenant.api, email('t1'), 'nt@northwind.example');
    const res = await tenant.api.post('/unknown-correspondents/nt@northwind.example/contact', { recordMissed: true });
    expectProblem(res, 422);
    expect(res.body.errors).toEqual([{ path: '/body/templates/sent', message: expect.any(String) }]);
    expect((await tenant.api.get('/contacts?email=nt@northwind.example')).body.items).toEqual([]);
    expect(await listed(tenant.api)).toEqual(['nt@northwind.example']);
  });

  test('Bad input is a 400 problem and changes nothing; an unknown address is 404', async () => {
    const { api } = await readyTenant();
    await sight(api, email('e1'), 'bad@northwind.example');
    for (const body of [{ recordMissed: 'yes' }, { name: '' }, { unknown: 1 }, { templates: { fax: 'X' } }])
      expectProblem(await api.post('/unknown-correspondents/bad@northwind.example/contact', body), 400);
    expectProblem(await api.post('/unknown-correspondents/nobody@northwind.example/contact', {}), 404);
    expectProblem(await api.post('/unknown-correspondents/nope/contact', {}), 400);
    expect(await listed(api)).toEqual(['bad@northwind.example']);
    expect((await api.get('/contacts?email=bad@northwind.example')).body.items).toEqual([]);
  });
});
