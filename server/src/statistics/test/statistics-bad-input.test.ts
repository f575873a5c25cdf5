// Bad input to the statistics and insights: 400 problem+json, and nothing in the database changed.
import { startTestApp } from '../../../../test/support/test-app';
import { testTenant, type TestTenant } from '../../../../test/support/test-tenant';
import { expectProblem } from '../../../../test/helpers/problem';
import { snapshotDatabase } from '../../../../test/helpers/db-state';

let app: Awaited<ReturnType<typeof startTestApp>>;
let tenant: TestTenant;

beforeAll(async () => {
  app = await startTestApp({ label: 'statistics-bad-input' });
  tenant = await testTenant(app);
  const template = await tenant.make.template();
  const contact = await tenant.make.contact();
  await tenant.make.interaction({ contactNo: contact.no, templateCode: template.code });
  // Folded now, so that the requests below find nothing to write.
  expect((await tenant.api.get(`/statistics/interaction-templates/${template.code}`)).status).toBe(200);
});
afterAll(() => app.stop());

async function expectRefused(path: string, status = 400) {
  const before = await snapshotDatabase();
  expectProblem(await tenant.api.get(path), status);
  expect(await snapshotDatabase()).toEqual(before);
}

describe('GET /insights/interactions', () => {
  test('When the period ends before it starts, then 400', () =>
    expectRefused('/insights/interactions?from=2026-03-01&to=2026-02-28'));
  test('When the period is longer than three years (157 weeks), then 400', () =>
    expectRefused('/insights/interactions?from=2023-01-01&to=2026-12-31'));
  test('When the dimension is unknown, then 400', () =>
    expectRefused('/insights/interactions?from=2026-01-01&to=2026-02-01&by=campaign'));
  test.each(['2026-13-01', '2026-02-30', '01.02.2026', 'yesterday', '2026-01-01T00:00:00Z'])(
    'When a date is malformed (%s), then 400',
    (bad) => expectRefused(`/insights/interactions?from=${encodeURIComponent(bad)}&to=2026-03-01`),
  );
  test('When a date or an unknown parameter is sent, then 400', async () => {
    await expectRefused('/insights/interactions?from=2026-01-01');
    await expectRefused('/insights/interactions?from=2026-01-01&to=2026-02-01&tenantId=x');
  });
  test('A period of exactly 157 weeks is answered, every week listed', async () => {
    const res = await tenant.api.get('/insights/interactions?from=2024-01-01&to=2027-01-03');
    expect(res.status).toBe(200);
    expect(res.body.weeks).toHaveLength(157);
    expect(res.body.weeks[0]).toBe('2024-01-01');
    expectProblem(await tenant.api.get('/insights/interactions?from=2024-01-01&to=2027-01-04'), 400);
  });
});

describe('GET /statistics/{kind}', () => {
  test('When more than 200 codes are asked for, then 400', () =>
    expectRefused(`/statistics/contacts?codes=${Array.from({ length: 201 }, (_, i) => `C${i}`).join(',')}`));
  test('When a logged segment code is not an entry number, then 400', () =>
    expectRefused('/statistics/logged-segments?codes=1,abc'));
  test('When the kind is unknown, then 400', () => expectRefused('/statistics/campaigns?codes=A'));
  test('When no codes are given, then 400', () => expectRefused('/statistics/contacts'));
  test('When a logged segment entry number is not a number, then 400', () =>
    expectRefused('/statistics/logged-segments/abc'));
  test('Codes of records that do not exist are left out of the answer', async () => {
    const template = await tenant.make.template();
    const res = await tenant.api.get(`/statistics/interaction-templates?codes=${template.code},NOSUCH`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { code: string }) => i.code)).toEqual([template.code]);
  });
});
