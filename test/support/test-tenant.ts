import { randomUUID } from 'node:crypto';
import { createInterlogApi, type InterlogApi } from '@interlog/api-client';
import { createClient, type ApiClient } from './test-app';
import { factories } from './factories';
import type { TokenClaims, TokenIssuer } from './token-issuer';

/** What hands out clients acting as a user of a tenant: a started test app, or `clientsOf()`. */
export interface ClientSource {
  as(claims?: TokenClaims): Promise<ApiClient>;
}

/** Clients for an API running elsewhere (a server process), with tokens from the test issuer. */
export function clientsOf(baseUrl: string, issuer: TokenIssuer): ClientSource {
  return { as: async (claims = {}) => createClient(baseUrl, await issuer.token(claims)) };
}

/** Eight upper-case hex characters after `prefix`: a code no other test uses. */
export const uniqueCode = (prefix = '') => `${prefix}${randomUUID().replace(/-/g, '').slice(0, 8)}`.toUpperCase();

export interface TestTenant {
  /** The tenant id in its users' tokens. */
  tid: string;
  /** A client acting as the tenant's default user. */
  api: ApiClient;
  /**
   * The product's API client (paths, bodies and answers typed by the server's OpenAPI document and
   * schemas) acting as the default user: for arranging data and reading it back the way the pages do.
   */
  typed: InterlogApi;
  /** Factories making data through `api`. */
  make: ReturnType<typeof factories>;
  /** A client acting as another user (`oid`) of the same tenant. */
  as(oid: string, claims?: Omit<TokenClaims, 'tid' | 'oid'>): Promise<ApiClient>;
}

/**
 * A tenant of its own, for tests that change per-tenant settings or need exact lists: a fresh
 * id (`<prefix>-<uuid>`, or `tid` when a test names it), a client, factories, and clients for
 * its other users. With `marketingSetup`, that setup is saved first.
 */
export async function testTenant(
  source: ClientSource,
  options: { tid?: string; prefix?: string; marketingSetup?: Record<string, unknown> } = {},
): Promise<TestTenant> {
  const tid = options.tid ?? `${options.prefix ?? 't'}-${randomUUID()}`;
  const api = await source.as({ tid });
  const make = factories(api);
  if (options.marketingSetup && Object.keys(options.marketingSetup).length > 0)
    await make.ok(api.put('/marketing-setup', options.marketingSetup));
  const typed = typedClient(api);
  return { tid, api, typed, make, as: (oid, claims = {}) => source.as({ ...claims, tid, oid }) };
}

/** The add-in's API client over the same base URL and token as a raw test client. */
export function typedClient(api: ApiClient): InterlogApi {
  const token = api.token ?? '';
  return createInterlogApi({ baseUrl: api.baseUrl, getToken: async () => token });
}
