import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';

export const TEST_AUDIENCE = 'api://interlog-test';

export interface TokenClaims {
  tid?: string;
  oid?: string;
  name?: string;
  preferred_username?: string;
  scp?: string;
  roles?: string[];
  aud?: string;
  iss?: string;
  expiresIn?: string | number;
  notBefore?: string | number;
  signWith?: 'issuer' | 'stranger';
}

/**
 * A stand-in for Entra ID's signing side: a JWKS endpoint on loopback with keys of its own,
 * and tokens shaped like Entra ID v2 access tokens.
 */
export async function startTokenIssuer() {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const stranger = await generateKeyPair('RS256');
  const kid = randomUUID();
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }] };
  const server: Server = createServer((req, res) => {
    if (req.url === '/discovery/v2.0/keys') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuerTemplate = `${base}/{tenantid}/v2.0`;

  async function token(claims: TokenClaims = {}) {
    const tid = claims.tid ?? 'tenant-a';
    const key: KeyLike = claims.signWith === 'stranger' ? stranger.privateKey : privateKey;
    const payload: Record<string, unknown> = {
      tid,
      oid: claims.oid ?? `user-${tid}`,
      name: claims.name ?? 'Test User',
      preferred_username: claims.preferred_username ?? `user@${tid}.example`,
    };
    if (claims.roles) payload.roles = claims.roles;
    if (claims.scp !== undefined || !claims.roles) payload.scp = claims.scp ?? 'access_as_user';
    const jwt = new SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(claims.iss ?? issuerTemplate.replace('{tenantid}', tid))
      .setAudience(claims.aud ?? TEST_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(claims.expiresIn ?? '1h');
    if (claims.notBefore !== undefined) jwt.setNotBefore(claims.notBefore);
    return jwt.sign(key);
  }

  return {
    jwksUri: `${base}/discovery/v2.0/keys`,
    issuerTemplate,
    token,
    stop: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export type TokenIssuer = Awaited<ReturnType<typeof startTokenIssuer>>;
