import { startTestApp } from '../../../test/support/test-app';
import { startGraphStandIn } from '../../../server/src/demo/graph-stand-in';
import { standInGraphAccess } from '../../../server/src/lib/graph/graph-access';
import { ApiError } from '../src/api-error';
import { createInterlogApi } from '../src/interlog-api';

const USER = 'people-api-user';
let app: Awaited<ReturnType<typeof startTestApp>>;
let graph: Awaited<ReturnType<typeof startGraphStandIn>>;

beforeAll(async () => {
  graph = await startGraphStandIn({ chats: [] });
  app = await startTestApp({ label: 'people_api', graph: standInGraphAccess(graph.baseUrl) });
});

afterAll(async () => {
  await app.stop();
  await graph.close();
});

const interlogApi = () =>
  createInterlogApi({
    baseUrl: app.baseUrl,
    getToken: () => app.issuer.token({ tid: 'tenant-people-api', oid: USER }),
    fetchImpl: fetch,
  });

describe('api.people.search', () => {
  test("When the user searches, then the client returns the server's suggestions from Outlook", async () => {
    graph.people.addContact(USER, {
      name: 'Aino Korhonen',
      emails: ['aino.korhonen@northwind.example'],
      companyName: 'Northwind Traders Oy',
      phone: '+358 50 765 4321',
    });

    const found = await interlogApi().people.search('Aino');

    expect(found.items).toEqual([
      {
        name: 'Aino Korhonen',
        email: 'aino.korhonen@northwind.example',
        companyName: 'Northwind Traders Oy',
        jobTitle: '',
        phone: '+358 50 765 4321',
        source: 'contacts',
        contactNo: null,
      },
    ]);
  });

  test('When Graph refuses for lack of consent, then the call fails with a consent-required ApiError', async () => {
    graph.people.failNext(/^GET \/me\/contacts$/, 403, 'ErrorAccessDenied');

    const error = await interlogApi()
      .people.search('Aino')
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, problemName: 'consent-required', retryable: false });
  });
});
