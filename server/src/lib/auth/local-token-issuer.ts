import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { REQUIRED_SCOPE } from './token-verifier';

export const LOCAL_AUDIENCE = 'api://interlog-local';
export const LOCAL_ISSUER = 'https://interlog.local/{tenantid}/v2.0';
export const DEMO_TENANT_ID = '00000000-0000-4000-8000-00000000de30';
export const DEMO_USER = {
  oid: '00000000-0000-4000-8000-0000000000a1',
  name: 'Alex Demo',
  preferred_username: 'alex@demo.interlog.local',
};

/**
 * Local mode only: the server signs tokens for the demo tenant with a key made at start,
 * and verifies them through the same code path as Entra ID tokens.
 */
export async function createLocalTokenIssuer() {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: randomUUID(), alg: 'RS256', use: 'sig' };
  const keys = createLocalJWKSet({ keys: [jwk] });
  async function issue(user: Partial<typeof DEMO_USER> = {}) {
    const claims = { ...DEMO_USER, ...user };
    const token = await new SignJWT({
      tid: DEMO_TENANT_ID,
      oid: claims.oid,
      name: claims.name,
      preferred_username: claims.preferred_username,
      scp: REQUIRED_SCOPE,
    })
      .setProtectedHeader({ alg: 'RS256', kid: jwk.kid })
      .setIssuer(LOCAL_ISSUER.replace('{tenantid}', DEMO_TENANT_ID))
      .setAudience(LOCAL_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('8h')
      .sign(privateKey);
    return { accessToken: token, tokenType: 'Bearer', expiresIn: 8 * 3600, tenantId: DEMO_TENANT_ID, user: claims };
  }
  return { keys, issue };
}

export type LocalTokenIssuer = Awaited<ReturnType<typeof createLocalTokenIssuer>>;
