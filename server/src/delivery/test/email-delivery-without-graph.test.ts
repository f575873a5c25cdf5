import { startTestApp, type ApiClient } from '../../../../test/support/test-app';
import { factories } from '../../../../test/support/factories';

type App = Awaited<ReturnType<typeof startTestApp>>;
let app: App;
let api: ApiClient;

beforeAll(async () => {
  app = await startTestApp({ label: 'delivery-nograph' });
  api = await app.as();
});

afterAll(async () => {
  await app.stop();
});

test('Without Graph configured, logging with deliver keeps the emails pending, and sending again is a 503 that changes nothing', async () => {
  const f = factories(api);
  const template = await f.template({ correspondenceType: 'email' });
  await f.ok(api.put(`/interaction-templates/${template.code}/email-content`, { subject: 's', body: 'b' }));
  const c = await f.contact();
  const segment = await f.segment();
  await f.ok(api.patch(`/segments/${segment.no}`, { interaction: { templateCode: template.code } }));
  await f.ok(api.post(`/segments/${segment.no}/add-contacts`, { filter: { contactNos: [c.no] } }));
  const logged = await api.post(`/segments/${segment.no}/log`, { deliver: true });
  expect(logged.body).toMatchObject({ noOfInteractions: 1, emailsToSend: 1 });
  const res = await api.post(`/logged-segments/${logged.body.loggedSegmentEntryNo}/deliveries/send`, {});
  expect(res.status).toBe(503);
  expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
  expect((await api.get(`/logged-segments/${logged.body.loggedSegmentEntryNo}/deliveries`)).body).toMatchObject({
    pending: 1,
    sent: 0,
    running: false,
    problems: [],
  });
});
