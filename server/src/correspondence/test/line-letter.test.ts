import PizZip from 'pizzip';
import { docx, docxText, DOCX_TYPE } from '../../../../test/support/docx';
import { startTestApp, type ApiClient } from '../../../../test/support/test-app';
import { factories } from '../../../../test/support/factories';

let app: Awaited<ReturnType<typeof startTestApp>>;
let api: ApiClient;
let f: ReturnType<typeof factories>;

beforeAll(async () => {
  app = await startTestApp({ label: 'line-letter' });
  api = await app.as();
  f = factories(api);
});
afterAll(() => app.stop());

async function send(client: ApiClient, method: string, path: string, body?: Buffer | string, type = DOCX_TYPE) {
  const res = await fetch(app.baseUrl + path, {
    method,
    headers: { authorization: `Bearer ${client.token}`, 'content-type': type },
    body: body === undefined ? undefined : typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
}
const get = (path: string, client = api) => send(client, 'GET', path);
const upload = (path: string, body: Buffer | string, client = api, type = DOCX_TYPE) =>
  send(client, 'PUT', `${path}/letter?fileName=For%20Robin.docx`, body, type);

/** Two contacts in a hard-copy segment whose template has a Word template. */
async function hardCopySegment(correspondenceType: 'hardCopy' | 'email' = 'hardCopy') {
  const template = await f.template({ correspondenceType });
  expect(
    (await send(api, 'PUT', `/interaction-templates/${template.code}/word-template`, docx('Dear {contactName}')))
      .status,
  ).toBe(200);
  const segment = await f.segment({ interaction: { templateCode: template.code, correspondenceType } });
  const paths: string[] = [];
  for (const name of ['Robin Bauer', 'Sam Ortiz']) {
    const contact = await f.contact({ name });
    const line = await f.ok(api.post(`/segments/${segment.no}/lines`, { contactNo: contact.no }));
    paths.push(`/segments/${segment.no}/lines/${line.lineNo}`);
  }
  return { segment, template, path: paths[0], paths };
}

const UPLOADED = docx('A letter written for Robin alone');

async function logAndEntries(segmentNo: string) {
  const logged = await f.ok(api.post(`/segments/${segmentNo}/log`, {}));
  const entries = (await api.get(`/interaction-log-entries?loggedSegmentEntryNo=${logged.loggedSegmentEntryNo}`)).body
    .items as { entryNo: number; contactName: string }[];
  const byName = new Map(entries.map((e) => [e.contactName, e.entryNo]));
  return { logged, robin: byName.get('Robin Bauer')!, sam: byName.get('Sam Ortiz')! };
}

describe('PUT /segments/{no}/lines/{lineNo}/letter', () => {
  test('Replaced letter: the line shows hasOwnLetter and the uploaded letter downloads unchanged', async () => {
    const { path } = await hardCopySegment();
    const res = await upload(path, UPLOADED);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.bytes.toString())).toEqual({
      lineNo: expect.any(Number),
      fileName: 'For Robin.docx',
      size: UPLOADED.length,
    });
    const segmentNo = path.split('/')[2];
    const lines = (await api.get(`/segments/${segmentNo}/lines`)).body.items;
    expect(lines.map((l: { hasOwnLetter: boolean }) => l.hasOwnLetter)).toEqual([true, false]);
    const got = await get(`${path}/letter`);
    expect(got.type).toBe(DOCX_TYPE);
    expect(got.bytes.equals(UPLOADED)).toBe(true);
  });

  test('Preview returns the uploaded letter in place of the merged one', async () => {
    const { path } = await hardCopySegment();
    await upload(path, UPLOADED);
    const preview = (await api.get(`${path}/preview`)).body;
    expect(preview.letter.fileName).toBe('For Robin.docx');
    expect((await get(preview.letter.href)).bytes.equals(UPLOADED)).toBe(true);
  });

  test('Uploaded letter stored as the entry attachment after logging; the merged letters leave that contact out', async () => {
    const { segment, path } = await hardCopySegment();
    await upload(path, UPLOADED);

    const { logged, robin, sam } = await logAndEntries(segment.no);

    expect((await get(`/interaction-log-entries/${robin}/attachment`)).bytes.equals(UPLOADED)).toBe(true);
    expect(docxText((await get(`/interaction-log-entries/${sam}/attachment`)).bytes)).toContain('Dear Sam Ortiz');
    const result = (await api.post(`/logged-segments/${logged.loggedSegmentEntryNo}/letters`, {})).body;
    expect(result.ownLetters).toEqual([
      { entryNo: robin, contactNo: expect.any(String), fileName: 'For Robin.docx', size: UPLOADED.length },
    ]);
    const letters = result.attachments;
    expect(letters).toHaveLength(1);
    expect(letters[0].letters).toBe(1);
    const merged = docxText((await get(`/attachments/${letters[0].attachmentNo}`)).bytes);
    expect(merged).not.toContain('Robin');
    // Making the letters again (a retry) changes nothing.
    expect((await get(`/interaction-log-entries/${robin}/attachment`)).bytes.equals(UPLOADED)).toBe(true);
  });

  test('Remove restores the merged letter: hasOwnLetter false, the preview and the logged entry get the merged one', async () => {
    const { segment, path } = await hardCopySegment();
    await upload(path, UPLOADED);

    expect((await send(api, 'DELETE', `${path}/letter`)).status).toBe(204);

    expect((await api.get(path.replace(/\/\d+$/, ''))).body.items[0].hasOwnLetter).toBe(false);
    expect((await get(`${path}/letter`)).status).toBe(404);
    expect(docxText((await get(`${path}/preview/letter.docx`)).bytes)).toContain('Dear Robin Bauer');
    const { robin } = await logAndEntries(segment.no);
    expect(docxText((await get(`/interaction-log-entries/${robin}/attachment`)).bytes)).toContain('Dear Robin Bauer');
  });

  test('A letter left by a deleted line does not go to the same contact added again: that entry gets the merged letter', async () => {
    const { segment, path } = await hardCopySegment();
    await upload(path, UPLOADED);
    const [robinLine] = (await api.get(`/segments/${segment.no}/lines`)).body.items;
    expect((await api.delete(path)).status).toBe(204);
    await f.ok(api.post(`/segments/${segment.no}/lines`, { contactNo: robinLine.contactNo }));

    const { robin } = await logAndEntries(segment.no);

    expect(docxText((await get(`/interaction-log-entries/${robin}/attachment`)).bytes)).toContain('Dear Robin Bauer');
  });

  test('Tenant isolation of uploads: another tenant can neither read, replace nor remove the letter (404)', async () => {
    const { path } = await hardCopySegment();
    await upload(path, UPLOADED);
    const other = await app.as({ tid: 'tenant-line-letter-other' });

    expect((await get(`${path}/letter`, other)).status).toBe(404);
    expect((await upload(path, docx('Replaced'), other)).status).toBe(404);
    expect((await send(other, 'DELETE', `${path}/letter`)).status).toBe(404);

    expect((await get(`${path}/letter`)).bytes.equals(UPLOADED)).toBe(true);
  });

  test('A non-docx upload is a 400 problem and the earlier letter stays', async () => {
    const { path } = await hardCopySegment();
    await upload(path, UPLOADED);

    const notZip = await upload(path, 'plain text, not a zip');
    const notWord = await upload(path, zipWithout());

    for (const res of [notZip, notWord]) {
      expect(res.status).toBe(400);
      expect(res.type).toMatch(/application\/problem\+json/);
    }
    expect((await get(`${path}/letter`)).bytes.equals(UPLOADED)).toBe(true);
  });

  test('An oversize upload (over 5 MB) is a 413 problem and nothing is stored', async () => {
    const { path } = await hardCopySegment();
    const res = await upload(path, Buffer.alloc(5 * 1024 * 1024 + 1, 1));
    expect(res.status).toBe(413);
    expect((await get(`${path}/letter`)).status).toBe(404);
  });

  test('A line not sent as a hard copy gets no letter to replace: 422 problem, nothing stored', async () => {
    const { path } = await hardCopySegment('email');
    const res = await upload(path, UPLOADED);
    expect(res.status).toBe(422);
    expect(res.type).toMatch(/application\/problem\+json/);
    expect(JSON.parse(res.bytes.toString()).detail).toMatch(/not sent as a hard copy/);
    expect((await get(`${path}/letter`)).status).toBe(404);
  });

  test('An unknown line has no letter: 404 problem for upload, download and removal', async () => {
    const { segment } = await hardCopySegment();
    const path = `/segments/${segment.no}/lines/999`;
    expect((await upload(path, UPLOADED)).status).toBe(404);
    expect((await get(`${path}/letter`)).status).toBe(404);
    expect((await send(api, 'DELETE', `${path}/letter`)).status).toBe(404);
  });
});

/** A zip that is not a Word document. */
function zipWithout(): Buffer {
  const zip = new PizZip();
  zip.file('hello.txt', 'not word');
  return zip.generate({ type: 'nodebuffer' });
}
