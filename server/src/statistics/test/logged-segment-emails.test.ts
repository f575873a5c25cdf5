// A logged segment's emails in its statistics: delivered, failed and pending (sending counts as
// pending), following every change of the deliveries.
import { startTestApp, type ApiClient } from '../../../../test/support/test-app';
import { factories } from '../../../../test/support/factories';
import { startGraphStandIn } from '../../demo/graph-stand-in';
import { standInGraphAccess } from '../../lib/graph/graph-access';

let graph: Awaited<ReturnType<typeof startGraphStandIn>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let api: ApiClient;
let f: ReturnType<typeof factories>;

beforeAll(async () => {
  graph = await startGraphStandIn();
  app = await startTestApp({
    label: 'statistics-emails',
    graph: standInGraphAccess(graph.baseUrl),
    config: { recording: { retryBaseMs: 10, maxAttempts: 2 }, segmentLog: { leaseMs: 2000 } },
  });
  api = await app.as();
  f = factories(api);
});
afterAll(async () => {
  await app.stop();
  await graph.close();
});

const emailsOf = async (entryNo: number) => {
  const res = await api.get(`/statistics/logged-segments/${entryNo}`);
  expect(res.status).toBe(200);
  const { noOfInteractions, emailsDelivered, emailsFailed, emailsPending } = res.body;
  return { noOfInteractions, emailsDelivered, emailsFailed, emailsPending };
};

test("A logged segment's statistics count its emails delivered, failed and pending, also after sending again", async () => {
  const template = await f.template({ correspondenceType: 'email' });
  await f.ok(api.put(`/interaction-templates/${template.code}/email-content`, { subject: 'Hi', body: 'Hello' }));
  const noEmail = await f.contact({ email: '' });
  const fine = await f.contact();
  const segment = await f.segment({ interaction: { templateCode: template.code } });
  await f.ok(api.post(`/segments/${segment.no}/add-contacts`, { filter: { contactNos: [noEmail.no, fine.no] } }));
  const logged = await api.post(`/segments/${segment.no}/log`, { deliver: true });
  expect(logged.status).toBe(200);
  const entryNo: number = logged.body.loggedSegmentEntryNo;
  await app.deliveries.drain();

  expect(await emailsOf(entryNo)).toEqual({
    noOfInteractions: 2,
    emailsDelivered: 1,
    emailsFailed: 1,
    emailsPending: 0,
  });

  await f.ok(api.patch(`/contacts/${noEmail.no}`, { email: 'found@fabrikam.example' }));
  expect((await api.post(`/logged-segments/${entryNo}/deliveries/send`, {})).status).toBe(202);
  await app.deliveries.drain();
  expect(await emailsOf(entryNo)).toEqual({
    noOfInteractions: 2,
    emailsDelivered: 2,
    emailsFailed: 0,
    emailsPending: 0,
  });
});
