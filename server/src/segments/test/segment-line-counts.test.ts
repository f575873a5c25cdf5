import { startTestApp, type ApiClient } from '../../../../test/support/test-app';
import type { factories } from '../../../../test/support/factories';
import { testTenant } from '../../../../test/support/test-tenant';
import { SegmentLineModel, SegmentModel } from '../data-access/segment-models';
import type { LineCounts } from '../data-access/segment-line-counts';

const TENANT = 'tenant-line-counts';
let app: Awaited<ReturnType<typeof startTestApp>>;
let api: ApiClient;
let make: ReturnType<typeof factories>;

beforeAll(async () => {
  app = await startTestApp({ label: 'segment_line_counts' });
  ({ api, make } = await testTenant(app, { tid: TENANT }));
});
afterAll(() => app.stop());

const headerCounts = async (no: string) =>
  (await SegmentModel.findOne({ tenantId: TENANT, no }, { lineCounts: 1 }).lean<{ lineCounts: LineCounts }>())!
    .lineCounts;

/** The counts the header should hold, counted from the lines themselves. */
async function countedFromLines(no: string) {
  const lines = await SegmentLineModel.find({ tenantId: TENANT, segmentNo: no }, { overrides: 1 }).lean<
    Array<{ overrides?: { templateCode?: string } }>
  >();
  const own = new Map<string, number>();
  for (const line of lines) {
    const code = line.overrides?.templateCode;
    if (code !== undefined) own.set(code, (own.get(code) ?? 0) + 1);
  }
  return {
    lines: lines.length,
    withoutOwnTemplate: lines.filter((l) => l.overrides?.templateCode === undefined).length,
    ownTemplates: Object.fromEntries(own),
  };
}

async function expectExactCounts(no: string) {
  const counts = await headerCounts(no);
  expect(counts.uncounted).toBe(0);
  expect({
    lines: counts.lines,
    withoutOwnTemplate: counts.withoutOwnTemplate,
    ownTemplates: Object.fromEntries(counts.ownTemplates.map((t) => [t.code, t.lines])),
  }).toEqual(await countedFromLines(no));
  expect((await api.get(`/segments/${no}`)).body.noOfLines).toBe(counts.lines);
}

describe('Line counts on the segment header', () => {
  test('When lines are added, changed, removed by criteria and steps undone, then the header counts stay exact', async () => {
    const [templateA, templateB] = [await make.template(), await make.template()];
    const company = await make.company();
    const people = [];
    for (let i = 0; i < 3; i++) people.push(await make.contact({ companyNo: company.no }));
    const loner = await make.contact();
    const segment = await make.segment({ interaction: { templateCode: templateA.code } });

    await api.post(`/segments/${segment.no}/add-contacts`, { filter: { companyNo: company.no } });
    await expectExactCounts(segment.no);
    const added = await api.post(`/segments/${segment.no}/lines`, {
      contactNo: loner.no,
      templateCode: templateB.code,
    });
    expect(added.status).toBe(201);
    await expectExactCounts(segment.no);
    const [first] = (await api.get(`/segments/${segment.no}/lines`)).body.items;
    await api.patch(`/segments/${segment.no}/lines/${first.lineNo}`, { templateCode: templateB.code });
    await api.patch(`/segments/${segment.no}/lines/${added.body.lineNo}`, { resetOverrides: ['templateCode'] });
    await expectExactCounts(segment.no);
    await api.post(`/segments/${segment.no}/reduce-contacts`, { filter: { type: 'company' } });
    await expectExactCounts(segment.no);
    await api.post(`/segments/${segment.no}/refine-contacts`, { filter: { contactNos: [people[0]!.no, loner.no] } });
    await expectExactCounts(segment.no);
    await api.post(`/segments/${segment.no}/undo`);
    await api.post(`/segments/${segment.no}/undo`);
    await expectExactCounts(segment.no);
    await api.delete(`/segments/${segment.no}/lines/${added.body.lineNo}`);
    await expectExactCounts(segment.no);
    await api.post(`/segments/${segment.no}/undo`);

    await expectExactCounts(segment.no);
    expect((await headerCounts(segment.no)).lines).toBe(0);
  });

  test('When a line refused (409) or a change refused (412) changes nothing, then the counts stay trusted', async () => {
    const [contact, template] = [await make.contact(), await make.template()];
    const segment = await make.segment();
    const line = (await api.post(`/segments/${segment.no}/lines`, { contactNo: contact.no })).body;
    const path = `/segments/${segment.no}/lines/${line.lineNo}`;
    await api.patch(path, { subject: 'Changed since it was read' });

    const twice = await api.post(`/segments/${segment.no}/lines`, { contactNo: contact.no });
    const stale = await api.request('PATCH', path, { templateCode: template.code }, { 'If-Match': '"0"' });

    expect(twice.status).toBe(409);
    expect(stale.status).toBe(412);
    expect((await api.get(`/segments/${segment.no}/lines`)).body.items[0].overridden).toEqual(['subject']);
    await expectExactCounts(segment.no);
  });

  test('When a write left the counts untrusted, then logging reads the lines and logs every one of them', async () => {
    const template = await make.template();
    const segment = await make.segment({ interaction: { templateCode: template.code } });
    for (let i = 0; i < 3; i++)
      await api.post(`/segments/${segment.no}/lines`, { contactNo: (await make.contact()).no });
    // What a write that died between its lines and its count leaves: a write begun, counts behind.
    await SegmentModel.updateOne(
      { tenantId: TENANT, no: segment.no },
      { $set: { lineCounts: { lines: 1, withoutOwnTemplate: 1, ownTemplates: [], uncounted: 1 } } },
    );
    expect((await api.get(`/segments/${segment.no}`)).body.noOfLines).toBe(3);

    const res = await api.post(`/segments/${segment.no}/log`, {});

    expect(res.status).toBe(200);
    expect(res.body.noOfInteractions).toBe(3);
  });

  test('When untrusted counts hide a line that blanked its template, then logging is still refused with 422 and nothing is written', async () => {
    const template = await make.template();
    const segment = await make.segment({ interaction: { templateCode: template.code } });
    await api.post(`/segments/${segment.no}/lines`, { contactNo: (await make.contact()).no });
    await api.post(`/segments/${segment.no}/lines`, { contactNo: (await make.contact()).no, templateCode: '' });
    await SegmentModel.updateOne(
      { tenantId: TENANT, no: segment.no },
      { $set: { lineCounts: { lines: 2, withoutOwnTemplate: 2, ownTemplates: [], uncounted: 1 } } },
    );

    const res = await api.post(`/segments/${segment.no}/log`, {});

    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await api.get(`/segments/${segment.no}/log-progress`)).body.state).toBe('notStarted');
    expect((await api.get(`/interaction-log-entries?segmentNo=${segment.no}`)).body.items).toEqual([]);
  });
});
