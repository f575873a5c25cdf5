import mongoose from 'mongoose';
import { randomUUID } from 'node:crypto';
import { startTestApp, type ApiClient } from '../../../../test/support/test-app';
import { factories } from '../../../../test/support/factories';
import { testTenant } from '../../../../test/support/test-tenant';

let app: Awaited<ReturnType<typeof startTestApp>>;
let api: ApiClient;

beforeAll(async () => {
  app = await startTestApp({ label: 'contact_domain' });
  api = await app.as({ tid: 'tenant-domain' });
});

afterAll(() => app.stop());

describe('GET /contacts?emailDomain=', () => {
  test('When companies are looked up by an address domain (any case, leading @ allowed), then the companies at that domain come back', async () => {
    const f = factories(api);
    const company = await f.company({ email: 'office@Northwind.example' });
    await f.contact({ email: 'someone@northwind.example', companyNo: company.no });
    await f.company({ email: 'info@elsewhere.example' });
    await f.company({ email: 'info@notnorthwind.example' });

    for (const domain of ['northwind.example', 'NORTHWIND.EXAMPLE', '@northwind.example']) {
      const res = await api.get(`/contacts?type=company&emailDomain=${encodeURIComponent(domain)}`);
      expect(res.status).toBe(200);
      expect(res.body.items.map((c: any) => c.no)).toEqual([company.no]);
    }
  });

  test('When the domain is empty, then the request is refused with 400', async () => {
    expect((await api.get('/contacts?emailDomain=')).status).toBe(400);
  });
});

describe("The companies at a domain (read through the domain's links)", () => {
  const newDomain = () => `d${randomUUID().slice(0, 8)}.example`;
  const companiesAt = async (client: ApiClient, domain: string) =>
    (await client.get(`/contacts?type=company&emailDomain=${domain}`)).body.items.map((c: { no: string }) => c.no);

  test("When a company's address moves to another domain, then it is found at the new domain only, and again after it moves back", async () => {
    const f = factories(api);
    const [before, after] = [newDomain(), newDomain()];
    const company = await f.company({ email: `office@${before}` });

    await f.ok(api.patch(`/contacts/${company.no}`, { email: `office@${after}` }));
    expect([await companiesAt(api, before), await companiesAt(api, after)]).toEqual([[], [company.no]]);

    await f.ok(api.patch(`/contacts/${company.no}`, { email: `office@${before}` }));
    expect([await companiesAt(api, before), await companiesAt(api, after)]).toEqual([[company.no], []]);
  });

  test('When a company becomes a person, then it is no longer among the companies at its domain', async () => {
    const f = factories(api);
    const domain = newDomain();
    const [stays, changes] = [await f.company({ email: `a@${domain}` }), await f.company({ email: `b@${domain}` })];

    await f.ok(api.patch(`/contacts/${changes.no}`, { type: 'person' }));

    expect(await companiesAt(api, domain)).toEqual([stays.no]);
  });

  test('When several companies share a domain, then they come back in number order, a page at a time', async () => {
    const f = factories(api);
    const domain = newDomain();
    const made = [];
    for (const name of ['One', 'Two', 'Three']) made.push((await f.company({ name, email: `${name}@${domain}` })).no);
    const first = await api.get(`/contacts?type=company&emailDomain=${domain}&limit=2`);
    const rest = await api.get(`/contacts?type=company&emailDomain=${domain}&limit=2&cursor=${first.body.nextCursor}`);

    expect([...first.body.items, ...rest.body.items].map((c: { no: string }) => c.no)).toEqual([...made].sort());
    expect(rest.body.nextCursor ?? null).toBeNull();
  });

  test('When a company was made before the domain links existed, then the first read at its domain finds it', async () => {
    const older = await testTenant(app);
    const domain = newDomain();
    const company = await older.make.company({ email: `office@${domain}` });
    // As a company written before the lookup existed: the links of the tenant gone.
    await mongoose.connection.db!.collection('lookups').deleteMany({ tenantId: older.tid });

    expect(await companiesAt(older.api, domain.toUpperCase())).toEqual([company.no]);
  });
});
