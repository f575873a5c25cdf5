import mongoose from 'mongoose';
import { startTestApp, type ApiClient } from '../../../../test/support/test-app';
import { factories } from '../../../../test/support/factories';
import { startGraphStandIn } from '../../demo/graph-stand-in';
import { standInGraphAccess } from '../../lib/graph/graph-access';

type App = Awaited<ReturnType<typeof startTestApp>>;
type Graph = Awaited<ReturnType<typeof startGraphStandIn>>;
type Entry = {
  entryNo: number;
  contactNo: string;
  correspondenceType: string;
  source: Record<string, string>;
  delivery?: { status: string; attempts: number; lastError: string; sentAt: string | null };
};

const USER = 'user-tenant-a';
const TENANT = 'tenant-a';
const MAX_ATTEMPTS = 3;
let graph: Graph;
let app: App;
let api: ApiClient;
let f: ReturnType<typeof factories>;
let salesperson: { code: string; name: string };

const entriesOf = async (loggedSegmentEntryNo: number) =>
  (await api.get(`/interaction-log-entries?loggedSegmentEntryNo=${loggedSegmentEntryNo}&limit=500`)).body
    .items as Entry[];
const sentTo = (address: string) => graph.mailbox.sent.filter((m) => m.toRecipients.some((r) => r.address === address));
const draftsTo = (address: string) =>
  [...graph.mailbox.messages.values()].filter((m) => m.isDraft && m.toRecipients.some((r) => r.address === address));
const summaryOf = async (loggedSegmentEntryNo: number) =>
  (await api.get(`/logged-segments/${loggedSegmentEntryNo}/deliveries`)).body;
const entriesCollection = () => mongoose.connection.db!.collection('interaction_log_entries');

async function emailTemplate(
  content: { subject: string; body: string } | null = {
    subject: 'Hello {contactName}',
    body: 'Dear {contactName},\n\nyour contact at {companyName} is {salespersonName}.\nBest regards',
  },
) {
  const template = await f.template({ description: 'Newsletter', correspondenceType: 'email' });
  if (content) await f.ok(api.put(`/interaction-templates/${template.code}/email-content`, content));
  return template.code as string;
}

/** Logs a segment of these contacts with the template, and waits for its emails to be sent. */
async function logSegment(
  templateCode: string,
  contactNos: string[],
  body: Record<string, unknown> = { deliver: true },
) {
  const segment = await f.segment({ salespersonCode: salesperson.code });
  await f.ok(api.patch(`/segments/${segment.no}`, { interaction: { templateCode } }));
  await f.ok(api.post(`/segments/${segment.no}/add-contacts`, { filter: { contactNos } }));
  const res = await api.post(`/segments/${segment.no}/log`, body);
  expect(res.status).toBe(200);
  await app.deliveries.drain();
  return res.body as { loggedSegmentEntryNo: number; emailsToSend: number };
}

async function sendAgain(loggedSegmentEntryNo: number) {
  const res = await api.post(`/logged-segments/${loggedSegmentEntryNo}/deliveries/send`, {});
  expect(res.status).toBe(202);
  await app.deliveries.drain();
  return res.body;
}

beforeAll(async () => {
  graph = await startGraphStandIn();
  app = await startTestApp({
    label: 'delivery',
    graph: standInGraphAccess(graph.baseUrl),
    config: { recording: { retryBaseMs: 10, maxAttempts: MAX_ATTEMPTS }, segmentLog: { leaseMs: 2000 } },
  });
  api = await app.as();
  f = factories(api);
  salesperson = await f.salesperson({ name: 'Alena Dvořáková', email: 'alena@contoso.example' });
});

afterAll(async () => {
  await app.stop();
  await graph.close();
});

describe("A template's email content", () => {
  test('When email content with merge fields is saved, then it reads back with the fields it uses', async () => {
    const code = await emailTemplate(null);
    const res = await api.put(`/interaction-templates/${code}/email-content`, {
      subject: 'News for {companyName}',
      body: 'Hi {contactName}, {salespersonName}',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ templateCode: code, fields: ['contactName', 'companyName', 'salespersonName'] });
    delete res.body.updatedAt;
    expect((await api.get(`/interaction-templates/${code}/email-content`)).body).toMatchObject(res.body);
  });

  test('When a {field} is not a merge field, then 400 lists it and the earlier content stays', async () => {
    const code = await emailTemplate({ subject: 'Kept', body: 'Kept body' });
    const res = await api.put(`/interaction-templates/${code}/email-content`, {
      subject: 'Hi {firstName}',
      body: '{contactName} {shoeSize}',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(res.body.unknownFields).toEqual(['firstName', 'shoeSize']);
    expect((await api.get(`/interaction-templates/${code}/email-content`)).body).toMatchObject({
      subject: 'Kept',
      body: 'Kept body',
    });
  });

  test('Bad input (no subject, empty body, unknown property) is a 400 problem', async () => {
    const code = await emailTemplate(null);
    for (const body of [{ body: 'x' }, { subject: 'x', body: '' }, { subject: 'x', body: 'y', cc: 'z' }]) {
      expect((await api.put(`/interaction-templates/${code}/email-content`, body)).status).toBe(400);
    }
    expect((await api.get(`/interaction-templates/${code}/email-content`)).status).toBe(404);
  });

  test('When the template does not exist or has no email content, then 404; removing it twice answers 204 then 404', async () => {
    expect((await api.put('/interaction-templates/NOPE/email-content', { subject: 'a', body: 'b' })).status).toBe(404);
    const code = await emailTemplate();
    expect((await api.delete(`/interaction-templates/${code}/email-content`)).status).toBe(204);
    expect((await api.delete(`/interaction-templates/${code}/email-content`)).status).toBe(404);
    expect((await api.get(`/interaction-templates/${code}/email-content`)).status).toBe(404);
  });
});

describe('Logging a segment with deliver: one personalised email per email entry, through Graph as the user', () => {
  test('When a segment is logged with deliver, then each email contact gets their own email and each entry records it as sent', async () => {
    const code = await emailTemplate();
    const fabrikam = await f.company({ name: 'Fabrikam' });
    const robin = await f.contact({
      name: 'Robin <Bauer> & Co',
      companyNo: fabrikam.no,
      email: 'robin@fabrikam.example',
    });
    const petra = await f.contact({ name: 'Petra Nováková', email: 'petra@fabrikam.example' });
    const { loggedSegmentEntryNo, emailsToSend } = await logSegment(code, [robin.no, petra.no]);
    expect(emailsToSend).toBe(2);

    const [toRobin] = sentTo('robin@fabrikam.example');
    expect(sentTo('robin@fabrikam.example')).toHaveLength(1);
    expect(sentTo('petra@fabrikam.example')).toHaveLength(1);
    expect(toRobin.userId).toBe(USER);
    expect(toRobin.subject).toBe('Hello Robin <Bauer> & Co');
    expect(toRobin.bodyHtml).toContain('<p>Dear Robin &lt;Bauer&gt; &amp; Co,</p>');
    expect(toRobin.bodyHtml).toContain(`your contact at Fabrikam is Alena Dvořáková.<br>Best regards`);
    expect(sentTo('petra@fabrikam.example')[0].subject).toBe('Hello Petra Nováková');

    const entries = await entriesOf(loggedSegmentEntryNo);
    const robinEntry = entries.find((e) => e.contactNo === robin.no)!;
    expect(robinEntry.delivery).toEqual({ status: 'sent', attempts: 1, lastError: '', sentAt: expect.any(String) });
    expect(robinEntry.source).toEqual({ type: 'email', internetMessageId: toRobin.internetMessageId });
    expect(toRobin.internetMessageHeaders).toEqual([
      { name: 'X-Interlog-Entry', value: `${TENANT}:${robinEntry.entryNo}` },
    ]);
    expect(await summaryOf(loggedSegmentEntryNo)).toEqual({
      loggedSegmentEntryNo,
      pending: 0,
      sending: 0,
      sent: 2,
      failed: 0,
      running: false,
      problems: [],
    });
    expect(
      (await api.get(`/interaction-log-entries?loggedSegmentEntryNo=${loggedSegmentEntryNo}&deliveryStatus=sent`)).body
        .items,
    ).toHaveLength(2);
  });

  test('When a line is overridden to hard copy, then only the email lines are emailed', async () => {
    const code = await emailTemplate();
    const [a, b] = [await f.contact(), await f.contact()];
    const segment = await f.segment({ salespersonCode: salesperson.code });
    await f.ok(api.patch(`/segments/${segment.no}`, { interaction: { templateCode: code } }));
    await f.ok(api.post(`/segments/${segment.no}/add-contacts`, { filter: { contactNos: [a.no, b.no] } }));
    const lines = (await api.get(`/segments/${segment.no}/lines`)).body.items as {
      lineNo: number;
      contactNo: string;
    }[];
    await f.ok(
      api.patch(`/segments/${segment.no}/lines/${lines.find((l) => l.contactNo === b.no)!.lineNo}`, {
        correspondenceType: 'hardCopy',
      }),
    );
    const res = await api.post(`/segments/${segment.no}/log`, { deliver: true });
    expect(res.body.emailsToSend).toBe(1);
    await app.deliveries.drain();
    expect(sentTo(a.email)).toHaveLength(1);
    expect(sentTo(b.email)).toHaveLength(0);
    const entries = await entriesOf(res.body.loggedSegmentEntryNo);
    expect(entries.find((e) => e.contactNo === b.no)!.delivery).toBeUndefined();
  });

  test('When a segment is logged without deliver, then nothing is sent and the entries have no delivery', async () => {
    const code = await emailTemplate();
    const c = await f.contact();
    const { loggedSegmentEntryNo, emailsToSend } = await logSegment(code, [c.no], {});
    expect(emailsToSend).toBe(0);
    expect(sentTo(c.email)).toHaveLength(0);
    expect((await entriesOf(loggedSegmentEntryNo))[0].delivery).toBeUndefined();
    expect(await summaryOf(loggedSegmentEntryNo)).toMatchObject({ pending: 0, sent: 0, failed: 0 });
  });

  test('When Graph throttles sending (429 with Retry-After), then the emails are retried and each goes exactly once', async () => {
    const code = await emailTemplate();
    const [a, b] = [await f.contact(), await f.contact()];
    graph.mailbox.failNext(/^POST \/me\/messages\/[^/]+\/send$/, 429, 'ApplicationThrottled', 2, 0);
    const { loggedSegmentEntryNo } = await logSegment(code, [a.no, b.no]);
    expect(sentTo(a.email)).toHaveLength(1);
    expect(sentTo(b.email)).toHaveLength(1);
    const entries = await entriesOf(loggedSegmentEntryNo);
    expect(entries.map((e) => e.delivery!.status)).toEqual(['sent', 'sent']);
    expect(entries.map((e) => e.delivery!.attempts)).toEqual([2, 2]);
    expect(draftsTo(a.email)).toHaveLength(0);
  });

  test('When Graph keeps failing, then after the last attempt the email is failed with why, visible in the summary, and the others still go', async () => {
    const code = await emailTemplate();
    const [a, b] = [await f.contact(), await f.contact()];
    // Taken in turns: the first email fails every attempt, the second succeeds at its last.
    graph.mailbox.failNext(/^POST \/me\/messages$/, 503, 'ServiceUnavailable', 2 * MAX_ATTEMPTS - 1);
    const { loggedSegmentEntryNo } = await logSegment(code, [a.no, b.no]);
    const summary = await summaryOf(loggedSegmentEntryNo);
    expect(summary).toMatchObject({ sent: 1, failed: 1, pending: 0, running: false });
    expect(summary.problems).toEqual([
      {
        entryNo: expect.any(Number),
        contactNo: expect.any(String),
        contactName: expect.any(String),
        status: 'failed',
        attempts: MAX_ATTEMPTS,
        lastError: expect.stringMatching(/ServiceUnavailable/),
      },
    ]);
    expect(sentTo(a.email).length + sentTo(b.email).length).toBe(1);
  });

  test('When a contact has no email address or Graph refuses the address, then that entry fails at once; after the contact is fixed, sending again sends only it', async () => {
    const code = await emailTemplate();
    const noEmail = await f.contact({ email: '' });
    const badEmail = await f.contact({ email: 'rejected@mail.invalid' });
    const fine = await f.contact();
    const { loggedSegmentEntryNo } = await logSegment(code, [noEmail.no, badEmail.no, fine.no]);
    const summary = await summaryOf(loggedSegmentEntryNo);
    expect(summary).toMatchObject({ sent: 1, failed: 2 });
    const byContact = Object.fromEntries(summary.problems.map((p: { contactNo: string }) => [p.contactNo, p]));
    expect(byContact[noEmail.no]).toMatchObject({
      attempts: 1,
      lastError: expect.stringMatching(/has no email address/),
    });
    expect(byContact[badEmail.no]).toMatchObject({
      attempts: 1,
      lastError: expect.stringMatching(/ErrorInvalidRecipients/),
    });
    expect(draftsTo('rejected@mail.invalid')).toHaveLength(0);

    await f.ok(api.patch(`/contacts/${noEmail.no}`, { email: 'found@fabrikam.example' }));
    await f.ok(api.patch(`/contacts/${badEmail.no}`, { email: 'fixed@fabrikam.example' }));
    const res = await sendAgain(loggedSegmentEntryNo);
    expect(res).toMatchObject({ loggedSegmentEntryNo, running: true });
    expect(await summaryOf(loggedSegmentEntryNo)).toMatchObject({ sent: 3, failed: 0, problems: [] });
    expect(sentTo('found@fabrikam.example')).toHaveLength(1);
    expect(sentTo(fine.email)).toHaveLength(1);
  });

  test('When the template has no email content, then its entries fail saying so, and once content is added sending again sends them', async () => {
    const code = await emailTemplate(null);
    const c = await f.contact();
    const { loggedSegmentEntryNo } = await logSegment(code, [c.no]);
    expect((await summaryOf(loggedSegmentEntryNo)).problems[0].lastError).toMatch(
      new RegExp(`template ${code} has no email content`),
    );
    await f.ok(api.put(`/interaction-templates/${code}/email-content`, { subject: 'Late {contactNo}', body: 'Body' }));
    await sendAgain(loggedSegmentEntryNo);
    expect(sentTo(c.email).map((m) => m.subject)).toEqual([`Late ${c.no}`]);
  });

  test('When Graph refuses for lack of consent, then sending stops with every email pending and why; after consent, sending again sends them', async () => {
    const code = await emailTemplate();
    const [a, b] = [await f.contact(), await f.contact()];
    graph.mailbox.failNext(/^POST \/me\/messages$/, 403, 'ErrorAccessDenied', 1);
    const { loggedSegmentEntryNo } = await logSegment(code, [a.no, b.no]);
    const summary = await summaryOf(loggedSegmentEntryNo);
    expect(summary).toMatchObject({ pending: 2, sent: 0, failed: 0, running: false });
    expect(summary.problems[0].lastError).toMatch(/permission/i);
    await sendAgain(loggedSegmentEntryNo);
    expect(await summaryOf(loggedSegmentEntryNo)).toMatchObject({ pending: 0, sent: 2 });
  });

  test('When the logged segment is canceled before its emails went, then sending again sends none of them', async () => {
    const code = await emailTemplate();
    const c = await f.contact();
    graph.mailbox.failNext(/^POST \/me\/messages$/, 403, 'ErrorAccessDenied', 1);
    const { loggedSegmentEntryNo } = await logSegment(code, [c.no]);
    await f.ok(api.patch(`/logged-segments/${loggedSegmentEntryNo}`, { canceled: true }));
    await sendAgain(loggedSegmentEntryNo);
    expect(sentTo(c.email)).toHaveLength(0);
  });
});

describe('Nothing is sent twice, also when a sender died part-way', () => {
  test('When a sender died after Graph sent the email but before the entry said so, then the next run finds it in Sent Items and sends nothing', async () => {
    const code = await emailTemplate();
    const c = await f.contact();
    const { loggedSegmentEntryNo } = await logSegment(code, [c.no]);
    const [entry] = await entriesOf(loggedSegmentEntryNo);
    // The state the sender left: its draft was sent (and so left the drafts), its claim ran out.
    await entriesCollection().updateOne(
      { tenantId: TENANT, entryNo: entry.entryNo },
      {
        $set: {
          'delivery.status': 'sending',
          'delivery.draftId': 'draft-that-was-sent',
          'delivery.nextAttemptAt': new Date(0),
        },
      },
    );
    await sendAgain(loggedSegmentEntryNo);
    expect(sentTo(c.email)).toHaveLength(1);
    expect((await entriesOf(loggedSegmentEntryNo))[0].delivery).toMatchObject({ status: 'sent' });
  });

  test('When the draft was made but sending failed, then sending again sends that same draft, not a new one', async () => {
    const code = await emailTemplate();
    const c = await f.contact();
    graph.mailbox.failNext(/^POST \/me\/messages\/[^/]+\/send$/, 503, 'ServiceUnavailable', MAX_ATTEMPTS);
    const { loggedSegmentEntryNo } = await logSegment(code, [c.no]);
    const [failed] = await entriesOf(loggedSegmentEntryNo);
    expect(failed.delivery).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    expect(draftsTo(c.email)).toHaveLength(1);
    await sendAgain(loggedSegmentEntryNo);
    expect(draftsTo(c.email)).toHaveLength(0);
    expect(sentTo(c.email)).toHaveLength(1);
    expect(sentTo(c.email)[0].internetMessageId).toBe(failed.source.internetMessageId);
  });

  test('When the draft is gone and not in Sent Items, then the email is failed asking to check, and the next send makes a new one', async () => {
    const code = await emailTemplate();
    const c = await f.contact();
    graph.mailbox.failNext(/^POST \/me\/messages\/[^/]+\/send$/, 503, 'ServiceUnavailable', MAX_ATTEMPTS);
    const { loggedSegmentEntryNo } = await logSegment(code, [c.no]);
    for (const draft of draftsTo(c.email)) graph.mailbox.messages.delete(draft.id);
    await sendAgain(loggedSegmentEntryNo);
    expect(sentTo(c.email)).toHaveLength(0);
    expect((await entriesOf(loggedSegmentEntryNo))[0].delivery).toMatchObject({
      status: 'failed',
      lastError: expect.stringMatching(/Check your Sent Items/),
    });
    await sendAgain(loggedSegmentEntryNo);
    expect(sentTo(c.email)).toHaveLength(1);
  });

  test('When two requests send again at once, then one sender works and every email goes once', async () => {
    const code = await emailTemplate();
    const contacts = [await f.contact(), await f.contact(), await f.contact()];
    graph.mailbox.failNext(/^POST \/me\/messages$/, 403, 'ErrorAccessDenied', 1);
    const { loggedSegmentEntryNo } = await logSegment(
      code,
      contacts.map((c) => c.no),
    );
    const answers = await Promise.all(
      [1, 2, 3].map(() => api.post(`/logged-segments/${loggedSegmentEntryNo}/deliveries/send`, {})),
    );
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202]);
    await app.deliveries.drain();
    for (const c of contacts) expect(sentTo(c.email)).toHaveLength(1);
  });

  test('When automatic recording is on, then the emails Interlog sent are not recorded a second time', async () => {
    const code = await emailTemplate();
    await f.ok(api.put('/interaction-template-setup', { emails: code }));
    await f.ok(api.put('/me/automatic-recording', { emails: true }));
    const c = await f.contact();
    await logSegment(code, [c.no]);
    for (let i = 0; i < 3; i++) await app.worker!.runOnce();
    const entries = (await api.get(`/interaction-log-entries?contactNo=${c.no}`)).body.items;
    expect(entries).toHaveLength(1);
    await f.ok(api.put('/me/automatic-recording', { emails: false }));
  });
});

describe('Errors', () => {
  test('The deliveries of a logged segment that does not exist, or is another tenant’s, are 404', async () => {
    const code = await emailTemplate();
    const { loggedSegmentEntryNo } = await logSegment(code, [(await f.contact()).no]);
    const other = await app.as({ tid: 'tenant-b' });
    for (const client of [api, other]) {
      const missing = client === api ? 999_999 : loggedSegmentEntryNo;
      expect((await client.get(`/logged-segments/${missing}/deliveries`)).status).toBe(404);
      expect((await client.post(`/logged-segments/${missing}/deliveries/send`, {})).status).toBe(404);
    }
  });

  test('Bad input to send again (a body with fields, a bad entry number) is a 400 problem', async () => {
    expect((await api.post('/logged-segments/1/deliveries/send', { now: true })).status).toBe(400);
    expect((await api.post('/logged-segments/abc/deliveries/send', {})).status).toBe(400);
    expect((await api.post('/segments/NOPE/log', { deliver: 'yes' })).status).toBe(400);
  });
});
