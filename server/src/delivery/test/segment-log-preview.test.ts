import { startTestApp, type ApiClient } from '../../../../test/support/test-app';
import { factories } from '../../../../test/support/factories';

type App = Awaited<ReturnType<typeof startTestApp>>;
let app: App;
let api: ApiClient;

beforeAll(async () => {
  app = await startTestApp({ label: 'log-preview' });
  api = await app.as({ name: 'Rita Sender', preferred_username: 'rita@contoso.example' });
});

afterAll(async () => {
  await app.stop();
});

/** A segment with an email template on its header and the given contacts as lines. */
async function emailSegment(contacts: { no: string }[], content?: { subject: string; body: string }) {
  const f = factories(api);
  const template = await f.template({ correspondenceType: 'email' });
  if (content) await f.ok(api.put(`/interaction-templates/${template.code}/email-content`, content));
  const segment = await f.segment();
  await f.ok(api.patch(`/segments/${segment.no}`, { interaction: { templateCode: template.code } }));
  await f.ok(api.post(`/segments/${segment.no}/add-contacts`, { filter: { contactNos: contacts.map((c) => c.no) } }));
  return { template, segment };
}

describe('GET /segments/:no/log-preview', () => {
  test('When the template has email content, then the preview counts the emails, names the sender and fills in the first contact', async () => {
    const f = factories(api);
    const first = await f.contact({ name: 'Ada Lovelace' });
    const second = await f.contact({ email: '' });
    const { segment, template } = await emailSegment([first], {
      subject: 'Hello {contactName}',
      body: 'Dear {contactName},\n\nour news.',
    });
    await f.ok(api.post(`/segments/${segment.no}/lines`, { contactNo: second.no }));
    const res = await api.get(`/segments/${segment.no}/log-preview`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      noOfLines: 2,
      linesWithoutTemplate: { count: 0, lines: [] },
      emails: {
        count: 2,
        withoutAddress: 1,
        sender: { name: 'Rita Sender', address: 'rita@contoso.example' },
        templateCodes: [template.code],
        templatesWithoutContent: [],
        first: {
          contactNo: first.no,
          address: first.email,
          subject: 'Hello Ada Lovelace',
          body: 'Dear Ada Lovelace,\n\nour news.',
        },
      },
    });
  });

  test('When the template has no email content, then the preview says so and shows no email', async () => {
    const c = await factories(api).contact();
    const { segment, template } = await emailSegment([c]);
    const res = await api.get(`/segments/${segment.no}/log-preview`);
    expect(res.body.emails).toMatchObject({ count: 1, templatesWithoutContent: [template.code], first: null });
  });

  test('When a line has no interaction template, then the preview lists it by name', async () => {
    const f = factories(api);
    const c = await f.contact({ name: 'No Template Person' });
    const segment = await f.segment();
    await f.ok(api.post(`/segments/${segment.no}/add-contacts`, { filter: { contactNos: [c.no] } }));
    const res = await api.get(`/segments/${segment.no}/log-preview`);
    expect(res.body.linesWithoutTemplate).toEqual({
      count: 1,
      lines: [{ lineNo: expect.any(Number), contactNo: c.no, contactName: 'No Template Person' }],
    });
    expect(res.body.emails.count).toBe(0);
  });

  test('When the segment does not exist, then it is a 404 problem', async () => {
    const res = await api.get('/segments/NOSUCHSEG/log-preview');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  test('When previewed, then nothing is logged and the segment stays as it was', async () => {
    const c = await factories(api).contact();
    const { segment } = await emailSegment([c], { subject: 's', body: 'b' });
    await api.get(`/segments/${segment.no}/log-preview`);
    expect((await api.get(`/segments/${segment.no}/log-progress`)).body).toMatchObject({ state: 'notStarted' });
    expect((await api.get(`/interaction-log-entries?segmentNo=${segment.no}`)).body.items).toEqual([]);
  });
});
