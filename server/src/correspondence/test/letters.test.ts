import PizZip from 'pizzip';
import { docx } from '../../../../test/support/docx';
import { startTestApp, type ApiClient } from '../../../../test/support/test-app';
import type { factories } from '../../../../test/support/factories';
import { testTenant } from '../../../../test/support/test-tenant';
import { AttachmentModel } from '../data-access/attachment-repository';
import { WordTemplateModel } from '../data-access/word-template-repository';

const TENANT = 'tenant-letters';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let app: Awaited<ReturnType<typeof startTestApp>>;
let api: ApiClient;
let make: ReturnType<typeof factories>;

beforeAll(async () => {
  app = await startTestApp({ label: 'letters' });
  ({ api, make } = await testTenant(app, { tid: TENANT }));
});
afterAll(() => app.stop());

/** A paragraph of runs, as Word splits text (a tag may be cut across runs). */
const paragraph = (...runs: string[]) => runs;

const letterTemplate = () =>
  docx(
    paragraph('Dear {contactName},'),
    paragraph('Thank you for your time.'),
    paragraph('Kind regards, {sales', 'personName}'),
  );

/** The document body's paragraphs as text, and where the page breaks are. */
function readDocument(bytes: Buffer) {
  const xml = new PizZip(bytes).file('word/document.xml')!.asText();
  const body = xml.slice(xml.indexOf('<w:body>'), xml.indexOf('</w:body>'));
  const paragraphs = [...body.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map(([p]) => ({
    text: [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    pageBreak: p.includes('<w:br w:type="page"/>'),
  }));
  return {
    paragraphs,
    text: paragraphs.map((p) => (p.pageBreak ? '[page break]' : p.text)).filter(Boolean),
    sectionPropertiesLast: /<w:sectPr>[\s\S]*<\/w:sectPr>$/.test(body),
  };
}

// ---- raw HTTP for files (the JSON client would encode the body) ----

async function upload(
  code: string,
  body: Buffer | string,
  options: { contentType?: string; query?: string; headers?: Record<string, string> } = {},
) {
  const res = await fetch(
    `${app.baseUrl}/interaction-templates/${encodeURIComponent(code)}/word-template${options.query ?? ''}`,
    {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${api.token}`,
        'content-type': options.contentType ?? DOCX,
        ...options.headers,
      },
      body: new Uint8Array(typeof body === 'string' ? Buffer.from(body) : body),
    },
  );
  return { status: res.status, contentType: res.headers.get('content-type'), body: await res.json() };
}

async function download(path: string) {
  const res = await fetch(app.baseUrl + path, { headers: { authorization: `Bearer ${api.token}` } });
  const bytes = Buffer.from(await res.arrayBuffer());
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
    bytes,
    json: () => JSON.parse(bytes.toString('utf8')),
  };
}

/**
 * A segment of three contacts whose header says hard copy; the third line overrides it to
 * email. Logged, with `salesperson` on the segment.
 */
async function loggedHardCopySegment(options: { wordTemplate?: boolean } = {}) {
  const template = await make.template({ correspondenceType: 'hardCopy' });
  if (options.wordTemplate !== false) expect((await upload(template.code, letterTemplate())).status).toBe(200);
  const salesperson = await make.salesperson({ name: 'Maria Svoboda' });
  const segment = await make.segment({
    salespersonCode: salesperson.code,
    interaction: { templateCode: template.code, correspondenceType: 'hardCopy' },
  });
  const contacts = [
    await make.contact({ name: 'Alice Archer' }),
    await make.contact({ name: 'Bohdan Novak' }),
    await make.contact({ name: 'Cecilia Email' }),
  ];
  const lines = [];
  for (const contact of contacts)
    lines.push(
      (await make.ok(api.post(`/segments/${segment.no}/lines`, { contactNo: contact.no }))) as { lineNo: number },
    );
  expect(
    (await api.patch(`/segments/${segment.no}/lines/${lines[2].lineNo}`, { correspondenceType: 'email' })).status,
  ).toBe(200);
  const logged = await make.ok(api.post(`/segments/${segment.no}/log`, {}));
  const entries = (
    await api.get(`/interaction-log-entries?loggedSegmentEntryNo=${logged.loggedSegmentEntryNo}`)
  ).body.items.sort((a: { entryNo: number }, b: { entryNo: number }) => a.entryNo - b.entryNo);
  return {
    template,
    salesperson,
    segment,
    contacts,
    loggedSegmentEntryNo: logged.loggedSegmentEntryNo as number,
    entries,
  };
}

describe('PUT /interaction-templates/{code}/word-template', () => {
  test('When a .docx whose tags are merge fields is uploaded, then it is kept with its file name, size and the merge fields it uses, and downloads unchanged', async () => {
    const template = await make.template();
    const file = letterTemplate();

    const res = await upload(template.code, file, { query: '?fileName=Thank%20you%20letter.docx' });

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      templateCode: template.code,
      fileName: 'Thank you letter.docx',
      size: file.length,
      fields: ['contactName', 'salespersonName'],
      updatedAt: expect.any(String),
    });
    expect((await api.get(`/interaction-templates/${template.code}/word-template/info`)).body).toEqual(res.body);
    const got = await download(`/interaction-templates/${template.code}/word-template`);
    expect(got.status).toBe(200);
    expect(got.contentType).toBe(DOCX);
    expect(got.disposition).toContain('attachment; filename="Thank you letter.docx"');
    expect(got.bytes.equals(file)).toBe(true);
  });

  test('When no fileName is given, then the name comes from Content-Disposition, else it is <code>.docx', async () => {
    const template = await make.template();

    const named = await upload(template.code, letterTemplate(), {
      headers: { 'content-disposition': `attachment; filename*=UTF-8''Dopis%20z%C3%A1kazn%C3%ADk%C5%AFm.docx` },
    });
    const unnamed = await upload(template.code, letterTemplate());

    expect(named.body.fileName).toBe('Dopis zákazníkům.docx');
    expect(unnamed.body.fileName).toBe(`${template.code}.docx`);
  });

  test('When a new Word template is uploaded, then it replaces the earlier one', async () => {
    const template = await make.template();
    await upload(template.code, letterTemplate());

    const res = await upload(template.code, docx(paragraph('Hello {companyName}')));

    expect(res.body.fields).toEqual(['companyName']);
    expect(await WordTemplateModel.countDocuments({ tenantId: TENANT, templateCode: template.code })).toBe(1);
  });

  test('When the body is not a Word document (a text file), then 400 problem and the Word template kept before stays', async () => {
    const template = await make.template();
    const before = await upload(template.code, letterTemplate());

    const res = await upload(template.code, 'Dear {contactName}, this is plain text.');

    expect(res.status).toBe(400);
    expect(res.contentType).toMatch(/^application\/problem\+json/);
    expect(res.body.detail).toMatch(/not a Word document/);
    expect((await api.get(`/interaction-templates/${template.code}/word-template/info`)).body).toEqual(before.body);
  });

  test('When a tag is not a merge field, then 400 problem listing the unknown tags, and nothing is stored', async () => {
    const template = await make.template();

    const res = await upload(template.code, docx(paragraph('Dear {contactName} of {customerGroup} and {vatNo}')));

    expect(res.status).toBe(400);
    expect(res.body.unknownFields).toEqual(['customerGroup', 'vatNo']);
    expect(res.body.detail).toContain('{customerGroup}');
    expect((await api.get(`/interaction-templates/${template.code}/word-template/info`)).status).toBe(404);
  });

  test('When a tag is broken (not closed), then 400 problem saying which tag', async () => {
    const template = await make.template();

    const res = await upload(template.code, docx(paragraph('Dear {contactName'), paragraph('Regards')));

    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/broken merge field tags.*contactName.*unclosed/);
  });

  test('When a raw XML tag {@field} is used, then 400 problem: letters merge text only', async () => {
    const template = await make.template();

    const res = await upload(template.code, docx(paragraph('{@contactName}')));

    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/raw XML/);
  });

  test('When the body is sent as another media type (JSON), then 415 problem', async () => {
    const template = await make.template();

    const res = await upload(template.code, '{"file":"x"}', { contentType: 'application/json' });

    expect(res.status).toBe(415);
  });

  test('When the file is over 5 MB, then 413 problem', async () => {
    const template = await make.template();

    const res = await upload(template.code, Buffer.alloc(5 * 1024 * 1024 + 1, 1));

    expect(res.status).toBe(413);
  });

  test('When the interaction template does not exist, then 404 problem for upload, download and info', async () => {
    expect((await upload('NOSUCHTPL', letterTemplate())).status).toBe(404);
    expect((await download('/interaction-templates/NOSUCHTPL/word-template')).status).toBe(404);
    expect((await api.get('/interaction-templates/NOSUCHTPL/word-template/info')).status).toBe(404);
  });

  test('When the Word template is removed, then 204, and download, info and a second removal answer 404', async () => {
    const template = await make.template();
    await upload(template.code, letterTemplate());

    const res = await api.delete(`/interaction-templates/${template.code}/word-template`);

    expect(res.status).toBe(204);
    const got = await download(`/interaction-templates/${template.code}/word-template`);
    expect(got.status).toBe(404);
    expect(got.json().detail).toContain('has no Word template');
    expect((await api.get(`/interaction-templates/${template.code}/word-template/info`)).status).toBe(404);
    expect((await api.delete(`/interaction-templates/${template.code}/word-template`)).status).toBe(404);
  });
});

describe('POST /logged-segments/{entryNo}/letters', () => {
  test('When a segment is logged with hard copy, then one document holds a letter per hard-copy entry in entry order, page breaks between, and only hard-copy lines get letters', async () => {
    const { template, loggedSegmentEntryNo, entries } = await loggedHardCopySegment();

    const res = await api.post(`/logged-segments/${loggedSegmentEntryNo}/letters`);

    expect(res.status).toBe(200);
    expect(res.body.attachments).toEqual([
      {
        attachmentNo: expect.any(Number),
        loggedSegmentEntryNo,
        templateCode: template.code,
        fileName: expect.stringMatching(/\.docx$/),
        letters: 2,
        size: expect.any(Number),
        createdAt: expect.any(String),
      },
    ]);
    expect(
      entries.map((e: { contactName: string; correspondenceType: string }) => [e.contactName, e.correspondenceType]),
    ).toEqual([
      ['Alice Archer', 'hardCopy'],
      ['Bohdan Novak', 'hardCopy'],
      ['Cecilia Email', 'email'],
    ]);
    const document = await download(`/attachments/${res.body.attachments[0].attachmentNo}`);
    expect(document.status).toBe(200);
    expect(document.contentType).toBe(DOCX);
    expect(document.bytes.length).toBe(res.body.attachments[0].size);
    const { text, sectionPropertiesLast } = readDocument(document.bytes);
    expect(text).toEqual([
      'Dear Alice Archer,',
      'Thank you for your time.',
      'Kind regards, Maria Svoboda',
      '[page break]',
      'Dear Bohdan Novak,',
      'Thank you for your time.',
      'Kind regards, Maria Svoboda',
    ]);
    expect(sectionPropertiesLast).toBe(true);
  });

  test('When letters are made, then each hard-copy entry points at its document and other entries point at none', async () => {
    const { loggedSegmentEntryNo, entries } = await loggedHardCopySegment();
    const { attachments } = (await api.post(`/logged-segments/${loggedSegmentEntryNo}/letters`)).body;

    const reread = await Promise.all(
      entries.map((e: { entryNo: number }) => api.get(`/interaction-log-entries/${e.entryNo}`)),
    );

    expect(reread.map((r) => r.body.attachmentNo)).toEqual([
      attachments[0].attachmentNo,
      attachments[0].attachmentNo,
      undefined,
    ]);
    const viaEntry = await download(`/interaction-log-entries/${entries[1].entryNo}/attachment`);
    expect(viaEntry.status).toBe(200);
    expect(readDocument(viaEntry.bytes).text[0]).toBe('Dear Alice Archer,');
    const emailEntry = await download(`/interaction-log-entries/${entries[2].entryNo}/attachment`);
    expect(emailEntry.status).toBe(404);
    expect(emailEntry.json().detail).toContain('has no attachment');
  });

  test('When a segment is logged, then its letters are made with it: the entries point at the document before anyone asks', async () => {
    const { loggedSegmentEntryNo, entries } = await loggedHardCopySegment();

    const stored = await AttachmentModel.find(
      { tenantId: TENANT, loggedSegmentEntryNo },
      { attachmentNo: 1, letters: 1 },
    ).lean<{ attachmentNo: number; letters: number }[]>();

    expect(stored).toHaveLength(1);
    expect(stored[0].letters).toBe(2);
    expect(entries.map((e: { attachmentNo?: number }) => e.attachmentNo)).toEqual([
      stored[0].attachmentNo,
      stored[0].attachmentNo,
      undefined,
    ]);
  });

  test('When letters are asked for twice at once and again later, then every answer is the same document and no second one is made', async () => {
    const { template, loggedSegmentEntryNo } = await loggedHardCopySegment({ wordTemplate: false });
    await upload(template.code, letterTemplate());

    const [first, second] = await Promise.all([
      api.post(`/logged-segments/${loggedSegmentEntryNo}/letters`),
      api.post(`/logged-segments/${loggedSegmentEntryNo}/letters`),
    ]);
    const later = await api.post(`/logged-segments/${loggedSegmentEntryNo}/letters`);

    expect(second.body).toEqual(first.body);
    expect(later.body).toEqual(first.body);
    expect(await AttachmentModel.countDocuments({ tenantId: TENANT, loggedSegmentEntryNo })).toBe(1);
  });

  test('When the template had no Word template at logging, then logging makes no letters and the POST makes them once one is uploaded', async () => {
    const { template, loggedSegmentEntryNo, entries } = await loggedHardCopySegment({ wordTemplate: false });
    expect((await api.post(`/logged-segments/${loggedSegmentEntryNo}/letters`)).body).toEqual({
      attachments: [],
      ownLetters: [],
    });
    expect((await download(`/interaction-log-entries/${entries[0].entryNo}/attachment`)).status).toBe(404);

    await upload(template.code, letterTemplate());
    const res = await api.post(`/logged-segments/${loggedSegmentEntryNo}/letters`);

    expect(res.body.attachments).toHaveLength(1);
    expect(res.body.attachments[0].letters).toBe(2);
    expect((await api.get(`/interaction-log-entries/${entries[0].entryNo}`)).body.attachmentNo).toBe(
      res.body.attachments[0].attachmentNo,
    );
  });

  test('When a line overrides the template, then each template with a Word template gets its own document with its own letters', async () => {
    const other = await make.template({ correspondenceType: 'hardCopy' });
    await upload(other.code, docx(paragraph('Hello {contactName}, about {subject}.')));
    const template = await make.template({ correspondenceType: 'hardCopy' });
    await upload(template.code, letterTemplate());
    const segment = await make.segment({
      interaction: { templateCode: template.code, correspondenceType: 'hardCopy', subject: 'Spring offer' },
    });
    const [anna, boris] = [await make.contact({ name: 'Anna Line' }), await make.contact({ name: 'Boris Override' })];
    await make.ok(api.post(`/segments/${segment.no}/lines`, { contactNo: anna.no }));
    await make.ok(api.post(`/segments/${segment.no}/lines`, { contactNo: boris.no, templateCode: other.code }));
    const logged = await make.ok(api.post(`/segments/${segment.no}/log`, {}));

    const { attachments } = (await api.post(`/logged-segments/${logged.loggedSegmentEntryNo}/letters`)).body;

    expect(
      attachments.map((a: { templateCode: string; letters: number }) => [a.templateCode, a.letters]).sort(),
    ).toEqual(
      [
        [other.code, 1],
        [template.code, 1],
      ].sort(),
    );
    const byTemplate = Object.fromEntries(
      await Promise.all(
        attachments.map(async (a: { templateCode: string; attachmentNo: number }) => [
          a.templateCode,
          readDocument((await download(`/attachments/${a.attachmentNo}`)).bytes).text,
        ]),
      ),
    );
    expect(byTemplate[template.code][0]).toBe('Dear Anna Line,');
    expect(byTemplate[other.code]).toEqual(['Hello Boris Override, about Spring offer.']);
  });

  test('When a run stored the document but died before pointing the entries at it, then the next request points them and makes nothing new', async () => {
    const { loggedSegmentEntryNo, entries } = await loggedHardCopySegment();
    const { InteractionLogEntryModel } = await import('../../interactions/data-access/interaction-log-entry-model');
    await InteractionLogEntryModel.updateMany(
      { tenantId: TENANT, loggedSegmentEntryNo },
      { $unset: { attachmentNo: '' } },
    );

    const res = await api.post(`/logged-segments/${loggedSegmentEntryNo}/letters`);

    expect((await api.get(`/interaction-log-entries/${entries[0].entryNo}`)).body.attachmentNo).toBe(
      res.body.attachments[0].attachmentNo,
    );
    expect(await AttachmentModel.countDocuments({ tenantId: TENANT, loggedSegmentEntryNo })).toBe(1);
  });

  test('When the logged segment has no hard-copy entries, then 200 with no attachments and its entries untouched', async () => {
    const template = await make.template({ correspondenceType: 'email' });
    await upload(template.code, letterTemplate());
    const segment = await make.segment({ interaction: { templateCode: template.code, correspondenceType: 'email' } });
    const contact = await make.contact();
    await make.ok(api.post(`/segments/${segment.no}/lines`, { contactNo: contact.no }));
    const logged = await make.ok(api.post(`/segments/${segment.no}/log`, {}));
    const before = (await api.get(`/interaction-log-entries?loggedSegmentEntryNo=${logged.loggedSegmentEntryNo}`)).body;

    const res = await api.post(`/logged-segments/${logged.loggedSegmentEntryNo}/letters`);

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ attachments: [], ownLetters: [] });
    expect(
      (await api.get(`/interaction-log-entries?loggedSegmentEntryNo=${logged.loggedSegmentEntryNo}`)).body,
    ).toEqual(before);
  });

  test('When the logged segment does not exist, then 404 problem', async () => {
    const res = await api.post('/logged-segments/987654/letters');

    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ status: 404, detail: expect.stringContaining('987654') });
  });

  test("When another tenant asks for a tenant's letters, then 404 and nothing is made", async () => {
    const { loggedSegmentEntryNo } = await loggedHardCopySegment();
    const { attachments } = (await api.post(`/logged-segments/${loggedSegmentEntryNo}/letters`)).body;
    const { api: other } = await testTenant(app, { tid: 'tenant-letters-other' });

    expect((await other.post(`/logged-segments/${loggedSegmentEntryNo}/letters`)).status).toBe(404);
    expect((await other.get(`/attachments/${attachments[0].attachmentNo}`)).status).toBe(404);
  });
});

describe('GET /attachments/{attachmentNo} and GET /interaction-log-entries/{entryNo}/attachment', () => {
  test('When the attachment does not exist, then 404 problem', async () => {
    const res = await download('/attachments/987654');

    expect(res.status).toBe(404);
    expect(res.contentType).toMatch(/^application\/problem\+json/);
    expect(res.json().detail).toContain('Attachment 987654');
  });

  test('When the entry does not exist, then 404 problem', async () => {
    const res = await download('/interaction-log-entries/987654/attachment');

    expect(res.status).toBe(404);
    expect(res.json().detail).toContain('Interaction log entry 987654');
  });
});
