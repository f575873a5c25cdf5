import { startTestApp, type ApiClient } from '../../../../test/support/test-app';
import { factories } from '../../../../test/support/factories';
import { startGraphStandIn, type GraphStandInData } from '../../demo/graph-stand-in';
import { standInGraphAccess } from '../../lib/graph/graph-access';

const USER = 'user-tenant-a';
const JOIN_URL = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_once%40thread.v2/0';
const data: GraphStandInData = {
  chats: [
    {
      chatId: '19:meeting_once@thread.v2',
      topic: 'Roadmap review',
      joinWebUrl: JOIN_URL,
      start: '2026-03-03T09:00:00.0000000Z',
      end: '2026-03-03T10:00:00.0000000Z',
      organizer: { email: 'org@contoso.example', name: 'Organizer' },
      attendees: [{ email: 'robin@fabrikam.example', name: 'Robin' }],
    },
    {
      chatId: '19:meeting_nocal@thread.v2',
      topic: 'Not in the calendar',
      joinWebUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_nocal%40thread.v2/0',
      start: '2026-03-04T09:00:00.0000000Z',
      end: '2026-03-04T10:00:00.0000000Z',
      organizer: { email: 'org@contoso.example', name: 'Organizer' },
      attendees: [],
    },
  ],
};

let app: Awaited<ReturnType<typeof startTestApp>>;
let graph: Awaited<ReturnType<typeof startGraphStandIn>>;
let api: ApiClient;
let f: ReturnType<typeof factories>;

beforeAll(async () => {
  graph = await startGraphStandIn(data);
  app = await startTestApp({
    label: 'meeting-once',
    graph: standInGraphAccess(graph.baseUrl),
    config: { recording: { retryBaseMs: 10, maxAttempts: 3 } },
  });
  api = await app.as();
  f = factories(api);
});

afterAll(async () => {
  await app.stop();
  await graph.close();
});

describe('GET /meetings/attendees: the meeting is keyed by its calendar event', () => {
  test("When the caller's calendar has the meeting's event, then the answer names its iCalUId (found by the join URL in the meeting's time)", async () => {
    await graph.mailbox.putEvent(
      USER,
      { subject: 'Other meeting', start: '2026-03-03T09:00:00Z', organizer: { address: 'x@y.example' }, attendees: [] },
      { silent: true },
    );
    const event = await graph.mailbox.putEvent(
      USER,
      {
        subject: 'Roadmap review',
        start: '2026-03-03T09:00:00Z',
        joinUrl: JOIN_URL,
        organizer: { address: 'org@contoso.example' },
        attendees: [{ address: 'robin@fabrikam.example' }],
      },
      { silent: true },
    );

    const res = await api.get('/meetings/attendees?chatId=19:meeting_once@thread.v2');

    expect(res.status).toBe(200);
    expect(res.body.iCalUId).toBe(event.iCalUId);
    expect(graph.requests.some((r) => r.startsWith('GET /v1.0/me/calendarView?'))).toBe(true);
  });

  test('When no calendar event matches, then iCalUId is empty and the join URL stands in', async () => {
    const res = await api.get('/meetings/attendees?chatId=19:meeting_nocal@thread.v2');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ iCalUId: '', joinWebUrl: data.chats[1].joinWebUrl });
  });
});

describe('One meeting, one entry per attendee, from anywhere', () => {
  test('Given the Teams side panel, the Outlook pane and automatic recording record the same meeting in turn, then each contact has one entry', async () => {
    const template = await f.template({ description: 'Meeting' });
    const robin = await f.contact({ name: 'Robin', email: 'robin.once@fabrikam.example' });
    const petra = await f.contact({ name: 'Petra', email: 'petra.once@fabrikam.example' });
    await f.ok(api.put('/interaction-template-setup', { meetingInvitation: template.code }));
    const iCalUId = `ical-once-${Date.now()}`;

    const teams = await api.post('/interactions', {
      contactNo: robin.no,
      templateCode: template.code,
      source: { type: 'meeting', iCalUId, itemId: `teams-meeting:${JOIN_URL}` },
    });
    expect(teams.status).toBe(201);

    await f.ok(api.put('/me/automatic-recording', { meetings: true }));
    await graph.mailbox.putEvent(USER, {
      iCalUId,
      subject: 'Roadmap review',
      organizer: { address: 'org@contoso.example' },
      attendees: [
        { address: robin.email, response: 'accepted' },
        { address: petra.email, response: 'accepted' },
      ],
    });
    await app.worker!.runOnce();

    const outlook = await api.post('/interactions', {
      contactNo: petra.no,
      templateCode: template.code,
      source: { type: 'meeting', iCalUId, itemId: 'AAMkAGOutlookItem' },
    });
    expect(outlook.status).toBe(200);

    const { items } = (await api.get(`/interaction-log-entries?iCalUId=${encodeURIComponent(iCalUId)}`)).body;
    expect(items.map((e: { contactNo: string }) => e.contactNo).sort()).toEqual([robin.no, petra.no].sort());
    expect(items.find((e: { contactNo: string }) => e.contactNo === robin.no).entryNo).toBe(teams.body.entryNo);
    expect(outlook.body.entryNo).toBe(items.find((e: { contactNo: string }) => e.contactNo === petra.no).entryNo);
  });

  test('A list filter on iCalUId that is too long is a 400 problem', async () => {
    const res = await api.get(`/interaction-log-entries?iCalUId=${'x'.repeat(513)}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  });
});

describe('GET /meetings/calendar-event: the Outlook pane keys an appointment by its iCalUId', () => {
  test("When the caller's calendar has the event, then its iCalUId is answered", async () => {
    const event = await graph.mailbox.putEvent(
      USER,
      { subject: 'Visit', organizer: { address: 'org@contoso.example' }, attendees: [] },
      { silent: true },
    );
    const res = await api.get(`/meetings/calendar-event?eventId=${encodeURIComponent(event.id)}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ iCalUId: event.iCalUId });
  });

  test("When the event is not in the caller's calendar, then iCalUId is empty (the item id stands in)", async () => {
    const res = await api.get('/meetings/calendar-event?eventId=AAMkAGNoSuchEvent');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ iCalUId: '' });
  });

  test('Without an event id the request is a 400 problem', async () => {
    const res = await api.get('/meetings/calendar-event');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  });
});
