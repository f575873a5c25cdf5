import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp } from '../../../test/support/test-app';
import { factories } from '../../../test/support/factories';
import { ApiError } from '../src/api-error';
import { itemContactKey } from '../src/idempotency-key';
import { createInterlogApi } from '../src/interlog-api';

let app: Awaited<ReturnType<typeof startTestApp>>;
let token: string;

beforeAll(async () => {
  app = await startTestApp({ label: 'api_client' });
  token = await app.issuer.token({ tid: 'tenant-api-client', oid: 'annette' });
});

afterAll(() => app.stop());

/** The client as the add-in builds it, pointed at the real API. */
const interlogApi = (overrides: { baseUrl?: string; getToken?: () => Promise<string>; timeoutMs?: number } = {}) =>
  createInterlogApi({ baseUrl: app.baseUrl, getToken: async () => token, fetchImpl: fetch, ...overrides });

async function arrange() {
  const f = factories(await app.as({ tid: 'tenant-api-client', oid: 'annette' }));
  const [template, contact] = await Promise.all([f.template(), f.contact()]);
  return { f, template, contact };
}

/** The error a call failed with (fails the test if the call succeeded or threw something else). */
async function apiErrorOf(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

/** A loopback server on a port of its own, answering each request with `handle`. */
async function startServer(handle: Parameters<typeof createServer>[1]): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer(handle);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1` };
}

describe('API errors', () => {
  test('When the request is invalid, then the problem becomes a validation ApiError with its field errors, not to be retried', async () => {
    const error = await apiErrorOf(interlogApi().contacts.create({ name: '' }));

    expect(error).toMatchObject({ kind: 'problem', status: 400, problemName: 'validation', retryable: false });
    expect(error.problem?.errors?.map((e) => e.path)).toContain('/body/name');
  });

  test('When the contact does not exist, then the ApiError is named not-found', async () => {
    const error = await apiErrorOf(interlogApi().contacts.get('NOSUCH1'));

    expect(error).toMatchObject({ kind: 'problem', status: 404, problemName: 'not-found', retryable: false });
    expect(error.message).toContain('NOSUCH1');
  });

  test('When an Idempotency-Key is reused for another interaction, then the ApiError is named idempotency-mismatch', async () => {
    const { template, contact } = await arrange();
    const api = interlogApi();
    const key = `record:mismatch:${contact.no}`;
    await api.interactions.record({ contactNo: contact.no, templateCode: template.code, subject: 'One' }, key);

    const error = await apiErrorOf(
      api.interactions.record({ contactNo: contact.no, templateCode: template.code, subject: 'Two' }, key),
    );

    expect(error).toMatchObject({
      kind: 'problem',
      status: 422,
      problemName: 'idempotency-mismatch',
      retryable: false,
    });
  });

  test('When the token is refused, then the ApiError is named unauthorized', async () => {
    const error = await apiErrorOf(interlogApi({ getToken: async () => 'not-a-token' }).salespeople.list());

    expect(error).toMatchObject({ kind: 'problem', status: 401, problemName: 'unauthorized', retryable: false });
  });

  test('When nothing listens at the address, then the ApiError is a retryable network error', async () => {
    const { server, baseUrl } = await startServer((_req, res) => res.end());
    await new Promise<void>((ok) => server.close(() => ok()));

    const error = await apiErrorOf(interlogApi({ baseUrl }).salespeople.list());

    expect(error).toMatchObject({ kind: 'network', status: 0, problemName: 'network', problem: null, retryable: true });
  });

  test('When the server does not answer in time, then the request is given up as a retryable network error', async () => {
    const { server, baseUrl } = await startServer(() => undefined);
    try {
      const error = await apiErrorOf(interlogApi({ baseUrl, timeoutMs: 200 }).salespeople.list());

      expect(error).toMatchObject({ kind: 'network', retryable: true });
    } finally {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    }
  });

  test("When a large segment's log preview takes longer than the client's timeout, then the client waits for it", async () => {
    const preview = { segmentNo: 'BIG', noOfLines: 100_000 };
    const { server, baseUrl } = await startServer((_req, res) => {
      const answer = () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(preview));
      setTimeout(answer, 600);
    });
    try {
      const api = interlogApi({ baseUrl, timeoutMs: 200 });

      expect(await api.segments.logPreview('BIG')).toEqual(preview);
      expect(await apiErrorOf(api.segments.get('BIG'))).toMatchObject({ kind: 'network', retryable: true });
    } finally {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    }
  });

  test('When a gateway in front of the API answers 502 with an HTML page, then the ApiError is a retryable unavailable', async () => {
    const { server, baseUrl } = await startServer((_req, res) =>
      res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>'),
    );
    try {
      const error = await apiErrorOf(interlogApi({ baseUrl }).salespeople.list());

      expect(error).toMatchObject({
        kind: 'problem',
        status: 502,
        problemName: 'unavailable',
        problem: null,
        retryable: true,
      });
    } finally {
      await new Promise<void>((ok) => server.close(() => ok()));
    }
  });
});

describe('Idempotent requests', () => {
  test('When an interaction is recorded again with its Idempotency-Key, then the first entry comes back marked as replayed and only one exists', async () => {
    const { template, contact } = await arrange();
    const api = interlogApi();
    const input = { contactNo: contact.no, templateCode: template.code, subject: 'Quote follow-up' };
    const key = await itemContactKey('record', 'imid:<quote@fabrikam.example>', contact.no);

    const first = await api.interactions.record(input, key);
    const retry = await api.interactions.record(input, key);

    expect(first.replayed).toBe(false);
    expect(retry).toEqual({ entry: first.entry, replayed: true });
    expect((await api.interactions.list({ contactNo: contact.no })).items.map((e) => e.entryNo)).toEqual([
      first.entry.entryNo,
    ]);
  });

  test('When a contact is created again with its Idempotency-Key, then the Idempotent-Replayed header marks the answer as replayed', async () => {
    const api = interlogApi();
    const id = randomUUID().slice(0, 8).toUpperCase();
    const body = { no: `C${id}`, name: 'Robin Bauer', email: 'robin.bauer@fabrikam.example' };
    const key = `contact:${id}`;

    const first = await api.http('POST', '/contacts', { body, idempotencyKey: key });
    const retry = await api.http('POST', '/contacts', { body, idempotencyKey: key });

    expect(first.replayed).toBe(false);
    expect(retry.replayed).toBe(true);
    expect(retry.body).toEqual(first.body);
  });
});

describe('Queries', () => {
  test('When companies are looked up by domain, then the client sends type and domain and gets the company at that domain', async () => {
    const { f } = await arrange();
    const domain = `d${randomUUID().slice(0, 8)}.fabrikam.example`;
    const company = await f.company({ email: `info@${domain}` });
    await f.contact({ email: `robin@${domain}`, companyNo: company.no });

    const page = await interlogApi().contacts.companiesAtDomain(`@${domain.toUpperCase()}`);

    expect(page.items.map((c) => c.no)).toEqual([company.no]);
  });
});

describe('itemContactKey', () => {
  test('When the same item and contact are keyed twice (e.g. on two devices), then the key is the same, whatever the case of the contact number', async () => {
    expect(await itemContactKey('record', 'imid:<m1@fabrikam.example>', 'c0001')).toBe(
      await itemContactKey('record', 'imid:<m1@fabrikam.example>', 'C0001'),
    );
  });

  test('When the purpose, the contact or the item differs, then the keys differ', async () => {
    const keys = await Promise.all([
      itemContactKey('record', 'imid:<m1@fabrikam.example>', 'C0001'),
      itemContactKey('postpone', 'imid:<m1@fabrikam.example>', 'C0001'),
      itemContactKey('record', 'imid:<m1@fabrikam.example>', 'C0002'),
      itemContactKey('record', 'imid:<m2@fabrikam.example>', 'C0001'),
    ]);

    expect(new Set(keys).size).toBe(4);
  });

  test('When a key is made, then it fits the server’s Idempotency-Key limit (1-255 visible ASCII characters)', async () => {
    const key = await itemContactKey('record', `appt:${'A'.repeat(600)}:2026-11-25T13:00:00.000Z`, 'C0001');

    expect(key).toMatch(/^[\x21-\x7e]{1,255}$/);
  });
});
