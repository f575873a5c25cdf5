import { startTestApp, type ApiClient } from '../../../../test/support/test-app';
import { factories } from '../../../../test/support/factories';
import { startGraphStandIn } from '../../demo/graph-stand-in';
import { standInGraphAccess } from '../../lib/graph/graph-access';

type App = Awaited<ReturnType<typeof startTestApp>>;
type Graph = Awaited<ReturnType<typeof startGraphStandIn>>;

let graph: Graph;
let app: App;
let api: ApiClient;
let f: ReturnType<typeof factories>;
const USER = 'user-tenant-a';
let sentTemplate: string;
let receivedTemplate: string;
let robin: { no: string; email: string };

const entriesOf = async (internetMessageId: string) =>
  (await api.get(`/interaction-log-entries?internetMessageId=${encodeURIComponent(internetMessageId)}`)).body.items as {
    entryNo: number;
    contactNo: string;
    templateCode: string;
    informationFlow: string;
    initiatedBy: string;
  }[];
const inboxSubscription = () =>
  [...graph.mailbox.subscriptions.values()].find((s) => s.userId === USER && /Inbox/.test(s.resource));

beforeAll(async () => {
  graph = await startGraphStandIn();
  app = await startTestApp({
    label: 'recording-received',
    graph: standInGraphAccess(graph.baseUrl),
    config: { recording: { retryBaseMs: 10, maxAttempts: 3 } },
  });
  api = await app.as();
  f = factories(api);
  sentTemplate = (await f.template({ informationFlow: 'outbound', initiatedBy: 'us' })).code;
  receivedTemplate = (await f.template({ description: 'E-mail received', informationFlow: '', initiatedBy: '' })).code;
  robin = await f.contact({ name: 'Robin Bauer', email: 'robin.bauer@fabrikam.example' });
  await f.ok(api.put('/interaction-template-setup', { emails: sentTemplate }));
});

afterAll(async () => {
  await app.stop();
  await graph.close();
});

describe('Automatic recording of received emails', () => {
  test('Recording received emails is off by default, with its own switch apart from sent emails', async () => {
    expect((await api.get('/me/automatic-recording')).body.receivedEmails).toMatchObject({
      enabled: false,
      status: 'off',
      templateCode: sentTemplate,
    });
    const res = await api.put('/me/automatic-recording', { emails: true });
    expect(res.body.receivedEmails).toMatchObject({ enabled: false });
    expect(inboxSubscription()).toBeUndefined();
    await graph.mailbox.receive(USER, { subject: 'Not yet', from: { address: robin.email } });
    await app.worker!.runOnce();
    expect((await api.get(`/interaction-log-entries?contactNo=${robin.no}`)).body.items).toHaveLength(0);
  });

  test('A bad switch value is a 400 problem and subscribes nothing', async () => {
    const res = await api.put('/me/automatic-recording', { receivedEmails: 'yes' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    expect(inboxSubscription()).toBeUndefined();
  });

  test('When switched on, Graph subscribes to the Inbox and the received-emails template of the setup is used', async () => {
    await f.ok(api.put('/interaction-template-setup', { emailsReceived: receivedTemplate }));
    const res = await api.put('/me/automatic-recording', { receivedEmails: true });
    expect(res.status).toBe(200);
    expect(res.body.receivedEmails).toMatchObject({ enabled: true, status: 'active', templateCode: receivedTemplate });
    expect(inboxSubscription()).toMatchObject({
      resource: `users/${USER}/mailFolders('Inbox')/messages`,
      changeType: 'created',
    });
  });

  test('An email received from a contact is recorded as inbound, initiated by them; a stranger gets nothing', async () => {
    const received = await graph.mailbox.receive(USER, { subject: 'Question', from: { address: robin.email } });
    const stranger = await graph.mailbox.receive(USER, { subject: 'Spam', from: { address: 'x@elsewhere.example' } });
    await app.worker!.runOnce();
    expect(await entriesOf(received.internetMessageId)).toEqual([
      expect.objectContaining({
        contactNo: robin.no,
        templateCode: receivedTemplate,
        informationFlow: 'inbound',
        initiatedBy: 'them',
      }),
    ]);
    expect(await entriesOf(stranger.internetMessageId)).toHaveLength(0);
  });

  test('Given the pane recorded the received email first, automatic recording finds that entry and adds none', async () => {
    const received = await graph.mailbox.receive(USER, { subject: 'Pane first', from: { address: robin.email } });
    const pane = await api.post('/interactions', {
      contactNo: robin.no,
      templateCode: receivedTemplate,
      informationFlow: 'inbound',
      initiatedBy: 'them',
      source: { type: 'email', internetMessageId: received.internetMessageId },
    });
    expect(pane.status).toBe(201);
    await app.worker!.runOnce();
    const entries = await entriesOf(received.internetMessageId);
    expect(entries.map((e) => e.entryNo)).toEqual([pane.body.entryNo]);
  });

  test('Given automatic recording recorded it first, the pane gets the same entry back (200), not a second one', async () => {
    const received = await graph.mailbox.receive(USER, { subject: 'Auto first', from: { address: robin.email } });
    await app.worker!.runOnce();
    const [auto] = await entriesOf(received.internetMessageId);
    const pane = await api.post('/interactions', {
      contactNo: robin.no,
      templateCode: receivedTemplate,
      source: { type: 'email', internetMessageId: received.internetMessageId },
    });
    expect(pane.status).toBe(200);
    expect(pane.body.entryNo).toBe(auto.entryNo);
    expect(await entriesOf(received.internetMessageId)).toHaveLength(1);
  });

  test('Without a received-emails template, the emails template records them (still inbound)', async () => {
    await f.ok(api.put('/interaction-template-setup', { emailsReceived: '' }));
    const received = await graph.mailbox.receive(USER, { subject: 'Fallback', from: { address: robin.email } });
    await app.worker!.runOnce();
    expect(await entriesOf(received.internetMessageId)).toEqual([
      expect.objectContaining({ templateCode: sentTemplate, informationFlow: 'inbound', initiatedBy: 'them' }),
    ]);
  });

  test('When switched off, the Inbox subscription is deleted and received emails are no longer recorded', async () => {
    await f.ok(api.put('/me/automatic-recording', { receivedEmails: false }));
    expect(inboxSubscription()).toBeUndefined();
    const received = await graph.mailbox.receive(USER, { subject: 'After', from: { address: robin.email } });
    await app.worker!.runOnce();
    expect(await entriesOf(received.internetMessageId)).toHaveLength(0);
  });
});

describe('Automatic recording and postponed interactions', () => {
  test('Given the user postponed the received email for the contact, automatic recording leaves it to be finished', async () => {
    await f.ok(api.put('/me/automatic-recording', { receivedEmails: true }));
    const received = await graph.mailbox.receive(
      USER,
      { subject: 'Postponed first', from: { address: robin.email } },
      { silent: true },
    );
    const postponed = await api.post('/interactions', {
      contactNo: robin.no,
      templateCode: receivedTemplate,
      postpone: true,
      source: { type: 'email', internetMessageId: received.internetMessageId },
    });
    expect(postponed.status).toBe(201);
    const sub = inboxSubscription()!;
    await fetch(`${app.baseUrl}/graph/notifications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        value: [
          {
            subscriptionId: sub.id,
            tenantId: sub.tenantId,
            clientState: sub.clientState,
            resourceData: { id: received.id },
          },
        ],
      }),
    });
    await app.worker!.runOnce();
    expect(await entriesOf(received.internetMessageId)).toEqual([]);
  });
});
