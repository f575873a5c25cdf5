import PizZip from 'pizzip';
import { docx, DOCX_TYPE } from '../../../../test/support/docx';
import { startTestApp, type ApiClient } from '../../../../test/support/test-app';
import { factories } from '../../../../test/support/factories';
import { startGraphStandIn } from '../../demo/graph-stand-in';
import { standInGraphAccess } from '../../lib/graph/graph-access';

let graph: Awaited<ReturnType<typeof startGraphStandIn>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let api: ApiClient;
let f: ReturnType<typeof factories>;

const NOTE = 'Thank you for the <visit> & the tour.\n\nSee you in May!';

beforeAll(async () => {
  graph = await startGraphStandIn();
  app = await startTestApp({ label: 'personal-note', graph: standInGraphAccess(graph.baseUrl) });
  api = await app.as();
  f = factories(api);
});
afterAll(async () => {
  await app.stop();
  await graph.close();
});

async function get(path: string) {
  const res = await fetch(app.baseUrl + path, { headers: { authorization: `Bearer ${api.token}` } });
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
}

/** The document body's paragraphs as text. */
const paragraphsOf = (bytes: Buffer) =>
  [
    ...new PizZip(bytes)
      .file('word/document.xml')!
      .asText()
      .matchAll(/<w:p\b[\s\S]*?<\/w:p>/g),
  ]
    .map(([p]) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter((text) => text !== '');

/** A segment of one contact with a template that has a Word letter and an email, both placing {personalNote}. */
async function segmentWithNoteTemplate(correspondenceType: 'hardCopy' | 'email') {
  const template = await f.template({ correspondenceType });
  const letter = docx('Dear {contactName},', '{personalNote}', 'Kind regards');
  const put = await fetch(`${app.baseUrl}/interaction-templates/${template.code}/word-template`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${api.token}`, 'content-type': DOCX_TYPE },
    body: new Uint8Array(letter),
  });
  expect(put.status).toBe(200);
  await f.ok(
    api.put(`/interaction-templates/${template.code}/email-content`, {
      subject: 'Hello {contactName}',
      body: 'Dear {contactName},\n\n{personalNote}\n\nKind regards',
    }),
  );
  const contact = await f.contact({ name: 'Robin Bauer', email: `robin-${template.code}@fabrikam.example` });
  const segment = await f.segment({ interaction: { templateCode: template.code, correspondenceType } });
  const line = (await f.ok(api.post(`/segments/${segment.no}/lines`, { contactNo: contact.no }))) as {
    lineNo: number;
  };
  return { segment, contact, path: `/segments/${segment.no}/lines/${line.lineNo}` };
}

describe('A personal note per segment line', () => {
  test('Note merged in letter and email: the letter gets a paragraph per note paragraph, the email escaped <p>s', async () => {
    const { path } = await segmentWithNoteTemplate('hardCopy');
    const patched = await api.patch(path, { personalNote: NOTE });
    expect(patched.status).toBe(200);
    expect(patched.body.personalNote).toBe(NOTE);

    const preview = (await api.get(`${path}/preview`)).body;
    expect(preview.email.html).toContain(
      '<p>Thank you for the &lt;visit&gt; &amp; the tour.</p>\n<p>See you in May!</p>',
    );
    expect(preview.email.text).toBe(`Dear Robin Bauer,\n\n${NOTE}\n\nKind regards`);
    const letter = await get(preview.letter.href);
    expect(letter.type).toBe(DOCX_TYPE);
    expect(paragraphsOf(letter.bytes)).toEqual([
      'Dear Robin Bauer,',
      'Thank you for the &lt;visit&gt; &amp; the tour.',
      'See you in May!',
      'Kind regards',
    ]);
  });

  test('Empty note: the letter and the email have no gap where the note would be', async () => {
    const { path } = await segmentWithNoteTemplate('hardCopy');
    const preview = (await api.get(`${path}/preview`)).body;
    expect(preview.email.html).toBe('<html><body>\n<p>Dear Robin Bauer,</p>\n<p>Kind regards</p>\n</body></html>');
    const xml = new PizZip((await get(preview.letter.href)).bytes).file('word/document.xml')!.asText();
    expect(xml.match(/<w:p\b/g)).toHaveLength(2);
  });

  test('Preview equals what is sent: the stored letter and the delivered email are the previewed ones, the entry keeps the note', async () => {
    const letterLine = await segmentWithNoteTemplate('hardCopy');
    await f.ok(api.patch(letterLine.path, { personalNote: NOTE }));
    const letterPreview = (await api.get(`${letterLine.path}/preview`)).body;
    const previewed = paragraphsOf((await get(letterPreview.letter.href)).bytes);
    const logged = await f.ok(api.post(`/segments/${letterLine.segment.no}/log`, {}));
    const [entry] = (await api.get(`/interaction-log-entries?loggedSegmentEntryNo=${logged.loggedSegmentEntryNo}`)).body
      .items;
    expect(entry.personalNote).toBe(NOTE);
    expect(paragraphsOf((await get(`/interaction-log-entries/${entry.entryNo}/attachment`)).bytes)).toEqual(previewed);

    const emailLine = await segmentWithNoteTemplate('email');
    await f.ok(api.patch(emailLine.path, { personalNote: NOTE }));
    const emailPreview = (await api.get(`${emailLine.path}/preview`)).body.email;
    await f.ok(api.post(`/segments/${emailLine.segment.no}/log`, { deliver: true }));
    await app.deliveries.drain();
    const [sent] = graph.mailbox.sent.filter((m) => m.toRecipients.some((r) => r.address === emailLine.contact.email));
    expect(sent.subject).toBe(emailPreview.subject);
    expect(sent.bodyHtml).toBe(emailPreview.html);
  });

  test('An oversized note is a 400 problem and the line keeps its note and version', async () => {
    const { path } = await segmentWithNoteTemplate('email');
    const before = (await api.patch(path, { personalNote: 'Kept' })).body;
    const res = await api.patch(path, { personalNote: 'x'.repeat(4001) });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const preview = (await api.get(`${path}/preview`)).body;
    expect(preview.email.text).toContain('Kept');
    expect(before.personalNote).toBe('Kept');
  });

  test('An unknown line has no preview: 404 problem', async () => {
    const { segment } = await segmentWithNoteTemplate('email');
    const res = await api.get(`/segments/${segment.no}/lines/999/preview`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await get(`/segments/${segment.no}/lines/999/preview/letter.docx`)).status).toBe(404);
  });

  test('A template without {personalNote} while notes exist is a warning in the log preview, not a silent drop', async () => {
    const { segment, path } = await segmentWithNoteTemplate('email');
    const plain = await f.template({ correspondenceType: 'email' });
    await f.ok(api.put(`/interaction-templates/${plain.code}/email-content`, { subject: 'Hi', body: 'Hello' }));
    expect((await api.get(`/segments/${segment.no}/log-preview`)).body.personalNotes).toEqual({
      lines: 0,
      templatesWithoutField: [],
    });
    await f.ok(api.patch(path, { personalNote: NOTE }));
    expect((await api.get(`/segments/${segment.no}/log-preview`)).body.personalNotes.templatesWithoutField).toEqual([]);

    await f.ok(api.patch(path, { templateCode: plain.code }));

    expect((await api.get(`/segments/${segment.no}/log-preview`)).body.personalNotes).toEqual({
      lines: 1,
      templatesWithoutField: [plain.code],
    });
  });
});
