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
let emailTemplate: string;
let meetingTemplate: string;
let robin: { no: string; email: string };
let petra: { no: string; email: string };

const entriesFor = async (query: string) =>
  (await api.get(`/interaction-log-entries?${query}`)).body.items as {
    entryNo: number;
    contactNo: string;
    templateCode: string;
    subject: string;
    source: Record<string, string>;
  }[];
const subscriptionOf = (kind: 'emails' | 'meetings') =>
  [...graph.mailbox.subscriptions.values()].find(
    (s) => s.userId === USER && (kind === 'emails' ? /SentItems/.test(s.resource) : /events$/.test(s.resource)),
  );
const notify = (body: unknown) =>
  fetch(`${app.baseUrl}/graph/notifications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const notificationFor = (subscription: { id: string; tenantId: string }, clientState: string, id: string) => ({
  value: [
    {
      subscriptionId: subscription.id,
      tenantId: subscription.tenantId,
      clientState,
      changeType: 'created',
      resource: `Users/${USER}/Messages/${id}`,
      resourceData: { id },
    },
  ],
});

beforeAll(async () => {
  graph = await startGraphStandIn();
  app = await startTestApp({
    label: 'recording',
    graph: standInGraphAccess(graph.baseUrl),
    config: { recording: { retryBaseMs: 10, maxAttempts: 3 } },
  });
  api = await app.as();
  f = factories(api);
  emailTemplate = (await f.template({ description: 'Email sent' })).code;
  meetingTemplate = (await f.template({ description: 'Meeting', correspondenceType: '' })).code;
  robin = await f.contact({ name: 'Robin Bauer', email: 'Robin.Bauer@fabrikam.example' });
  petra = await f.contact({ name: 'Petra Nováková', email: 'petra@fabrikam.example' });
});

afterAll(async () => {
  await app.stop();
  await graph.close();
});

describe('Switching automatic recording on and off', () => {
  test('Given no template for emails in the interaction template setup, when recording is switched on, then 422 names the missing setup and nothing is subscribed', async () => {
    const res = await api.put('/me/automatic-recording', { emails: true });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toEqual([
      { path: '/body/emails', message: expect.stringMatching(/interaction template setup/) },
    ]);
    expect(subscriptionOf('emails')).toBeUndefined();
    expect((await api.get('/me/automatic-recording')).body.emails).toMatchObject({ enabled: false, status: 'off' });
  });

  test('Bad input (unknown field, no field, not a boolean) is a 400 problem and changes nothing', async () => {
    for (const body of [{ email: true }, {}, { emails: 'yes' }]) {
      const res = await api.put('/me/automatic-recording', body);
      expect(res.status).toBe(400);
    }
    expect(subscriptionOf('emails')).toBeUndefined();
  });

  test('Given the setup names the templates, when recording is switched on, then Graph subscribes to sent items and the calendar after validating the notification URL', async () => {
    await f.ok(api.put('/interaction-template-setup', { emails: emailTemplate, meetingInvitation: meetingTemplate }));
    const res = await api.put('/me/automatic-recording', { emails: true, meetings: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      available: true,
      emails: { enabled: true, status: 'active', templateCode: emailTemplate },
      meetings: { enabled: true, status: 'active', templateCode: meetingTemplate },
    });
    const mail = subscriptionOf('emails')!;
    expect(mail).toMatchObject({
      resource: `users/${USER}/mailFolders('SentItems')/messages`,
      changeType: 'created',
      notificationUrl: `${app.baseUrl}/graph/notifications`,
    });
    expect(mail.clientState.length).toBeGreaterThanOrEqual(32);
    expect(subscriptionOf('meetings')).toMatchObject({ changeType: 'created,updated' });
    expect(Date.parse(res.body.emails.subscriptionExpiresAt)).toBeGreaterThan(Date.now() + 24 * 3_600_000);
  });

  test('Switching on again keeps the one subscription', async () => {
    const before = subscriptionOf('emails')!.id;
    expect((await api.put('/me/automatic-recording', { emails: true })).status).toBe(200);
    expect(
      [...graph.mailbox.subscriptions.values()].filter((s) => s.userId === USER && /SentItems/.test(s.resource)),
    ).toHaveLength(1);
    expect(subscriptionOf('emails')!.id).toBe(before);
  });
});

describe('The notification endpoint', () => {
  test('The validation handshake is answered with the token as text/plain, without a bearer token', async () => {
    const res = await fetch(
      `${app.baseUrl}/graph/notifications?validationToken=${encodeURIComponent('Validation: Testing client application reachability for subscription Request-Id: 1 <&>')}`,
      { method: 'POST' },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe(
      'Validation: Testing client application reachability for subscription Request-Id: 1 <&>',
    );
  });

  test('A body that is not a notification list is a 400 problem; a non-JSON body is 415', async () => {
    const bad = await notify({ value: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/problem\+json/);
    const text = await fetch(`${app.baseUrl}/graph/notifications`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x',
    });
    expect(text.status).toBe(415);
  });

  test('Given an email sent to two contacts and a stranger, when Graph notifies, then the endpoint answers 202 at once and the worker records one interaction per contact with the emails template', async () => {
    const sent = await graph.mailbox.sendAs(USER, {
      subject: 'Price list 2027',
      toRecipients: [{ address: 'robin.bauer@fabrikam.example' }, { address: 'stranger@elsewhere.example' }],
      ccRecipients: [{ address: petra.email }],
    });
    // Recording is asynchronous: nothing yet until the worker runs.
    expect(await entriesFor(`internetMessageId=${encodeURIComponent(sent.internetMessageId)}`)).toHaveLength(0);
    await app.worker!.runOnce();
    const entries = await entriesFor(`internetMessageId=${encodeURIComponent(sent.internetMessageId)}`);
    expect(entries.map((e) => e.contactNo).sort()).toEqual([robin.no, petra.no].sort());
    for (const e of entries)
      expect(e).toMatchObject({
        templateCode: emailTemplate,
        subject: 'Price list 2027',
        source: { type: 'email', internetMessageId: sent.internetMessageId },
      });
    expect((await api.get('/me/automatic-recording')).body.emails).toMatchObject({
      recorded: 2,
      status: 'active',
      lastNotificationAt: expect.any(String),
      lastRecordedAt: expect.any(String),
    });
  });

  test('A duplicate notification for the same email records nothing more', async () => {
    const sent = await graph.mailbox.sendAs(USER, { subject: 'Twice', toRecipients: [{ address: robin.email }] });
    await app.worker!.runOnce();
    const sub = subscriptionOf('emails')!;
    expect((await notify(notificationFor(sub, sub.clientState, sent.id))).status).toBe(202);
    expect((await notify(notificationFor(sub, sub.clientState, sent.id))).status).toBe(202);
    await app.worker!.runOnce();
    expect(await entriesFor(`internetMessageId=${encodeURIComponent(sent.internetMessageId)}`)).toHaveLength(1);
  });

  test('A notification with a wrong clientState (or for an unknown subscription, or another tenant) is acknowledged but records nothing', async () => {
    const sent = await graph.mailbox.sendAs(
      USER,
      { subject: 'Forged', toRecipients: [{ address: robin.email }] },
      { silent: true },
    );
    const sub = subscriptionOf('emails')!;
    expect((await notify(notificationFor(sub, 'not-the-secret', sent.id))).status).toBe(202);
    expect(
      (await notify(notificationFor({ ...sub, id: 'no-such-subscription' }, sub.clientState, sent.id))).status,
    ).toBe(202);
    expect(
      (await notify(notificationFor({ ...sub, tenantId: 'another-tenant' }, sub.clientState, sent.id))).status,
    ).toBe(202);
    await app.worker!.runOnce();
    expect(await entriesFor(`internetMessageId=${encodeURIComponent(sent.internetMessageId)}`)).toHaveLength(0);
  });
});

describe('Recorded once, whoever records first', () => {
  test('Given the pane recorded the sent email for a contact, when the notification comes, then only the other contact gets an entry', async () => {
    const sent = await graph.mailbox.sendAs(
      USER,
      { subject: 'Pane first', toRecipients: [{ address: robin.email }, { address: petra.email }] },
      { silent: true },
    );
    const manual = await api.post(
      '/interactions',
      {
        contactNo: robin.no,
        templateCode: emailTemplate,
        source: { type: 'email', internetMessageId: sent.internetMessageId },
      },
      { 'Idempotency-Key': `pane-${sent.id}` },
    );
    expect(manual.status).toBe(201);
    const sub = subscriptionOf('emails')!;
    await notify(notificationFor(sub, sub.clientState, sent.id));
    await app.worker!.runOnce();
    const entries = await entriesFor(`internetMessageId=${encodeURIComponent(sent.internetMessageId)}`);
    expect(entries.map((e) => e.contactNo).sort()).toEqual([robin.no, petra.no].sort());
    expect(entries.find((e) => e.contactNo === robin.no)!.entryNo).toBe(manual.body.entryNo);
  });

  test('Given the email was recorded automatically, when the pane records it for the same contact, then it gets the same entry back (200), not a second one', async () => {
    const sent = await graph.mailbox.sendAs(USER, { subject: 'Auto first', toRecipients: [{ address: robin.email }] });
    await app.worker!.runOnce();
    const [auto] = await entriesFor(`internetMessageId=${encodeURIComponent(sent.internetMessageId)}`);
    const manual = await api.post('/interactions', {
      contactNo: robin.no,
      templateCode: emailTemplate,
      source: { type: 'email', internetMessageId: sent.internetMessageId },
    });
    expect(manual.status).toBe(200);
    expect(manual.body.entryNo).toBe(auto.entryNo);
    expect(await entriesFor(`internetMessageId=${encodeURIComponent(sent.internetMessageId)}`)).toHaveLength(1);
  });

  test('An email Interlog recorded when it was sent (X-Interlog-Recorded header from the on-send event) is not recorded again', async () => {
    const sent = await graph.mailbox.sendAs(USER, {
      subject: 'On send',
      toRecipients: [{ address: robin.email }],
      internetMessageHeaders: [{ name: 'X-Interlog-Recorded', value: 'abc' }],
    });
    await app.worker!.runOnce();
    expect(await entriesFor(`internetMessageId=${encodeURIComponent(sent.internetMessageId)}`)).toHaveLength(0);
  });
});

describe('Meetings', () => {
  test('Given the user sends an invitation, then each contact among the attendees who has not declined gets one entry with the meeting template, also after updates', async () => {
    const event = await graph.mailbox.putEvent(USER, {
      subject: 'Quarterly review',
      isOrganizer: true,
      responseStatus: 'organizer',
      start: '2026-12-01T09:00:00.000Z',
      organizer: { address: 'user@tenant-a.example' },
      attendees: [
        { address: robin.email, response: 'none' },
        { address: petra.email, response: 'declined' },
      ],
    });
    await app.worker!.runOnce();
    await graph.mailbox.putEvent(USER, { ...event, subject: 'Quarterly review (moved)' });
    await app.worker!.runOnce();
    const entries = (await entriesFor(`contactNo=${robin.no}&templateCode=${meetingTemplate}`)).filter(
      (e) => e.source.iCalUId === event.iCalUId,
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      subject: 'Quarterly review',
      source: { type: 'meeting', iCalUId: event.iCalUId },
    });
    expect(
      (await entriesFor(`contactNo=${petra.no}&templateCode=${meetingTemplate}`)).filter(
        (e) => e.source.iCalUId === event.iCalUId,
      ),
    ).toHaveLength(0);
  });

  test('Given a contact invites the user, when the user accepts, then the organizer gets an entry; an invitation not answered yet records nothing', async () => {
    const invitation = await graph.mailbox.putEvent(USER, {
      subject: 'Demo at Fabrikam',
      isOrganizer: false,
      responseStatus: 'notResponded',
      organizer: { address: petra.email },
      attendees: [{ address: 'user@tenant-a.example' }],
    });
    await app.worker!.runOnce();
    const recorded = async () =>
      (await entriesFor(`contactNo=${petra.no}&templateCode=${meetingTemplate}`)).filter(
        (e) => e.source.iCalUId === invitation.iCalUId,
      );
    expect(await recorded()).toHaveLength(0);
    await graph.mailbox.putEvent(USER, { ...invitation, responseStatus: 'accepted' });
    await app.worker!.runOnce();
    expect(await recorded()).toHaveLength(1);
  });
});

describe('Retries and catch-up', () => {
  test('Given Graph throttles reading the email twice, then the item is retried with backoff and recorded on the third attempt', async () => {
    graph.mailbox.failNext(/^GET \/users\/[^/]+\/messages\//, 429, 'TooManyRequests', 2);
    const sent = await graph.mailbox.sendAs(USER, { subject: 'Throttled', toRecipients: [{ address: petra.email }] });
    for (
      let i = 0;
      i < 20 && (await entriesFor(`internetMessageId=${encodeURIComponent(sent.internetMessageId)}`)).length === 0;
      i++
    ) {
      await new Promise((ok) => setTimeout(ok, 30));
      await app.worker!.runOnce();
    }
    expect(await entriesFor(`internetMessageId=${encodeURIComponent(sent.internetMessageId)}`)).toHaveLength(1);
  });

  test('Given reading the email keeps failing, then after the last attempt it is marked failed and the settings show it, never silently dropped', async () => {
    graph.mailbox.failNext(/^GET \/users\/[^/]+\/messages\//, 503, 'ServiceUnavailable', 3);
    await graph.mailbox.sendAs(USER, { subject: 'Down', toRecipients: [{ address: petra.email }] });
    for (let i = 0; i < 10; i++) {
      await new Promise((ok) => setTimeout(ok, 50));
      await app.worker!.runOnce();
    }
    const status = (await api.get('/me/automatic-recording')).body.emails;
    expect(status).toMatchObject({ status: 'failing', failedItems: 1, lastError: expect.stringMatching(/Graph/) });
    expect(app.workerWarnings).toContain('automatic recording gave up on an item');
  });

  test('Given a notification was lost, when Graph reports missed notifications, then a delta query catches the email up; mail sent before recording was switched on is left alone', async () => {
    const lost = await graph.mailbox.sendAs(
      USER,
      { subject: 'Lost notification', toRecipients: [{ address: robin.email }] },
      { silent: true },
    );
    const old = await graph.mailbox.sendAs(
      USER,
      { subject: 'Long ago', sentDateTime: '2020-01-01T00:00:00.000Z', toRecipients: [{ address: robin.email }] },
      { silent: true },
    );
    const sub = subscriptionOf('emails')!;
    expect(
      (
        await notify({
          value: [
            { subscriptionId: sub.id, tenantId: sub.tenantId, clientState: sub.clientState, lifecycleEvent: 'missed' },
          ],
        })
      ).status,
    ).toBe(202);
    await app.worker!.runOnce(); // the delta query queues what it finds
    await app.worker!.runOnce(); // and the queue is recorded
    expect(await entriesFor(`internetMessageId=${encodeURIComponent(lost.internetMessageId)}`)).toHaveLength(1);
    expect(await entriesFor(`internetMessageId=${encodeURIComponent(old.internetMessageId)}`)).toHaveLength(0);
    expect(graph.requests.some((r) => r.includes('/mailFolders/sentitems/messages/delta'))).toBe(true);
  });

  test('Given a subscription lapsed, then the worker subscribes again with a new clientState and catches up what was sent meanwhile', async () => {
    const sub = subscriptionOf('emails')!;
    graph.mailbox.expire(sub.id);
    const meanwhile = await graph.mailbox.sendAs(USER, {
      subject: 'While lapsed',
      toRecipients: [{ address: petra.email }],
    });
    // Make the mailbox due now, as when its expiry nears.
    await notify({
      value: [
        {
          subscriptionId: sub.id,
          tenantId: sub.tenantId,
          clientState: sub.clientState,
          lifecycleEvent: 'subscriptionRemoved',
        },
      ],
    });
    await app.worker!.runOnce();
    await app.worker!.runOnce();
    const renewed = [...graph.mailbox.subscriptions.values()].filter(
      (s) => s.userId === USER && /SentItems/.test(s.resource) && Date.parse(s.expirationDateTime) > Date.now(),
    );
    expect(renewed).toHaveLength(1);
    expect(renewed[0].id).not.toBe(sub.id);
    expect(renewed[0].clientState).not.toBe(sub.clientState);
    expect(await entriesFor(`internetMessageId=${encodeURIComponent(meanwhile.internetMessageId)}`)).toHaveLength(1);
  });
});

describe('Renewal', () => {
  let short: App;
  beforeAll(async () => {
    short = await startTestApp({
      label: 'renewal',
      graph: standInGraphAccess(graph.baseUrl),
      config: { recording: { subscriptionMinutes: 60, renewBeforeMinutes: 90 } },
    });
  });
  afterAll(() => short.stop());

  test('Given a subscription expires within the renewal window, then the worker renews it (PATCH) before it expires, with the same subscription', async () => {
    const user = await short.as({ tid: 'tenant-r', oid: 'user-r' });
    await f.ok(user.put('/interaction-template-setup', { emails: (await factories(user).template()).code }));
    expect((await user.put('/me/automatic-recording', { emails: true })).status).toBe(200);
    const sub = [...graph.mailbox.subscriptions.values()].find((s) => s.userId === 'user-r')!;
    sub.expirationDateTime = new Date(Date.now() + 5 * 60_000).toISOString();
    await short.worker!.runOnce();
    expect(graph.requests).toContain(`PATCH /v1.0/subscriptions/${sub.id}`);
    expect(Date.parse(sub.expirationDateTime)).toBeGreaterThan(Date.now() + 55 * 60_000);
    expect((await user.get('/me/automatic-recording')).body.emails).toMatchObject({
      status: 'active',
      subscriptionExpiresAt: new Date(Date.parse(sub.expirationDateTime)).toISOString(),
    });
  });

  test('Given the worker runs in the background, an email sent is recorded within seconds of the notification', async () => {
    const user = await short.as({ tid: 'tenant-r', oid: 'user-r' });
    const contact = await factories(user).contact();
    short.worker!.start(100);
    const sent = await graph.mailbox.sendAs('user-r', {
      subject: 'Background',
      toRecipients: [{ address: contact.email }],
    });
    const started = Date.now();
    let found = 0;
    while (Date.now() - started < 10_000 && found === 0) {
      await new Promise((ok) => setTimeout(ok, 100));
      found = (
        await user.get(`/interaction-log-entries?internetMessageId=${encodeURIComponent(sent.internetMessageId)}`)
      ).body.items.length;
    }
    expect(found).toBe(1);
  });

  test('When the user switches recording off, the subscription is deleted and later notifications record nothing', async () => {
    const user = await short.as({ tid: 'tenant-r', oid: 'user-r' });
    const sub = [...graph.mailbox.subscriptions.values()].find((s) => s.userId === 'user-r')!;
    const res = await user.put('/me/automatic-recording', { emails: false });
    expect(res.status).toBe(200);
    expect(res.body.emails).toMatchObject({ enabled: false, status: 'off' });
    expect(graph.mailbox.subscriptions.has(sub.id)).toBe(false);
    const contact = await factories(user).contact();
    const sent = await graph.mailbox.sendAs(
      'user-r',
      { subject: 'After off', toRecipients: [{ address: contact.email }] },
      { silent: true },
    );
    await fetch(`${short.baseUrl}/graph/notifications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        value: [
          {
            subscriptionId: sub.id,
            tenantId: sub.tenantId,
            clientState: sub.clientState,
            resourceData: { id: sent.id },
          },
        ],
      }),
    });
    await short.worker!.runOnce();
    expect(
      (await user.get(`/interaction-log-entries?internetMessageId=${encodeURIComponent(sent.internetMessageId)}`)).body
        .items,
    ).toHaveLength(0);
  });
});
