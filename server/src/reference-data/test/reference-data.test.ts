import { createClient, startTestApp, type ApiClient } from '../../../../test/support/test-app';
import { testTenant } from '../../../../test/support/test-tenant';
import { expectProblem } from '../../../../test/helpers/problem';

let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  app = await startTestApp({ label: 'reference-data' });
});
afterAll(() => app.stop());

const itemsOf = async (api: ApiClient, path: string) => (await api.get(`${path}?limit=500`)).body.items;

describe('GET /reference-data', () => {
  test('When a tenant has templates, groups, salespeople and a template setup, then one read answers what the four reads answer', async () => {
    const { api, make } = await testTenant(app, { prefix: 'reference' });
    const group = await make.group({ description: 'Letters' });
    const templates = [await make.template({ interactionGroupCode: group.code }), await make.template()];
    await make.salesperson();
    await make.ok(api.put('/interaction-template-setup', { emails: templates[0].code }));

    const res = await api.get('/reference-data');

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      templates: await itemsOf(api, '/interaction-templates'),
      groups: await itemsOf(api, '/interaction-groups'),
      salespeople: await itemsOf(api, '/salespeople'),
      templateSetup: (await api.get('/interaction-template-setup')).body,
    });
    expect(res.body.templates.map((t: { code: string }) => t.code)).toEqual(templates.map((t) => t.code).sort());
    expect(res.body.templateSetup).toMatchObject({ emails: templates[0].code, version: expect.any(Number) });
    expect(res.body.groups).toEqual([{ code: group.code, description: 'Letters', version: 0 }]);
  });

  test("When another tenant has reference data, then a tenant's read holds only its own", async () => {
    const other = await testTenant(app, { prefix: 'reference-other' });
    await other.make.template();
    await other.make.salesperson();
    const { api } = await testTenant(app, { prefix: 'reference-empty' });

    const res = await api.get('/reference-data');

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      templates: [],
      groups: [],
      salespeople: [],
      templateSetup: (await api.get('/interaction-template-setup')).body,
    });
  });

  test('When the read names a query parameter, then 400 as problem details', async () => {
    const { api } = await testTenant(app, { prefix: 'reference-query' });

    expectProblem(await api.get('/reference-data?limit=5'), 400, 'validation');
  });

  test('When the caller has no token, then 401 as problem details', async () => {
    expectProblem(await createClient(app.baseUrl, null).get('/reference-data'), 401, 'unauthorized');
  });
});
