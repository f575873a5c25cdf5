import { readFileSync } from 'node:fs';
import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';
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

/**
 * Exchanges the caller's API token for a Microsoft Graph token (on-behalf-of). One MSAL
 * application per tenant authority; MSAL caches the tokens it gets per user assertion.
 */
export function createGraphTokenBroker(credentials: GraphCredentials) {
  if (!credentials.clientId) throw new Error('Configuration error: GRAPH_CLIENT_ID (or AUTH_CLIENT_ID) is needed for Microsoft Graph.');
  if (!credentials.clientSecret && !credentials.certificateFile) throw new Error('Configuration error: GRAPH_CLIENT_SECRET or GRAPH_CERTIFICATE_FILE is needed for Microsoft Graph.');
  const auth: Configuration['auth'] = credentials.clientSecret
    ? { clientId: credentials.clientId, clientSecret: credentials.clientSecret }
    : { clientId: credentials.clientId, clientCertificate: { thumbprintSha256: credentials.certificateThumbprint, privateKey: readFileSync(credentials.certificateFile, 'utf8') } };
  const apps = new Map<string, ConfidentialClientApplication>();
  const appFor = (tenantId: string) => {
    let app = apps.get(tenantId);
    if (!app) {
      app = new ConfidentialClientApplication({ auth: { ...auth, authority: `${credentials.authorityHost.replace(/\/$/, '')}/${tenantId}` } });
      apps.set(tenantId, app);
    }
    return app;
  };
  return {
    async tokenFor(ctx: RequestContext): Promise<string> {
      try {
        const result = await appFor(ctx.tenantId).acquireTokenOnBehalfOf({ oboAssertion: ctx.accessToken, scopes: GRAPH_SCOPES });
        if (!result?.accessToken) throw new Error('The on-behalf-of exchange returned no token.');
        return result.accessToken;
      } catch (error) {
        throw graphProblem(error);
      }
    },
  };
}
