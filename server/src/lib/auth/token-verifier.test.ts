import type { JWTVerifyGetKey } from 'jose';
import { startTokenIssuer, TEST_AUDIENCE, type TokenIssuer } from '../../../../test/support/token-issuer';
import { AppError } from '../errors/app-error';
import { createTokenVerifier, remoteKeys } from './token-verifier';

let issuer: TokenIssuer;
beforeAll(async () => {
  issuer = await startTokenIssuer();
});
afterAll(() => issuer.stop());

/** A verifier on the stand-in issuer's keys that counts the signature checks (each asks for a key). */
function countingVerifier(audience = TEST_AUDIENCE) {
  const keys = remoteKeys(issuer.jwksUri);
  const checks = { count: 0 };
  const counted: JWTVerifyGetKey = (header, token) => {
    checks.count++;
    return keys(header, token);
  };
  const verify = createTokenVerifier({ audience, issuer: issuer.issuerTemplate, keys: counted, allowedTenants: [] });
  return { verify, checks };
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('Verified tokens are remembered until they expire', () => {
  test('When the same token comes again, then it is taken without another signature check', async () => {
    const { verify, checks } = countingVerifier();
    const token = await issuer.token({ tid: 'tenant-r' });

    const first = await verify(token);
    const again = await verify(token);

    expect(again).toEqual(first);
    expect(first).toMatchObject({ tenantId: 'tenant-r', userId: 'user-tenant-r' });
    expect(checks.count).toBe(1);
  });

  test('When another token comes, then it is checked on its own', async () => {
    const { verify, checks } = countingVerifier();

    const a = await verify(await issuer.token({ tid: 'tenant-a1' }));
    const b = await verify(await issuer.token({ tid: 'tenant-b1' }));

    expect([a.tenantId, b.tenantId]).toEqual(['tenant-a1', 'tenant-b1']);
    expect(checks.count).toBe(2);
  });

  test('When a remembered token has expired since, then it is refused as expired', async () => {
    const { verify } = countingVerifier();
    // Expired 59 s ago: still inside the 60 s clock tolerance for about a second.
    const token = await issuer.token({ tid: 'tenant-x', expiresIn: nowSeconds() - 59 });
    await verify(token);

    await new Promise((resolve) => setTimeout(resolve, 2100));

    await expect(verify(token)).rejects.toMatchObject({ status: 401, detail: 'The access token has expired.' });
  });

  test('When a token is refused, then it is refused again (a refusal is not remembered as a pass)', async () => {
    const { verify, checks } = countingVerifier('api://another-api');
    const token = await issuer.token({ tid: 'tenant-w' });

    await expect(verify(token)).rejects.toBeInstanceOf(AppError);
    await expect(verify(token)).rejects.toBeInstanceOf(AppError);
    expect(checks.count).toBe(2);
  });

  test('When a remembered caller is handed out, then it cannot be changed', async () => {
    const { verify } = countingVerifier();
    const token = await issuer.token({ tid: 'tenant-f' });

    const caller = await verify(token);

    expect(() => Object.assign(caller, { tenantId: 'someone-else' })).toThrow(TypeError);
    expect((await verify(token)).tenantId).toBe('tenant-f');
  });
});
