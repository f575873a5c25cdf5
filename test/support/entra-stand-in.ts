import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { decodeJwt } from 'jose';

export interface TokenRequest {
  grantType: string;
  tenant: string;
  clientId: string;
  /** The user's API token, for on-behalf-of. */
  assertion: string;
  scope: string;
}

/**
 * An Entra ID-shaped authority over HTTPS for MSAL: OpenID metadata per tenant and a token
 * endpoint that does the on-behalf-of exchange (for the user in the assertion) and the client
 * credentials grant. Its Graph tokens name tenant and user the way the Graph stand-in reads them.
 */
export async function startEntraStandIn(options: {
  cert: string;
  key: string;
  clientId: string;
  clientSecret: string;
}) {
  const requests: TokenRequest[] = [];
  const needsConsent = new Set<string>();
  let issued = 0;
  const app = express();
  app.use(express.urlencoded({ extended: false }));
  let base = '';

  app.get(/^\/([^/]+)\/(?:v2\.0\/)?\.well-known\/openid-configuration$/, (req, res) => {
    const tenant = (req.params as Record<string, string>)[0];
    res.json({
      issuer: `${base}/${tenant}/v2.0`,
      authorization_endpoint: `${base}/${tenant}/oauth2/v2.0/authorize`,
      token_endpoint: `${base}/${tenant}/oauth2/v2.0/token`,
      end_session_endpoint: `${base}/${tenant}/oauth2/v2.0/logout`,
      jwks_uri: `${base}/${tenant}/discovery/v2.0/keys`,
      response_types_supported: ['code', 'id_token', 'token'],
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt'],
    });
  });

  const refuse = (res: express.Response, status: number, error: string, description: string, suberror?: string) =>
    res.status(status).json({
      error,
      error_description: description,
      error_codes: [Number(/AADSTS(\d+)/.exec(description)?.[1] ?? 0)],
      suberror,
      timestamp: new Date().toISOString(),
      trace_id: 't',
      correlation_id: 'c',
    });

  app.post('/:tenant/oauth2/v2.0/token', (req, res) => {
    const b = req.body as Record<string, string>;
    const request: TokenRequest = {
      grantType: b.grant_type,
      tenant: String(req.params.tenant),
      clientId: b.client_id,
      assertion: b.assertion ?? '',
      scope: b.scope ?? '',
    };
    requests.push(request);
    if (b.client_id !== options.clientId || b.client_secret !== options.clientSecret)
      return refuse(res, 401, 'invalid_client', 'AADSTS7000215: Invalid client secret provided.');
    const expires = {
      token_type: 'Bearer',
      expires_in: 3599,
      ext_expires_in: 3599,
      scope: 'https://graph.microsoft.com/.default',
    };
    if (b.grant_type === 'client_credentials')
      return res.json({ ...expires, access_token: `entra-app:${request.tenant}:${++issued}` });
    if (b.grant_type !== 'urn:ietf:params:oauth:grant-type:jwt-bearer' || b.requested_token_use !== 'on_behalf_of')
      return refuse(res, 400, 'unsupported_grant_type', 'AADSTS70003: The app requested an unsupported grant type.');
    let claims: { tid?: string; oid?: string };
    try {
      claims = decodeJwt(b.assertion);
    } catch {
      return refuse(res, 400, 'invalid_grant', 'AADSTS50027: JWT token is invalid or malformed.');
    }
    if (claims.tid !== request.tenant)
      return refuse(res, 400, 'invalid_grant', 'AADSTS50013: Assertion failed signature validation (tenant mismatch).');
    if (needsConsent.has(String(claims.oid))) {
      return refuse(
        res,
        400,
        'invalid_grant',
        'AADSTS65001: The user or administrator has not consented to use the application with ID interlog. Send an interactive authorization request for this user and resource.',
        'consent_required',
      );
    }
    res.json({
      ...expires,
      access_token: `entra-obo:${claims.tid}:${claims.oid}:${++issued}`,
      refresh_token: `refresh-${issued}`,
    });
  });

  const server: Server = createServer({ cert: options.cert, key: options.key }, app);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    /** For GRAPH_AUTHORITY_HOST. */
    authorityHost: base,
    requests,
    /** This user's on-behalf-of exchange is refused until consent is given. */
    requireConsent: (oid: string) => needsConsent.add(oid),
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
