import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError } from '../src/api-error';
import { retryAfterMs } from '../src/http-client';
import { createInterlogApi } from '../src/interlog-api';

/** What the server saw of each request. */
interface Seen {
  method: string;
  url: string;
  idempotencyKey: string | undefined;
}

let server: Server;
let baseUrl: string;
let seen: Seen[];
/** The answers still to give, in order; after them, 201. */
let answers: Array<{ status: number; retryAfter?: string }>;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, idempotencyKey: req.headers['idempotency-key'] as string });
      const next = answers.shift() ?? { status: 201 };
      const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
      if (next.retryAfter) headers['retry-after'] = next.retryAfter;
      res.writeHead(next.status, headers);
      res.end(
        next.status === 201
          ? JSON.stringify({ entryNo: 1 })
          : JSON.stringify({
              type: 'https://interlog.dev/problems/unavailable',
              title: 'Service unavailable',
              status: 503,
            }),
      );
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));
beforeEach(() => {
  seen = [];
  answers = [];
});

/** The client as the add-in builds it, with its waits recorded instead of slept. */
function clientWithWaits() {
  const waits: number[] = [];
  const api = createInterlogApi({
    baseUrl,
    getToken: async () => 'token',
    unavailableRetry: { tries: 3, maxTotalWaitMs: 10_000, sleep: async (ms) => void waits.push(ms) },
  });
  return { api, waits };
}

const input = { contactNo: 'C1', templateCode: 'CALL' };

describe('A 503 with Retry-After (the server busy or its database unreachable)', () => {
  test('When recording gets a 503 with Retry-After, then it is sent again after that wait with the same Idempotency-Key and recorded', async () => {
    const { api, waits } = clientWithWaits();
    answers = [{ status: 503, retryAfter: '2' }];

    const result = await api.interactions.record(input, 'record:item1:C1');

    expect(result.entry).toEqual({ entryNo: 1 });
    expect(waits).toEqual([2000]);
    expect(seen.map((s) => [s.method, s.idempotencyKey])).toEqual([
      ['POST', 'record:item1:C1'],
      ['POST', 'record:item1:C1'],
    ]);
  });

  test('When the server keeps answering 503, then the client stops after 3 tries with a retryable ApiError (the offline queue keeps it)', async () => {
    const { api, waits } = clientWithWaits();
    answers = Array.from({ length: 10 }, () => ({ status: 503, retryAfter: '1' }));

    const error = await api.interactions.record(input, 'record:item2:C1').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 503, problemName: 'unavailable', retryable: true });
    expect(seen).toHaveLength(3);
    expect(waits).toEqual([1000, 1000]);
  });

  test('When Retry-After would take the waits past 10 s in all, then the client answers the 503 instead of waiting', async () => {
    const { api, waits } = clientWithWaits();
    answers = [
      { status: 503, retryAfter: '6' },
      { status: 503, retryAfter: '6' },
    ];

    const error = await api.interactions.record(input, 'record:item3:C1').catch((caught: unknown) => caught);

    expect(error).toMatchObject({ status: 503 });
    expect(waits).toEqual([6000]);
    expect(seen).toHaveLength(2);
  });

  test('When a 503 has no Retry-After (a service that is not configured), then it is not sent again', async () => {
    const { api, waits } = clientWithWaits();
    answers = [{ status: 503 }];

    await expect(api.interactions.record(input, 'record:item4:C1')).rejects.toMatchObject({ status: 503 });
    expect(waits).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  test('When a POST without an Idempotency-Key gets a 503, then it is not sent again, since it could be created twice', async () => {
    const { api } = clientWithWaits();
    answers = [{ status: 503, retryAfter: '1' }];

    await expect(api.contacts.create({ name: 'New' })).rejects.toMatchObject({ status: 503 });
    expect(seen).toHaveLength(1);
  });

  test('When a read gets a 503 with Retry-After, then it is sent again', async () => {
    const { api, waits } = clientWithWaits();
    answers = [{ status: 503, retryAfter: '1' }];

    await api.contacts.get('C1');

    expect(waits).toEqual([1000]);
    expect(seen.map((s) => s.method)).toEqual(['GET', 'GET']);
  });
});

describe('retryAfterMs', () => {
  test('When Retry-After is seconds or an HTTP date, then it becomes milliseconds; anything else is none', () => {
    const now = Date.parse('2026-12-04T12:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('Fri, 04 Dec 2026 12:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs('soon', now)).toBeNull();
  });
});
