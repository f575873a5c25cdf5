// The insights: interactions per ISO week over a period, split by template, group or salesperson,
// and the latest logged segments with their results; the same counting rules as the records'.
import { startTestApp } from '../../../../test/support/test-app';
import { testTenant, type TestTenant } from '../../../../test/support/test-tenant';

let app: Awaited<ReturnType<typeof startTestApp>>;
let tenant: TestTenant;

beforeAll(async () => {
  app = await startTestApp({ label: 'statistics-insights' });
  tenant = await testTenant(app);
});
afterAll(() => app.stop());

test('Interactions are counted per ISO week (Monday, UTC) and split by template, group and salesperson, with names', async () => {
  const group = await tenant.make.group({ description: 'Calls' });
  const call = await tenant.make.template({ description: 'Phone call', interactionGroupCode: group.code, unitCost: 2 });
  const mail = await tenant.make.template({ description: 'Mailing', unitCost: 1 });
  const seller = await tenant.make.salesperson({ name: 'Ann Seller' });
  const contact = await tenant.make.contact();
  const make = (templateCode: string, date: string, o: Record<string, unknown> = {}) =>
    tenant.make.interaction({ contactNo: contact.no, templateCode, date, ...o });
  await make(call.code, '2026-03-01T23:30:00.000Z', { salespersonCode: seller.code }); // Sunday: week of Feb 23
  await make(call.code, '2026-03-02T00:30:00.000Z'); // Monday: week of Mar 2
  await make(mail.code, '2026-03-04T12:00:00.000Z');
  const canceled = await make(mail.code, '2026-03-05T12:00:00.000Z');
  await tenant.api.patch(`/interaction-log-entries/${canceled.entryNo}`, { canceled: true });
  await make(mail.code, '2026-03-06T12:00:00.000Z', { postpone: true });

  const all = (await tenant.api.get('/insights/interactions?from=2026-02-25&to=2026-03-08')).body;
  expect(all.weeks).toEqual(['2026-02-23', '2026-03-02']);
  expect(all.series).toEqual([
    {
      key: 'all',
      name: '',
      points: [
        { week: '2026-02-23', noOfInteractions: 1, costLcy: 2, durationMin: 15 },
        { week: '2026-03-02', noOfInteractions: 2, costLcy: 3, durationMin: 30 },
      ],
    },
  ]);
  expect(all.totals).toEqual({ noOfInteractions: 3, costLcy: 5, durationMin: 45 });

  const byTemplate = (await tenant.api.get('/insights/interactions?from=2026-02-25&to=2026-03-08&by=template')).body;
  const counts = (s: any) => s.points.map((p: any) => p.noOfInteractions);
  expect(byTemplate.series.map((s: any) => [s.key, s.name, counts(s)])).toEqual(
    [
      [call.code, 'Phone call', [1, 1]],
      [mail.code, 'Mailing', [0, 1]],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  );
  const byGroup = (await tenant.api.get('/insights/interactions?from=2026-02-25&to=2026-03-08&by=group')).body;
  expect(byGroup.series.map((s: any) => [s.key, s.name, counts(s)])).toEqual([[group.code, 'Calls', [1, 1]]]);
  const bySeller = (await tenant.api.get('/insights/interactions?from=2026-02-25&to=2026-03-08&by=salesperson')).body;
  expect(bySeller.series.map((s: any) => [s.key, s.name, counts(s)])).toEqual([[seller.code, 'Ann Seller', [1, 0]]]);
});

test('The latest logged segments come newest first with their statistics', async () => {
  const template = await tenant.make.template({ unitCost: 3 });
  const logged: number[] = [];
  for (const size of [1, 2]) {
    const segment = await tenant.make.segment({ interaction: { templateCode: template.code } });
    for (let i = 0; i < size; i++) {
      const contact = await tenant.make.contact();
      await tenant.api.post(`/segments/${segment.no}/lines`, { contactNo: contact.no });
    }
    logged.push((await tenant.api.post(`/segments/${segment.no}/log`, {})).body.loggedSegmentEntryNo);
  }

  const res = await tenant.api.get('/insights/logged-segments?limit=2');
  expect(res.status).toBe(200);
  expect(res.body.items.map((i: any) => [i.entryNo, i.statistics.noOfInteractions, i.statistics.costLcy])).toEqual([
    [logged[1], 2, 6],
    [logged[0], 1, 3],
  ]);
  const many = await tenant.api.get(`/statistics/logged-segments?codes=${logged.join(',')}`);
  expect(many.body.items.map((i: any) => [i.code, i.statistics.noOfInteractions])).toEqual([
    [String(logged[0]), 1],
    [String(logged[1]), 2],
  ]);
});
