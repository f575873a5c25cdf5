import { startTestApp } from '../../../../test/support/test-app';
import { testTenant, type TestTenant } from '../../../../test/support/test-tenant';
import { byHeader, download, readCsv, readXlsx } from '../../../../test/support/export-files';
import { expectProblem } from '../../../../test/helpers/problem';
import { snapshotDatabase } from '../../../../test/helpers/db-state';

let app: Awaited<ReturnType<typeof startTestApp>>;
let tenant: TestTenant;
let segmentNo: string;
const path = (query: string, no = segmentNo) => `/segments/${no}/lines/export?${query}`;

beforeAll(async () => {
  app = await startTestApp({ label: 'segment-export' });
  tenant = await testTenant(app);
  const { make, api } = tenant;
  const template = await make.template({ description: 'Spring mailing', correspondenceType: 'hardCopy' });
  const own = await make.template({ description: 'Phone call', correspondenceType: 'email' });
  const segment = await make.segment({ interaction: { templateCode: template.code, subject: 'Spring' } });
  segmentNo = segment.no;
  const company = await make.company({ name: 'Bauer & Söhne' });
  for (const [name, overrides] of [
    ['Robin Bauer', {}],
    ['Sam Ortiz', { templateCode: own.code, subject: 'Call, "urgent"' }],
  ] as const) {
    const contact = await make.contact({ name, companyNo: company.no });
    await make.ok(api.post(`/segments/${segmentNo}/lines`, { contactNo: contact.no, ...overrides }));
  }
});
afterAll(() => app.stop());

describe('GET /segments/{no}/lines/export', () => {
  test('The workbook lists the lines in line order as the lines list shows them, with typed cells', async () => {
    const file = await download(tenant.api, path('format=xlsx'));
    expect(file.status).toBe(200);
    const { rows, header } = await readXlsx(file.bytes);
    expect(rows.slice(1).map((row) => byHeader(header, row))).toEqual([
      expect.objectContaining({
        'Line No.': 1,
        'Contact Name': 'Robin Bauer',
        'Contact Company Name': 'Bauer & Söhne',
        'Interaction Template': 'Spring mailing',
        Subject: 'Spring',
        'Correspondence Type': 'Hard Copy',
        'Own Letter': false,
      }),
      expect.objectContaining({
        'Line No.': 2,
        'Contact Name': 'Sam Ortiz',
        'Interaction Template': 'Phone call',
        Subject: 'Call, "urgent"',
        'Correspondence Type': 'Hard Copy',
      }),
    ]);
  });

  test('Headers are localized (Finnish by ?lang=, Czech by Accept-Language), in the CSV as in the workbook', async () => {
    const fi = await readXlsx((await download(tenant.api, path('format=xlsx&lang=fi'))).bytes);
    expect(fi.header.slice(0, 3)).toEqual(['Rivinro', 'Yhteyshenkilön nro', 'Yhteyshenkilön nimi']);
    expect(fi.sheet.name).toBe(`Segmentin rivit ${segmentNo}`.slice(0, 31));
    const cs = await readCsv((await download(tenant.api, path('format=csv'), { 'accept-language': 'cs' })).bytes);
    expect(cs.bom).toBe(true);
    expect(cs.rows[0]!.slice(0, 3)).toEqual(['Číslo řádku', 'Číslo kontaktu', 'Název kontaktu']);
    expect(byHeader(cs.rows[0]!, cs.rows[2]!)['Předmět']).toBe('Call, "urgent"');
  });

  test('The file is named after the segment: segment-<no>-lines-<today>.csv', async () => {
    const file = await download(tenant.api, path('format=csv'));
    const name = `segment-${segmentNo}-lines-${new Date().toISOString().slice(0, 10)}.csv`;
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="${name}"; filename*=UTF-8''${name}`);
  });

  test("Tenant isolation: another tenant's export of the segment is 404, as if it did not exist", async () => {
    const other = await testTenant(app);
    expectProblem(await other.api.get(path('format=xlsx')), 404, 'not-found');
  });

  test.each([
    ['an unknown segment', 'format=xlsx', 'NOSUCHSEGMENT', 404, 'not-found'],
    ['an unknown format', 'format=docx', undefined, 400, 'validation'],
    ['no format', 'lang=fi', undefined, 400, 'validation'],
    ['a filter the lines do not take', 'format=csv&contactNo=C1', undefined, 400, 'validation'],
  ])('Bad input (%s) is answered as a problem before any byte of the file, and nothing changes', async (...c) => {
    const [, query, no, status, type] = c;
    const before = await snapshotDatabase();
    const res = await tenant.api.get(path(query, no));
    expectProblem(res, status, type);
    expect(res.headers.get('content-disposition')).toBeNull();
    expect(await snapshotDatabase()).toEqual(before);
  });
});
