import { startTestApp } from '../../../../test/support/test-app';
import { testTenant, type TestTenant } from '../../../../test/support/test-tenant';
import { byHeader, download, readCsv, readXlsx } from '../../../../test/support/export-files';
import { expectProblem } from '../../../../test/helpers/problem';
import { snapshotDatabase } from '../../../../test/helpers/db-state';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EXPORT = '/interaction-log-entries/export';

let app: Awaited<ReturnType<typeof startTestApp>>;
let tenant: TestTenant;
let robin: { no: string };
let sam: { no: string };

beforeAll(async () => {
  app = await startTestApp({ label: 'log-export' });
  tenant = await testTenant(app);
  const { make } = tenant;
  const template = await make.template({ unitCost: 12.5, unitDurationMin: 30 });
  robin = await make.contact({ name: 'Robin Bauer' });
  sam = await make.contact({ name: 'Sam Ortiz' });
  await make.interaction({
    contactNo: robin.no,
    templateCode: template.code,
    date: '2026-03-02T09:30:00.000Z',
    subject: 'Offer, "final", with\na second line',
    evaluation: 'positive',
    attemptFailed: true,
  });
  await make.interaction({ contactNo: robin.no, templateCode: template.code, subject: '=HYPERLINK("x")' });
  const canceled = await make.interaction({ contactNo: sam.no, templateCode: template.code, subject: 'Call Sam' });
  await make.ok(tenant.api.patch(`/interaction-log-entries/${canceled.entryNo}`, { canceled: true }));
});
afterAll(() => app.stop());

describe('GET /interaction-log-entries/export', () => {
  test('The workbook has typed cells: numbers as numbers, dates as dates with a date format, booleans as booleans', async () => {
    const file = await download(tenant.api, `${EXPORT}?format=xlsx&contactNo=${robin.no}`);
    expect(file.status).toBe(200);
    const { sheet, rows, header } = await readXlsx(file.bytes);
    const first = byHeader(header, rows[rows.length - 1]!);
    expect(first).toMatchObject({
      'Entry No.': expect.any(Number),
      Date: new Date('2026-03-02T09:30:00.000Z'),
      'Contact Name': 'Robin Bauer',
      'Cost (LCY)': 12.5,
      'Duration (Min.)': 30,
      Evaluation: 'Positive',
      'Attempt Failed': true,
      Canceled: false,
      Subject: 'Offer, "final", with\na second line',
    });
    expect(sheet.getRow(rows.length).getCell(header.indexOf('Date') + 1).numFmt).toMatch(/yyyy-mm-dd/);
    expect(sheet.getRow(rows.length).getCell(header.indexOf('Cost (LCY)') + 1).numFmt).toBe('#,##0.00');
  });

  test('The header row is frozen and bold, and every column is wide enough for its header', async () => {
    const { sheet, header } = await readXlsx((await download(tenant.api, `${EXPORT}?format=xlsx`)).bytes);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    header.forEach((name, i) => expect(sheet.getColumn(i + 1).width).toBeGreaterThanOrEqual(name.length));
  });

  test('Headers are in the language asked for: ?lang= first, then Accept-Language, else English', async () => {
    const header = async (query: string, headers: Record<string, string> = {}) =>
      (await readXlsx((await download(tenant.api, `${EXPORT}?format=xlsx${query}`, headers)).bytes)).header;
    expect((await header('&lang=fi', { 'accept-language': 'cs' })).slice(0, 3)).toEqual([
      'Tapahtuman nro',
      'Päivämäärä',
      'Yhteyshenkilön nro',
    ]);
    expect((await header('', { 'accept-language': 'de-DE, cs-CZ;q=0.8, en;q=0.5' }))[0]).toBe('Číslo položky');
    expect((await header('&lang=ru-RU'))[0]).toBe('Номер операции');
    expect((await header('', { 'accept-language': 'de' }))[0]).toBe('Entry No.');
  });

  test('Value names follow the language too (evaluation, information flow)', async () => {
    const file = await download(tenant.api, `${EXPORT}?format=xlsx&lang=fi&contactNo=${robin.no}`);
    const { rows, header } = await readXlsx(file.bytes);
    expect(byHeader(header, rows[rows.length - 1]!)).toMatchObject({ Arviointi: 'Myönteinen', Tiedonkulku: 'Lähtevä' });
  });

  test('The CSV is UTF-8 with a BOM, CRLF rows and RFC 4180 quoting, with the same columns as the workbook', async () => {
    const csv = await download(tenant.api, `${EXPORT}?format=csv&contactNo=${robin.no}`);
    const xlsx = await readXlsx((await download(tenant.api, `${EXPORT}?format=xlsx&contactNo=${robin.no}`)).bytes);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const { bom, rows } = await readCsv(csv.bytes);
    expect(bom).toBe(true);
    expect(rows[0]).toEqual(xlsx.header);
    expect(csv.bytes.toString('utf8')).toContain('"Offer, ""final"", with\na second line"');
    expect(csv.bytes.toString('utf8').split('\r\n')).toHaveLength(rows.length + 1);
    const first = byHeader(rows[0]!, rows[rows.length - 1]!);
    expect(first).toMatchObject({ Date: '2026-03-02T09:30:00.000Z', 'Cost (LCY)': '12.5', 'Attempt Failed': 'true' });
  });

  test('A text that starts like a formula is written so that Excel shows it as text', async () => {
    const { rows } = await readCsv((await download(tenant.api, `${EXPORT}?format=csv&contactNo=${robin.no}`)).bytes);
    expect(byHeader(rows[0]!, rows[1]!).Subject).toBe(`'=HYPERLINK("x")`);
    const { header, rows: cells } = await readXlsx(
      (await download(tenant.api, `${EXPORT}?format=xlsx&contactNo=${robin.no}`)).bytes,
    );
    expect(byHeader(header, cells[1]!).Subject).toBe('=HYPERLINK("x")');
  });

  test('The list filters apply: only matching entries, newest first', async () => {
    const all = await readCsv((await download(tenant.api, `${EXPORT}?format=csv`)).bytes);
    expect(all.rows.slice(1).map((r) => byHeader(all.rows[0]!, r)['Contact Name'])).toEqual([
      'Sam Ortiz',
      'Robin Bauer',
      'Robin Bauer',
    ]);
    const entryNos = all.rows.slice(1).map((r) => Number(r[0]));
    expect(entryNos).toEqual([...entryNos].sort((a, b) => b - a));
    const canceled = await readCsv((await download(tenant.api, `${EXPORT}?format=csv&canceled=true`)).bytes);
    expect(canceled.rows.slice(1).map((r) => byHeader(canceled.rows[0]!, r)['Contact No.'])).toEqual([sam.no]);
    const march = await readCsv(
      (await download(tenant.api, `${EXPORT}?format=csv&from=2026-03-01T00:00:00Z&to=2026-03-31T00:00:00Z`)).bytes,
    );
    expect(march.rows).toHaveLength(2);
  });

  test('The file downloads as interaction-log-<today>.xlsx, never cached', async () => {
    const file = await download(tenant.api, `${EXPORT}?format=xlsx`);
    const today = new Date().toISOString().slice(0, 10);
    expect(file.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="interaction-log-${today}.xlsx"; filename*=UTF-8''interaction-log-${today}.xlsx`,
    );
    expect(file.headers.get('cache-control')).toBe('private, no-store');
  });

  test("Tenant isolation: another tenant's export holds none of this tenant's entries", async () => {
    const other = await testTenant(app);
    const mine = await readCsv((await download(other.api, `${EXPORT}?format=csv&contactNo=${robin.no}`)).bytes);
    const everything = await readCsv((await download(other.api, `${EXPORT}?format=csv`)).bytes);
    expect([mine.rows.length, everything.rows.length]).toEqual([1, 1]);
  });

  test.each([
    ['an unknown format', 'format=pdf'],
    ['no format', 'contactNo=X'],
    ['a filter that is not a date', 'format=csv&from=yesterday'],
    ['a logged segment number that is not one', 'format=xlsx&loggedSegmentEntryNo=-1'],
    ['an unknown filter', 'format=xlsx&colour=red'],
    ['paging, which an export does not take', 'format=xlsx&limit=10'],
    ['a language that is no language tag', 'format=xlsx&lang=12345'],
  ])('Bad input (%s) is answered as a problem before any byte of the file, and nothing changes', async (_, query) => {
    const before = await snapshotDatabase();
    const res = await tenant.api.get(`${EXPORT}?${query}`);
    expectProblem(res, 400, 'validation');
    expect(res.headers.get('content-disposition')).toBeNull();
    expect(await snapshotDatabase()).toEqual(before);
  });

  test('Without a token the export is refused (401), not streamed', async () => {
    const res = await fetch(`${tenant.api.baseUrl}${EXPORT}?format=csv`);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
