import { startTestApp, type ApiClient } from '../../../../test/support/test-app';
import { startGraphStandIn, type GraphStandInData } from '../../demo/graph-stand-in';
import { standInGraphAccess } from '../../lib/graph/graph-access';

const data: GraphStandInData = {
  chats: [
    {
      chatId: '19:meeting_abc@thread.v2',
      topic: 'Pricing workshop',
      joinWebUrl:
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22t'1%22%7d",
      start: '2026-03-02T13:30:00.0000000Z',
      end: '2026-03-02T14:15:00.0000000Z',
      organizer: { email: 'org@contoso.example', name: 'Organizer' },
      attendees: [
        { email: 'a@fabrikam.example', name: 'Ann' },
        { email: 'A@fabrikam.example', name: 'Ann again' },
        { email: 'b@fabrikam.example', name: 'Ben' },
      ],
    },
  ],
};

let app: Awaited<ReturnType<typeof startTestApp>>;
let graph: Awaited<ReturnType<typeof startGraphStandIn>>;
let api: ApiClient;

beforeAll(async () => {
  graph = await startGraphStandIn(data);
  app = await startTestApp({ label: 'meetings', graph: standInGraphAccess(graph.baseUrl) });
  api = await app.as();
});

afterAll(async () => {
  await app.stop();
  await graph.close();
});

describe('GET /meetings/attendees', () => {
  test('When the chat has an online meeting, then its organizer and attendees come once each, from the meeting participants, with its scheduled time', async () => {
    const res = await api.get('/meetings/attendees?chatId=19:meeting_abc@thread.v2');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      chatId: '19:meeting_abc@thread.v2',
      subject: 'Pricing workshop',
      joinWebUrl: data.chats[0].joinWebUrl,
      iCalUId: '',
      start: '2026-03-02T13:30:00.0000000Z',
      end: '2026-03-02T14:15:00.0000000Z',
      items: [
        { email: 'org@contoso.example', name: 'Organizer', role: 'organizer' },
        { email: 'a@fabrikam.example', name: 'Ann', role: 'attendee' },
        { email: 'b@fabrikam.example', name: 'Ben', role: 'attendee' },
      ],
    });
    expect(graph.requests.some((r) => r.startsWith('GET /v1.0/me/onlineMeetings?$filter='))).toBe(true);
  });

  test('When the chat is unknown to Microsoft 365, then the answer is a 404 problem', async () => {
    const res = await api.get('/meetings/attendees?chatId=19:nope@thread.v2');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  test('When no chat id is given, then the request is refused with 400', async () => {
    const res = await api.get('/meetings/attendees');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.errors)).toMatch(/chatId/);
  });

  test('When the caller has no token, then it is 401 and Graph is never called', async () => {
    const before = graph.requests.length;
    const res = await fetch(`${app.baseUrl}/meetings/attendees?chatId=x`);
    expect(res.status).toBe(401);
    expect(graph.requests.length).toBe(before);
  });
});

describe('GET /meetings/attendees without Microsoft Graph configured', () => {
  test('When the server has no Graph credentials, then it answers 503 with a problem saying so', async () => {
    const bare = await startTestApp({ label: 'meetings_nograph' });
    try {
      const res = await (await bare.as()).get('/meetings/attendees?chatId=19:meeting_abc@thread.v2');
      expect(res.status).toBe(503);
      expect(res.body.detail).toMatch(/not configured/);
    } finally {
      await bare.stop();
    }
  });
});
