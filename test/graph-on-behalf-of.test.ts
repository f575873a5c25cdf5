import { createServer } from 'node:net';
import { startServerProcess } from './support/server-process';
import { startTokenIssuer } from './support/token-issuer';
import { createClient, uniqueDbName } from './support/test-app';
import { clientsOf } from './support/test-tenant';
import { startEntraStandIn } from './support/entra-stand-in';
import { standInCertificate } from './support/tls-stand-in-certificate';
import { factories } from './support/factories';
import { startGraphStandIn } from '../server/src/demo/graph-stand-in';

/*
 * The production Graph path end to end, in a server process of its own: MSAL's on-behalf-of and
 * client-credentials grants against an Entra-shaped authority over HTTPS, the Graph SDK against a
 * Graph-shaped server over HTTPS (trusted through NODE_EXTRA_CA_CERTS, as Microsoft's would be),
 * and change notifications coming back to the server's public endpoint.
 */
const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const CLIENT_SECRET = 'stand-in-secret';
const CHAT = '19:meeting_demo-qbr@thread.v2';

type Started<T extends (...a: never[]) => unknown> = Awaited<ReturnType<T>>;
let issuer: Started<typeof startTokenIssuer>;
let entra: Started<typeof startEntraStandIn>;
let graph: Started<typeof startGraphStandIn>;
let server: Started<typeof startServerProcess>;
let env: Record<string, string>;
const dbName = uniqueDbName('obo');

const freePort = () =>
  new Promise<number>((ok) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => ok(port));
    });
  });

const oboRequests = () => entra.requests.filter((r) => r.grantType === 'urn:ietf:params:oauth:grant-type:jwt-bearer');

beforeAll(async () => {
  const tls = await standInCertificate();
  issuer = await startTokenIssuer();
  entra = await startEntraStandIn({ ...tls, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  graph = await startGraphStandIn(undefined, tls);
  const port = await freePort();
  env = {
    PORT: String(port),
    NODE_EXTRA_CA_CERTS: tls.caFile,
    GRAPH_CLIENT_ID: CLIENT_ID,
    GRAPH_CLIENT_SECRET: CLIENT_SECRET,
    GRAPH_AUTHORITY_HOST: entra.authorityHost,
    GRAPH_BASE_URL: graph.baseUrl,
    GRAPH_NOTIFICATION_URL: `http://127.0.0.1:${port}/api/v1/graph/notifications`,
    RECORDING_WORKER_INTERVAL_MS: '200',
  };
  server = await startServerProcess({ dbName, issuer, env });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await graph?.close();
  await entra?.close();
  await issuer?.stop();
});

let first: ReturnType<typeof createClient>;
let other: ReturnType<typeof createClient>;
const as = (oid: string) => clientsOf(server.baseUrl, issuer).as({ tid: 'tenant-obo', oid });

describe('On-behalf-of access to Microsoft Graph', () => {
  test("Given a user's API token, when the meeting's attendees are asked for, then the server exchanges it on behalf of the user (client secret, Graph scope) and calls Graph with the token it got", async () => {
    const api = (first = await as('user-1'));
    const res = await api.get(`/meetings/attendees?chatId=${encodeURIComponent(CHAT)}`);
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(1);
    expect(oboRequests()).toHaveLength(1);
    expect(oboRequests()[0]).toMatchObject({
      tenant: 'tenant-obo',
      clientId: CLIENT_ID,
      assertion: api.token,
      scope: expect.stringContaining('https://graph.microsoft.com/.default'),
    });
  });

  // MSAL keys an on-behalf-of token by the API token it was exchanged for, as a client reuses its token
  // until it expires.
  test("Tokens are cached per user: the same user's API token again needs no exchange, another user gets their own", async () => {
    const again = createClient(server.baseUrl, first.token);
    expect((await again.get(`/meetings/attendees?chatId=${encodeURIComponent(CHAT)}`)).status).toBe(200);
    expect(oboRequests()).toHaveLength(1);
    other = await as('user-2');
    expect((await other.get(`/meetings/attendees?chatId=${encodeURIComponent(CHAT)}`)).status).toBe(200);
    expect(oboRequests()).toHaveLength(2);
    expect(oboRequests()[1].assertion).toBe(other.token);
  });

  test('The token cache lives in the database: after a restart the server reuses the Graph token cached for the same API token', async () => {
    await server.stop();
    server = await startServerProcess({ dbName, issuer, env });
    const api = createClient(server.baseUrl, other.token);
    expect((await api.get(`/meetings/attendees?chatId=${encodeURIComponent(CHAT)}`)).status).toBe(200);
    expect(oboRequests()).toHaveLength(2);
  }, 60_000);

  test('When the user has not consented, the answer is a 403 consent-required problem the client can act on', async () => {
    entra.requireConsent('user-3');
    const res = await (await as('user-3')).get(`/meetings/attendees?chatId=${encodeURIComponent(CHAT)}`);
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    expect(res.body).toMatchObject({ type: expect.stringMatching(/consent-required$/), status: 403 });
  });
});

describe('Automatic recording through the real server process', () => {
  test('When a user switches recording on, the app (client credentials) subscribes and Graph validates the public URL; an email sent to a contact is then recorded within seconds', async () => {
    const api = await as('user-4');
    const f = factories(api);
    const template = await f.template({ description: 'Email' });
    await f.ok(api.put('/interaction-template-setup', { emails: template.code }));
    const contact = await f.contact();
    const on = await api.put('/me/automatic-recording', { emails: true });
    expect(on.status).toBe(200);
    expect(on.body.emails.status).toBe('active');
    expect(entra.requests.some((r) => r.grantType === 'client_credentials' && r.tenant === 'tenant-obo')).toBe(true);
    expect(
      [...graph.mailbox.subscriptions.values()].some(
        (s) => s.userId === 'user-4' && s.notificationUrl === env.GRAPH_NOTIFICATION_URL,
      ),
    ).toBe(true);

    const sent = await graph.mailbox.sendAs('user-4', { subject: 'Offer', toRecipients: [{ address: contact.email }] });
    const started = Date.now();
    let items: { templateCode: string }[] = [];
    while (Date.now() - started < 60_000 && items.length === 0) {
      await new Promise((ok) => setTimeout(ok, 200));
      items = (
        await api.get(`/interaction-log-entries?internetMessageId=${encodeURIComponent(sent.internetMessageId)}`)
      ).body.items;
    }
    expect(items).toHaveLength(1);
    expect(items[0].templateCode).toBe(template.code);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});

describe('Segment correspondence through the real server process', () => {
  test('When a segment is logged with deliver, each contact gets their personalised email, sent as the user with the token from the on-behalf-of exchange', async () => {
    const api = await as('user-5');
    const f = factories(api);
    const template = await f.template({ description: 'Spring offer', correspondenceType: 'email' });
    await f.ok(
      api.put(`/interaction-templates/${template.code}/email-content`, {
        subject: 'Spring offer for {contactName}',
        body: 'Dear {contactName},\n\n{salespersonName}',
      }),
    );
    const salesperson = await f.salesperson({ name: 'Jarmo Virtanen' });
    const contacts = [await f.contact({ name: 'Aino Laine' }), await f.contact({ name: 'Иван Петров' })];
    const segment = await f.segment({ salespersonCode: salesperson.code });
    await f.ok(api.patch(`/segments/${segment.no}`, { interaction: { templateCode: template.code } }));
    await f.ok(api.post(`/segments/${segment.no}/add-contacts`, { filter: { contactNos: contacts.map((c) => c.no) } }));
    const exchangesBefore = oboRequests().length;

    const logged = await api.post(`/segments/${segment.no}/log`, { deliver: true });
    expect(logged.body).toMatchObject({ noOfInteractions: 2, emailsToSend: 2 });
    const started = Date.now();
    let summary = { sent: 0 };
    while (Date.now() - started < 30_000 && summary.sent < 2) {
      await new Promise((ok) => setTimeout(ok, 200));
      summary = (await api.get(`/logged-segments/${logged.body.loggedSegmentEntryNo}/deliveries`)).body;
    }
    expect(summary).toMatchObject({ sent: 2, failed: 0, pending: 0 });
    for (const contact of contacts) {
      const mail = graph.mailbox.sent.filter((m) => m.toRecipients.some((r) => r.address === contact.email));
      expect(mail).toHaveLength(1);
      expect(mail[0]).toMatchObject({ userId: 'user-5', subject: `Spring offer for ${contact.name}` });
      expect(mail[0].bodyHtml).toContain('<p>Jarmo Virtanen</p>');
    }
    expect(oboRequests().slice(exchangesBefore)).toEqual([
      expect.objectContaining({ tenant: 'tenant-obo', assertion: api.token }),
    ]);
  }, 60_000);
});
