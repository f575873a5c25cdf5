import { startTestApp, type ApiClient } from '../../../../test/support/test-app';
import { factories } from '../../../../test/support/factories';
import { startGraphStandIn } from '../../demo/graph-stand-in';
import { standInGraphAccess } from '../../lib/graph/graph-access';

let graph: Awaited<ReturnType<typeof startGraphStandIn>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let api: ApiClient;
const USER = 'user-tenant-a';
let robin: { no: string; email: string };

const correspondent = async (address: string) => (await api.get(`/unknown-correspondents/${address}`)).body;

beforeAll(async () => {
  graph = await startGraphStandIn();
  app = await startTestApp({
    label: 'uc-recording',
    graph: standInGraphAccess(graph.baseUrl),
    config: { recording: { retryBaseMs: 10, maxAttempts: 3 } },
  });
  api = await app.as();
  const f = factories(api);
  const sent = (await f.template({ description: 'Email sent' })).code;
  const received = (await f.template({ description: 'Email received' })).code;
  const meeting = (await f.template({ description: 'Meeting', correspondenceType: '' })).code;
  robin = await f.contact({ name: 'Robin Bauer', email: 'robin.bauer@fabrikam.example' });
  await f.ok(
    api.put('/interaction-template-setup', { emails: sent, emailsReceived: received, meetingInvitation: meeting }),
  );
  await f.ok(api.put('/me/automatic-recording', { emails: true, meetings: true, receivedEmails: true }));
});

afterAll(async () => {
  await app.stop();
  await graph.close();
});

describe('Automatic recording keeps the addresses that match no contact', () => {
  test('A sent email to a contact and a stranger records the contact and keeps the stranger with the email', async () => {
    const mail = await graph.mailbox.sendAs(USER, {
      subject: 'Price list',
      toRecipients: [{ address: robin.email }, { address: 'Anna.Stranger@northwind.example', name: 'Anna Stranger' }],
    });
    await app.worker!.runOnce();
    expect(await correspondent('anna.stranger@northwind.example')).toMatchObject({
      address: 'anna.stranger@northwind.example',
      name: 'Anna Stranger',
      itemCount: 1,
      seenBy: [USER],
      items: [{ kind: 'sent', internetMessageId: mail.internetMessageId, subject: 'Price list', userId: USER }],
    });
    expect((await api.get(`/unknown-correspondents/${robin.email}`)).status).toBe(404);
  });

  test('A received email from a stranger is kept as received', async () => {
    const mail = await graph.mailbox.receive(USER, {
      subject: 'Question',
      from: { address: 'asker@contoso.example', name: 'Asker' },
    });
    await app.worker!.runOnce();
    expect((await correspondent('asker@contoso.example')).items).toEqual([
      expect.objectContaining({ kind: 'received', internetMessageId: mail.internetMessageId, date: mail.sentDateTime }),
    ]);
  });

  test('A meeting invitation to a stranger is kept as a meeting, once however often the meeting changes', async () => {
    const event = await graph.mailbox.putEvent(USER, {
      subject: 'Review',
      start: '2026-12-01T09:00:00.000Z',
      organizer: { address: 'user@tenant-a.example' },
      attendees: [{ address: 'guest@adatum.example', response: 'none' }],
    });
    await app.worker!.runOnce();
    await graph.mailbox.putEvent(USER, { ...event, subject: 'Review (moved)' });
    await app.worker!.runOnce();
    const kept = await correspondent('guest@adatum.example');
    expect(kept).toMatchObject({ itemCount: 1, items: [{ kind: 'meeting', iCalUId: event.iCalUId }] });
  });

  test('The same email seen again (a duplicate notification) is not counted twice', async () => {
    const mail = await graph.mailbox.sendAs(USER, {
      subject: 'Twice',
      toRecipients: [{ address: 'twice@northwind.example' }],
    });
    await app.worker!.runOnce();
    await graph.mailbox.sendAs(USER, { ...mail, toRecipients: mail.toRecipients });
    await app.worker!.runOnce();
    expect((await correspondent('twice@northwind.example')).itemCount).toBe(1);
  });

  test('An ignored address is dropped by automatic recording', async () => {
    expect((await api.post('/unknown-correspondents/newsletter@northwind.example/ignore')).status).toBe(204);
    await graph.mailbox.sendAs(USER, {
      subject: 'Unsubscribe',
      toRecipients: [{ address: 'newsletter@northwind.example' }],
    });
    await app.worker!.runOnce();
    expect((await api.get('/unknown-correspondents/newsletter@northwind.example')).status).toBe(404);
  });

  test('Made a contact with its missed interactions, the stranger gets the kept email once, also when Graph notifies it again', async () => {
    const mail = await graph.mailbox.sendAs(USER, {
      subject: 'Welcome',
      toRecipients: [{ address: 'late.contact@northwind.example', name: 'Late Contact' }],
    });
    await app.worker!.runOnce();
    const series = await factories(api).numberSeries({ startingNo: 'LC0001' });
    await api.put('/marketing-setup', { contactNos: series.code });
    const made = await api.post('/unknown-correspondents/late.contact@northwind.example/contact', {
      recordMissed: true,
    });
    expect(made.body.recorded).toBe(1);
    await graph.mailbox.sendAs(USER, { ...mail, toRecipients: mail.toRecipients });
    await app.worker!.runOnce();
    const entries = (await api.get(`/interaction-log-entries?contactNo=${made.body.contact.no}`)).body.items;
    expect(entries).toEqual([
      expect.objectContaining({ source: expect.objectContaining({ internetMessageId: mail.internetMessageId }) }),
    ]);
  });
});
