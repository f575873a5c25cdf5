import type { AddressInfo } from 'node:net';
import mongoose from 'mongoose';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../server/src/lib/config/config';
import { createLogger } from '../../server/src/lib/logger/logger';
import { connectDatabase, disconnectDatabase } from '../../server/src/lib/db/connect';
import { API_BASE, createServer } from '../../server/src/create-server';
import { startTokenIssuer, TEST_AUDIENCE, type TokenClaims } from './token-issuer';
import type { GraphAccess } from '../../server/src/lib/graph/graph-access';
import { queryLogDir, recordQueries } from './query-coverage/query-recorder';

export function testDatabaseUri(): string {
  const uri = process.env.INTERLOG_TEST_DB_URI;
  if (!uri)
    throw new Error(
      'INTERLOG_TEST_DB_URI is not set: run the tests through jest (its global setup starts the database).',
    );
  return uri;
}

export const uniqueDbName = (label: string) =>
  `t_${label.replace(/\W/g, '_').slice(0, 20)}_${randomUUID().slice(0, 8)}`;

/**
 * Starts the real API in this process on a loopback port, against a database of its own
 * on the test FerretDB (or MONGODB_URI), with Entra-style auth checked against a local
 * JWKS issuer. Returns a fetch-based client.
 */
export async function startTestApp(
  options: {
    label?: string;
    config?: Record<string, unknown>;
    graph?: GraphAccess;
    /** Another database server than the run's (a test that stops or locks its own). */
    databaseUri?: string;
  } = {},
) {
  const issuer = await startTokenIssuer();
  const dbName = uniqueDbName(options.label ?? 'app');
  await connectDatabase(options.databaseUri ?? testDatabaseUri(), dbName, { monitorCommands: Boolean(queryLogDir()) });
  recordQueries(mongoose.connection.getClient());
  const config = loadConfig({
    env: 'test',
    logLevel: 'silent',
    auth: { audience: TEST_AUDIENCE, issuer: issuer.issuerTemplate, jwksUri: issuer.jwksUri },
    ...options.config,
  });
  // With a Graph stand-in, change notifications come back to this server, and its recording worker is there to run.
  const warnings: string[] = [];
  const interlog = createServer({
    config,
    logger: createLogger('silent'),
    localIssuer: null,
    graph: options.graph ?? null,
    notifySelf: options.graph !== undefined,
    runWorkers: false,
    workerLogger: { warn: (_obj, msg) => void warnings.push(msg) },
  });
  const server = await interlog.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${API_BASE}`;

  /** A client acting as one user of one tenant. */
  async function as(claims: TokenClaims = {}) {
    const token = await issuer.token(claims);
    return createClient(baseUrl, token);
  }

  return {
    baseUrl,
    dbName,
    issuer,
    as,
    /** Automatic recording's worker (with a Graph stand-in): tests run its passes themselves, or start it. */
    worker: interlog.workers.recording,
    workerWarnings: warnings,
    /** The background senders of segment emails: tests wait for them with `deliveries.drain()`. */
    deliveries: interlog.workers.deliveries,
    async stop() {
      await interlog.stop();
      await disconnectDatabase();
      await issuer.stop();
    },
  };
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export function createClient(baseUrl: string, token: string | null) {
  async function request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const res = await fetch(baseUrl + path, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // keep text
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }
  return {
    baseUrl,
    token,
    request,
    get: <T = any>(path: string, headers?: Record<string, string>) => request<T>('GET', path, undefined, headers),
    post: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) =>
      request<T>('POST', path, body ?? {}, headers),
    put: <T = any>(path: string, body: unknown) => request<T>('PUT', path, body),
    patch: <T = any>(path: string, body: unknown) => request<T>('PATCH', path, body),
    delete: <T = any>(path: string) => request<T>('DELETE', path),
  };
}

export type ApiClient = ReturnType<typeof createClient>;
