import type { Client } from '@microsoft/microsoft-graph-client';
import type { RequestContext } from '../http/request-context';
import { createGraphClient, createLoopbackGraphClient } from './graph-client';
import { createGraphTokenBroker, type GraphCredentials } from './graph-token-broker';
import { createTokenCacheStore } from './token-cache-store';

/** Microsoft Graph as the caller (delegated) or as the app in a tenant (for background work). */
export interface GraphAccess {
  asUser(ctx: RequestContext): Client;
  asApp(tenantId: string): Client;
}

export const GRAPH_DEFAULT_URL = 'https://graph.microsoft.com/v1.0';

/** Real Microsoft Graph: on-behalf-of for the caller, client credentials for the app. */
export function entraGraphAccess(
  credentials: GraphCredentials & { tokenCacheKey: string },
  baseUrl = GRAPH_DEFAULT_URL,
): GraphAccess {
  const cacheKey = credentials.tokenCacheKey || credentials.clientSecret || credentials.certificateThumbprint;
  const broker = createGraphTokenBroker(credentials, createTokenCacheStore(`${credentials.clientId}:${cacheKey}`));
  return {
    asUser: (ctx) => createGraphClient({ baseUrl, getAccessToken: () => broker.userToken(ctx) }),
    asApp: (tenantId) => createGraphClient({ baseUrl, getAccessToken: () => broker.appToken(tenantId) }),
  };
}

/** Local mode: a Graph-shaped stand-in with demo data, no Entra ID involved. */
export function standInGraphAccess(baseUrl: string): GraphAccess {
  const client = (token: string) =>
    baseUrl.startsWith('https:')
      ? createGraphClient({ baseUrl, getAccessToken: async () => token })
      : createLoopbackGraphClient({ baseUrl, token });
  return {
    asUser: (ctx) => client(`local-stand-in:${ctx.tenantId}:${ctx.userId}`),
    asApp: (tenantId) => client(`local-stand-in-app:${tenantId}`),
  };
}
