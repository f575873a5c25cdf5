import { startTestApp, type ApiClient } from '../../../../test/support/test-app';
import { factories } from '../../../../test/support/factories';

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
