import { readFileSync } from 'node:fs';
import {
  ConfidentialClientApplication,
  DistributedCachePlugin,
  type Configuration,
  type ICacheClient,
} from '@azure/msal-node';
import type { RequestContext } from '../http/request-context';
import { graphProblem } from './graph-errors';

export interface GraphCredentials {
  clientId: string;
  clientSecret: string;
  certificateFile: string;
  certificateThumbprint: string;
  authorityHost: string;
}

const GRAPH_SCOPES = ['https://graph.microsoft.com/.default'];
const MICROSOFT_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.partner.microsoftonline.cn',
]);

export interface GraphTokenBroker {
  /** A Graph token for the caller, exchanged for their API token (on-behalf-of). */
  userToken(ctx: RequestContext): Promise<string>;
  /** An app-only Graph token for a tenant (client credentials), for work no user is waiting on. */
  appToken(tenantId: string): Promise<string>;
}

/**
 * Exchanges tokens with Entra ID through MSAL. Each call gets an application whose token
 * cache is the caller's own partition of `cache` (per tenant and user, or per tenant for
 * app-only), so tokens are reused across requests and instances and never mixed between users.
 */
export function createGraphTokenBroker(credentials: GraphCredentials, cache: ICacheClient): GraphTokenBroker {
  if (!credentials.clientId)
    throw new Error('Configuration error: GRAPH_CLIENT_ID (or AUTH_CLIENT_ID) is needed for Microsoft Graph.');
  if (!credentials.clientSecret && !credentials.certificateFile)
    throw new Error(
      'Configuration error: GRAPH_CLIENT_SECRET or GRAPH_CERTIFICATE_FILE is needed for Microsoft Graph.',
    );
  const host = new URL(credentials.authorityHost);
  if (host.protocol !== 'https:')
    throw new Error(`Configuration error: GRAPH_AUTHORITY_HOST must be https (${credentials.authorityHost}).`);
  const auth: Configuration['auth'] = credentials.clientSecret
    ? { clientId: credentials.clientId, clientSecret: credentials.clientSecret }
    : {
        clientId: credentials.clientId,
        clientCertificate: {
          thumbprintSha256: credentials.certificateThumbprint,
          privateKey: readFileSync(credentials.certificateFile, 'utf8'),
        },
      };
  // Another host (a sovereign cloud's, or a stand-in's) is trusted as given instead of checked against Microsoft's
  // instance list.
  const knownAuthorities = MICROSOFT_HOSTS.has(host.hostname) ? [] : [host.host];

  const appFor = async (tenantId: string, partition: string) => {
    const app = new ConfidentialClientApplication({
      auth: { ...auth, authority: `${host.origin}/${encodeURIComponent(tenantId)}`, knownAuthorities },
      cache: {
        cachePlugin: new DistributedCachePlugin(cache, {
          getKey: async () => partition,
          extractKey: async () => partition,
        }),
      },
    });
    // MSAL reads the plugin before writing only; the on-behalf-of and client credentials lookups need the partition
    // loaded first.
    app.getTokenCache().deserialize(await cache.get(partition));
    return app;
  };

  return {
    async userToken(ctx) {
      try {
        const result = await (
          await appFor(ctx.tenantId, `user:${ctx.tenantId}:${ctx.userId}`)
        ).acquireTokenOnBehalfOf({ oboAssertion: ctx.accessToken, scopes: GRAPH_SCOPES });
        if (!result?.accessToken) throw new Error('The on-behalf-of exchange returned no token.');
        return result.accessToken;
      } catch (error) {
        throw graphProblem(error);
      }
    },
    async appToken(tenantId) {
      try {
        const result = await (
          await appFor(tenantId, `app:${tenantId}`)
        ).acquireTokenByClientCredential({ scopes: GRAPH_SCOPES });
        if (!result?.accessToken) throw new Error('The client credentials grant returned no token.');
        return result.accessToken;
      } catch (error) {
        throw graphProblem(error);
      }
    },
  };
}
