import { expectProblem } from '../../../../test/helpers/problem';
import { startTestApp, type ApiClient } from '../../../../test/support/test-app';
import type { factories } from '../../../../test/support/factories';
import { testTenant } from '../../../../test/support/test-tenant';

let app: Awaited<ReturnType<typeof startTestApp>>;
let api: ApiClient;
let make: ReturnType<typeof factories>;

beforeAll(async () => {
  app = await startTestApp({ label: 'segment-rules' });
  ({ api, make } = await testTenant(app, { tid: 'tenant-segment-rules' }));
});
afterAll(() => app.stop());

async function segmentWith(contacts: Array<{ no: string }>, interaction: Record<string, unknown> = {}) {
  const segment = await make.segment({ interaction });
  for (const c of contacts)
    expect((await api.post(`/segments/${segment.no}/lines`, { contactNo: c.no })).status).toBe(201);
  return segment;
}

const lines = async (no: string) => (await api.get(`/segments/${no}/lines?limit=500`)).body.items as any[];

describe('Segment header and lines', () => {
  test('When the header template is set, then its description, flow and unit values fill the header interaction', async () => {
    const template = await make.template({
      description: 'Newsletter',
      unitCost: 4,
      unitDurationMin: 7,
      informationFlow: 'outbound',
      initiatedBy: 'us',
    });
    const segment = await make.segment();

    const res = await api.patch(`/segments/${segment.no}`, { interaction: { templateCode: template.code } });

    expect(res.status).toBe(200);
    expect(res.body.interaction).toMatchObject({
      templateCode: template.code,
      description: 'Newsletter',
      unitCost: 4,
      unitDurationMin: 7,
      informationFlow: 'outbound',
      initiatedBy: 'us',
    });
  });

  test('When the header interaction changes, then every line that has not overridden that field follows it', async () => {
    const [a, b] = [await make.contact(), await make.contact()];
    const segment = await segmentWith([a, b], { subject: 'Old subject' });
    const [lineA] = (await lines(segment.no)).filter((l) => l.contactNo === a.no);
    await api.patch(`/segments/${segment.no}/lines/${lineA.lineNo}`, { subject: 'Own subject' });

    await api.patch(`/segments/${segment.no}`, { interaction: { subject: 'New subject' } });

    const after = await lines(segment.no);
    expect(after.find((l) => l.contactNo === a.no)).toMatchObject({ subject: 'Own subject', overridden: ['subject'] });
    expect(after.find((l) => l.contactNo === b.no)).toMatchObject({ subject: 'New subject', overridden: [] });
  });

  test('When a line override is reset, then the line shows the header value again', async () => {
    const a = await make.contact();
    const segment = await segmentWith([a], { subject: 'Header' });
    const [line] = await lines(segment.no);
    await api.patch(`/segments/${segment.no}/lines/${line.lineNo}`, { subject: 'Mine' });

    const res = await api.patch(`/segments/${segment.no}/lines/${line.lineNo}`, { resetOverrides: ['subject'] });

    expect(res.body).toMatchObject({ subject: 'Header', overridden: [] });
  });

  test("When a segment is created without a salesperson, then it gets the user's: the salesperson with the user's email (Business Central's User Setup default)", async () => {
    const t = await testTenant(app);
    const mine = await t.make.salesperson({ email: 'Anna.Seller@Contoso.example' });
    const anna = await t.as('anna', { preferred_username: 'anna.seller@contoso.example' });
    const other = await t.as('otto', { preferred_username: 'otto@contoso.example' });

    const first = await anna.post('/segments', { no: 'S-MINE', description: 'Mine' });
    expect([first.status, first.body.salespersonCode]).toEqual([201, mine.code]);
    expect(
      (await anna.post('/segments', { no: 'S-BLANK', description: 'Blank', salespersonCode: '' })).body.salespersonCode,
    ).toBe(mine.code);
    const chosen = await t.make.salesperson();
    expect(
      (await anna.post('/segments', { no: 'S-CHOSEN', description: 'Chosen', salespersonCode: chosen.code })).body
        .salespersonCode,
    ).toBe(chosen.code);
    expect((await other.post('/segments', { no: 'S-NOBODY', description: 'Nobody' })).body.salespersonCode).toBe('');
  });

  test('When a contact is added twice, then the second add is refused with 409 already-exists, naming the contact', async () => {
    const a = await make.contact();
    const segment = await segmentWith([a]);

    const res = await api.post(`/segments/${segment.no}/lines`, { contactNo: a.no });

    expectProblem(res, 409, 'already-exists');
    expect(res.body.detail).toBe(`Contact ${a.no} is already in segment ${segment.no}.`);
    expect((await api.get(`/segments/${segment.no}`)).body.noOfLines).toBe(1);
  });

  test('When the segment or line does not exist, then 404', async () => {
    const segment = await make.segment();
    expect((await api.get('/segments/NOPE-SEGMENT')).status).toBe(404);
    expect((await api.patch(`/segments/${segment.no}/lines/999`, { subject: 'x' })).status).toBe(404);
    expect((await api.delete(`/segments/${segment.no}/lines/999`)).status).toBe(404);
  });
});

describe('Segment criteria', () => {
  async function companyWithPeople(count: number) {
    const company = await make.company();
    const people = [];
    for (let i = 0; i < count; i++) people.push(await make.contact({ companyNo: company.no }));
    return { company, people };
  }

  test('When contacts are added by company, then only that company and its people are added and the step is recorded', async () => {
    const { company, people } = await companyWithPeople(3);
    await companyWithPeople(2);
    const segment = await make.segment();

    const res = await api.post(`/segments/${segment.no}/add-contacts`, { filter: { companyNo: company.no } });

    expect(res.body).toEqual({ noOfLines: 4, changed: 4 });
    expect((await lines(segment.no)).map((l) => l.contactNo).sort()).toEqual(
      [company.no, ...people.map((p) => p.no)].sort(),
    );
    expect((await api.get(`/segments/${segment.no}/criteria`)).body.items).toHaveLength(1);
  });

  test('When contacts already in the segment match again, then they are skipped unless allowExisting refreshes them', async () => {
    const { company } = await companyWithPeople(2);
    const segment = await make.segment();
    await api.post(`/segments/${segment.no}/add-contacts`, { filter: { companyNo: company.no } });

    const skipped = await api.post(`/segments/${segment.no}/add-contacts`, { filter: { companyNo: company.no } });
    const refreshed = await api.post(`/segments/${segment.no}/add-contacts`, {
      filter: { companyNo: company.no },
      allowExisting: true,
    });

    expect(skipped.body).toEqual({ noOfLines: 3, changed: 0 });
    expect(refreshed.body).toEqual({ noOfLines: 3, changed: 3 });
  });

  test('When reduce then refine run, then reduce takes matching lines out and refine keeps only matching lines', async () => {
    const { company, people } = await companyWithPeople(3);
    const segment = await make.segment();
    await api.post(`/segments/${segment.no}/add-contacts`, { filter: { companyNo: company.no } });

    const reduced = await api.post(`/segments/${segment.no}/reduce-contacts`, { filter: { type: 'company' } });
    const refined = await api.post(`/segments/${segment.no}/refine-contacts`, {
      filter: { contactNos: [people[0].no, people[1].no] },
    });

    expect(reduced.body).toEqual({ noOfLines: 3, changed: 1 });
    expect(refined.body).toEqual({ noOfLines: 2, changed: 1 });
  });

  test('When the last step is undone, then a reduce puts its lines back with their overrides and an add takes its lines out', async () => {
    const { company } = await companyWithPeople(2);
    const segment = await make.segment();
    await api.post(`/segments/${segment.no}/add-contacts`, { filter: { companyNo: company.no } });
    const companyLine = (await lines(segment.no)).find((l) => l.contactNo === company.no);
    await api.patch(`/segments/${segment.no}/lines/${companyLine.lineNo}`, { subject: 'Kept' });
    await api.post(`/segments/${segment.no}/reduce-contacts`, { filter: { type: 'company' } });

    const undoReduce = await api.post(`/segments/${segment.no}/undo`);
    const restored = (await lines(segment.no)).find((l) => l.contactNo === company.no);
    const undoAdd = await api.post(`/segments/${segment.no}/undo`);
    const nothingLeft = await api.post(`/segments/${segment.no}/undo`);

    expect(undoReduce.body).toMatchObject({ noOfLines: 3, changed: 1 });
    expect(restored).toMatchObject({ lineNo: companyLine.lineNo, subject: 'Kept', overridden: ['subject'] });
    expect(undoAdd.body).toMatchObject({ noOfLines: 0, changed: 3 });
    expect(nothingLeft.status).toBe(409);
  });

  test('When criteria are saved and reused on another segment, then the other segment gets the same contacts', async () => {
    const { company } = await companyWithPeople(2);
    const source = await make.segment();
    await api.post(`/segments/${source.no}/add-contacts`, { filter: { companyNo: company.no } });
    await api.post(`/segments/${source.no}/reduce-contacts`, { filter: { type: 'company' } });
    const code = `CRIT${source.no.slice(-6)}`;
    expect(
      (await api.post(`/segments/${source.no}/save-criteria`, { code, description: 'People of a company' })).status,
    ).toBe(201);
    const target = await make.segment();

    const reused = await api.post(`/segments/${target.no}/reuse-criteria`, { code });

    expect(reused.body.noOfLines).toBe(2);
    expect((await lines(target.no)).map((l) => l.contactNo).sort()).toEqual(
      (await lines(source.no)).map((l) => l.contactNo).sort(),
    );
    expect((await api.get('/saved-segment-criteria')).body.items.map((c: any) => c.code)).toContain(code);
    expect((await api.post(`/segments/${target.no}/reuse-criteria`, { code: 'NO-SUCH-CRIT' })).status).toBe(422);
  });
});

describe('POST /segments/:no/log', () => {
  test('When a segment is logged, then each line gets one entry with the segment and logged segment numbers, and the segment is gone', async () => {
    const template = await make.template({ unitCost: 2, unitDurationMin: 3 });
    const [a, b] = [await make.contact(), await make.contact()];
    const segment = await segmentWith([a, b], { templateCode: template.code, subject: 'Offer' });

    const res = await api.post(`/segments/${segment.no}/log`, {});

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ noOfInteractions: 2, followUpSegmentNo: null });
    const entries = (await api.get(`/interaction-log-entries?loggedSegmentEntryNo=${res.body.loggedSegmentEntryNo}`))
      .body.items;
    expect(entries.map((e: any) => e.contactNo).sort()).toEqual([a.no, b.no].sort());
    expect(entries[0]).toMatchObject({
      segmentNo: segment.no,
      templateCode: template.code,
      subject: 'Offer',
      cost: 2,
      durationMin: 3,
    });
    expect((await api.get(`/segments/${segment.no}`)).status).toBe(404);
    expect((await api.get(`/logged-segments/${res.body.loggedSegmentEntryNo}`)).body).toMatchObject({
      segmentNo: segment.no,
      noOfInteractions: 2,
      canceled: false,
    });
  });

  test('When a line overrides the template, then its entry uses the line template and its unit values', async () => {
    const headerTemplate = await make.template({ unitCost: 1 });
    const lineTemplate = await make.template({ description: 'Line template', unitCost: 9, unitDurationMin: 30 });
    const [a, b] = [await make.contact(), await make.contact()];
    const segment = await segmentWith([a, b], { templateCode: headerTemplate.code });
    const lineA = (await lines(segment.no)).find((l) => l.contactNo === a.no);
    await api.patch(`/segments/${segment.no}/lines/${lineA.lineNo}`, { templateCode: lineTemplate.code });

    const res = await api.post(`/segments/${segment.no}/log`, {});

    const entries = (await api.get(`/interaction-log-entries?loggedSegmentEntryNo=${res.body.loggedSegmentEntryNo}`))
      .body.items;
    expect(entries.find((e: any) => e.contactNo === a.no)).toMatchObject({
      templateCode: lineTemplate.code,
      description: 'Line template',
      cost: 9,
      durationMin: 30,
    });
    expect(entries.find((e: any) => e.contactNo === b.no)).toMatchObject({
      templateCode: headerTemplate.code,
      cost: 1,
    });
  });

  test('When the segment has no lines, then 422 and nothing is logged', async () => {
    const template = await make.template();
    const segment = await make.segment({ interaction: { templateCode: template.code } });

    const res = await api.post(`/segments/${segment.no}/log`, {});

    expect(res.status).toBe(422);
    expect((await api.get(`/segments/${segment.no}`)).status).toBe(200);
  });

  test('When a line has no template, then 422 and nothing is logged', async () => {
    const a = await make.contact();
    const segment = await segmentWith([a]);

    const res = await api.post(`/segments/${segment.no}/log`, {});

    expect(res.status).toBe(422);
    expect((await api.get(`/interaction-log-entries?segmentNo=${segment.no}`)).body.items).toHaveLength(0);
  });

  test('When a follow-up is asked for without a segment number series, then 422 and nothing is logged', async () => {
    const { api: other, make: otherMake } = await testTenant(app, { tid: 'tenant-segment-no-series' });
    const template = await otherMake.template();
    const contact = await otherMake.contact();
    const segment = await otherMake.segment({ interaction: { templateCode: template.code } });
    await other.post(`/segments/${segment.no}/lines`, { contactNo: contact.no });

    const res = await other.post(`/segments/${segment.no}/log`, { createFollowUp: true });

    expect(res.status).toBe(422);
    expect((await other.get(`/segments/${segment.no}`)).body.noOfLines).toBe(1);
    expect((await other.get(`/interaction-log-entries?segmentNo=${segment.no}`)).body.items).toHaveLength(0);
  });

  test('When a follow-up is asked for with a segment number series, then a new segment holds the same contacts', async () => {
    const series = await make.numberSeries({ startingNo: 'FUP00001' });
    await api.put('/marketing-setup', { segmentNos: series.code });
    const template = await make.template();
    const [a, b] = [await make.contact(), await make.contact()];
    const segment = await segmentWith([a, b], { templateCode: template.code });

    const res = await api.post(`/segments/${segment.no}/log`, { createFollowUp: true });

    expect(res.body.followUpSegmentNo).toMatch(/^FUP\d{5}$/);
    expect((await lines(res.body.followUpSegmentNo)).map((l) => l.contactNo).sort()).toEqual([a.no, b.no].sort());
    expect((await api.post(`/segments/${segment.no}/log`, {})).status).toBe(409);
  });
});

describe('Logged segments', () => {
  async function loggedSegment() {
    const template = await make.template();
    const [a, b] = [await make.contact(), await make.contact()];
    const segment = await segmentWith([a, b], { templateCode: template.code });
    const res = await api.post(`/segments/${segment.no}/log`, {});
    return { entryNo: res.body.loggedSegmentEntryNo as number, contacts: [a.no, b.no] };
  }

  test('When a logged segment is canceled, then every entry it created is canceled, and restoring restores them', async () => {
    const { entryNo } = await loggedSegment();

    const canceled = await api.patch(`/logged-segments/${entryNo}`, { canceled: true });
    const canceledEntries = (await api.get(`/interaction-log-entries?loggedSegmentEntryNo=${entryNo}`)).body.items;
    await api.patch(`/logged-segments/${entryNo}`, { canceled: false });
    const restoredEntries = (await api.get(`/interaction-log-entries?loggedSegmentEntryNo=${entryNo}`)).body.items;

    expect(canceled.body.canceled).toBe(true);
    expect(canceledEntries.every((e: any) => e.canceled)).toBe(true);
    expect(restoredEntries.every((e: any) => !e.canceled)).toBe(true);
  });

  test('When a follow-up segment is made from a logged segment, then it holds the same contacts', async () => {
    const series = await make.numberSeries({ startingNo: 'LFU00001' });
    await api.put('/marketing-setup', { segmentNos: series.code });
    const { entryNo, contacts } = await loggedSegment();

    const res = await api.post(`/logged-segments/${entryNo}/follow-up-segment`);

    expect(res.status).toBe(201);
    expect((await lines(res.body.segmentNo)).map((l) => l.contactNo).sort()).toEqual(contacts.sort());
  });

  test('When a logged segment is reused, then its contacts are added to another segment', async () => {
    const { entryNo, contacts } = await loggedSegment();
    const target = await make.segment();

    const res = await api.post(`/segments/${target.no}/reuse-logged-segment`, { loggedSegmentEntryNo: entryNo });

    expect(res.body).toEqual({ noOfLines: 2, changed: 2 });
    expect((await lines(target.no)).map((l) => l.contactNo).sort()).toEqual(contacts.sort());
  });

  test('When the logged segment does not exist, then 404', async () => {
    expect((await api.get('/logged-segments/999999')).status).toBe(404);
    expect((await api.patch('/logged-segments/999999', { canceled: true })).status).toBe(404);
    expect((await api.post('/logged-segments/999999/follow-up-segment')).status).toBe(404);
  });
});
