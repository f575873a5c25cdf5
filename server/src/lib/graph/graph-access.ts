import type { Client } from '@microsoft/microsoft-graph-client';
import type { RequestContext } from '../http/request-context';
import { createGraphClient, createLoopbackGraphClient } from './graph-client';
import { createGraphTokenBroker, type GraphCredentials } from './graph-token-broker';

/** A Graph client acting as the caller. */
export type GraphAccess = (ctx: RequestContext) => Client;

export const GRAPH_DEFAULT_URL = 'https://graph.microsoft.com/v1.0';

/** Real Microsoft Graph through the on-behalf-of exchange. */
export function onBehalfOfGraphAccess(credentials: GraphCredentials, baseUrl = GRAPH_DEFAULT_URL): GraphAccess {
  const broker = createGraphTokenBroker(credentials);
  return (ctx) => createGraphClient({ baseUrl, getAccessToken: () => broker.tokenFor(ctx) });
}

/** Local mode: a Graph-shaped stand-in with demo data, no Entra ID involved. */
export function standInGraphAccess(baseUrl: string): GraphAccess {
  return (ctx) =>
    baseUrl.startsWith('https:')
      ? createGraphClient({ baseUrl, getAccessToken: async () => `local-stand-in:${ctx.tenantId}:${ctx.userId}` })
      : createLoopbackGraphClient({ baseUrl, token: `local-stand-in:${ctx.tenantId}:${ctx.userId}` });
}
