import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { createServer } from '../server/src/create-server';
import { loadConfig } from '../server/src/lib/config/config';
import { createLogger } from '../server/src/lib/logger/logger';
import { createClient, startTestApp } from './support/test-app';
import { TEST_AUDIENCE } from './support/token-issuer';
import { expectProblem } from './helpers/problem';

let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  app = await startTestApp({ label: 'auth' });
});
afterAll(() => app.stop());

const tenant = () => `t-${randomUUID()}`;
const nowSeconds = () => Math.floor(Date.now() / 1000);
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A client that sends exactly this Authorization header value (or none). */
function withAuthorization(value: string | null) {
  return async (path: string) => {
    const res = await fetch(app.baseUrl + path, { headers: value === null ? {} : { authorization: value } });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // keep the text
    }
    return { status: res.status, body, headers: res.headers };
  };
}

async function callWith(claims: Parameters<typeof app.issuer.token>[0], path = '/contacts') {
  const token = await app.issuer.token(claims);
  return createClient(app.baseUrl, token).get(path);
}

describe('Bearer token required', () => {
  test('When no Authorization header is sent, then 401 problem+json with a Bearer challenge', async () => {
    const res = await withAuthorization(null)('/contacts');

    expectProblem(res, 401, 'unauthorized');
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer\b/);
  });

  test('When another scheme than Bearer is used, then 401 with a Bearer challenge', async () => {
    const res = await withAuthorization('Basic dXNlcjpwYXNz')('/contacts');

    expectProblem(res, 401, 'unauthorized');
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer\b/);
  });

  test('When the Bearer value is not a JWT, then 401 with invalid_token', async () => {
    const res = await withAuthorization('Bearer not-a.jwt')('/contacts');

    expectProblem(res, 401, 'unauthorized');
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
  });

  test('When the Bearer value has characters a JWT never has, then 401', async () => {
    const res = await withAuthorization('Bearer {"tid":"x"}')('/contacts');

    expectProblem(res, 401, 'unauthorized');
  });

  test('When an unknown path is called without a token, then 401 and the route table is not revealed', async () => {
    const res = await withAuthorization(null)('/no-such-resource');

    expectProblem(res, 401, 'unauthorized');
  });
});

describe('Token verification', () => {
  test('When a well-formed token of the issuer is sent, then the request is served', async () => {
    const res = await callWith({ tid: tenant() });

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [], nextCursor: null });
  });

  test('When the token is signed by a key that is not in the JWKS, then 401', async () => {
    const res = await callWith({ tid: tenant(), signWith: 'stranger' });

    expectProblem(res, 401, 'unauthorized');
    expect(res.headers.get('www-authenticate')).toMatch(/invalid_token/);
  });

  test('When the token is unsigned (alg none), then 401', async () => {
    const tid = tenant();
    const payload = {
      tid,
      oid: 'u1',
      scp: 'access_as_user',
      aud: TEST_AUDIENCE,
      iss: app.issuer.issuerTemplate.replace('{tenantid}', tid),
      exp: nowSeconds() + 3600,
    };
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;

    const res = await createClient(app.baseUrl, unsigned).get('/contacts');

    expectProblem(res, 401, 'unauthorized');
  });

  test('When the token is HMAC-signed (algorithm confusion), then 401', async () => {
    const tid = tenant();
    const token = await new SignJWT({ tid, oid: 'u1', scp: 'access_as_user' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(app.issuer.issuerTemplate.replace('{tenantid}', tid))
      .setAudience(TEST_AUDIENCE)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a-shared-secret-that-nobody-should-accept'));

    const res = await createClient(app.baseUrl, token).get('/contacts');

    expectProblem(res, 401, 'unauthorized');
  });

  test('When the token expired (beyond the clock tolerance), then 401 saying so', async () => {
    const res = await callWith({ tid: tenant(), expiresIn: nowSeconds() - 3600 });

    expectProblem(res, 401, 'unauthorized');
    expect(res.body.detail).toMatch(/expired/i);
  });

  test('When the token is not valid yet (nbf in the future), then 401', async () => {
    const res = await callWith({ tid: tenant(), notBefore: nowSeconds() + 3600, expiresIn: nowSeconds() + 7200 });

    expectProblem(res, 401, 'unauthorized');
  });

  test('When the token is for another audience, then 401 naming the aud claim', async () => {
    const res = await callWith({ tid: tenant(), aud: 'api://some-other-api' });

    expectProblem(res, 401, 'unauthorized');
    expect(res.body.detail).toMatch(/aud/);
  });

  test('When the issuer names another tenant than the tid claim, then 401', async () => {
    const tid = tenant();
    const iss = app.issuer.issuerTemplate.replace('{tenantid}', tenant());

    const res = await callWith({ tid, iss });

    expectProblem(res, 401, 'unauthorized');
    expect(res.body.detail).toMatch(/iss/);
  });

  test('When the issuer is another authority altogether, then 401', async () => {
    const tid = tenant();

    const res = await callWith({ tid, iss: `https://login.microsoftonline.com/${tid}/v2.0` });

    expectProblem(res, 401, 'unauthorized');
  });

  test('When the tid claim is not a tenant id (it has a colon), then 401 before any data is touched', async () => {
    const res = await callWith({ tid: 'tenant-a:contacts' });

    expectProblem(res, 401, 'unauthorized');
    expect(res.body.detail).toMatch(/tid/);
  });

  test('When the token has no scope for this API, then 403 problem+json', async () => {
    const res = await callWith({ tid: tenant(), scp: 'User.Read Mail.Read' });

    expectProblem(res, 403, 'forbidden');
    expect(res.body.detail).toMatch(/access_as_user/);
  });

  test('When the scope claim holds access_as_user among others, then the request is served', async () => {
    const res = await callWith({ tid: tenant(), scp: 'openid User.Read access_as_user' });

    expect(res.status).toBe(200);
  });

  test('When an app-only token has the Interlog.ReadWrite.All role and no scp, then it may read and write', async () => {
    const token = await app.issuer.token({ tid: tenant(), roles: ['Interlog.ReadWrite.All'] });
    const api = createClient(app.baseUrl, token);

    const created = await api.post('/salespeople', { code: 'APPONLY', name: 'Daemon' });
    const read = await api.get('/salespeople/APPONLY');

    expect(created.status).toBe(201);
    expect(read.body).toMatchObject({ code: 'APPONLY', name: 'Daemon' });
  });

  test('When an app-only token has only other roles, then 403', async () => {
    const res = await callWith({ tid: tenant(), roles: ['Interlog.Read.All', 'Directory.Read.All'] });

    expectProblem(res, 403, 'forbidden');
  });
});

describe('Public endpoints', () => {
  test('When /health is called without a token, then it answers ok', async () => {
    const res = await withAuthorization(null)('/health');

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', db: 'ok' });
  });

  test('When /openapi.json is called without a token, then it returns the document', async () => {
    const res = await withAuthorization(null)('/openapi.json');

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ openapi: expect.stringMatching(/^3\.1\./) });
  });

  test('When /health is called with a broken token, then the token is ignored', async () => {
    const res = await withAuthorization('Bearer broken')('/health');

    expect(res.status).toBe(200);
  });
});

describe('AUTH_ALLOWED_TENANTS', () => {
  let restricted: { baseUrl: string; stop: () => Promise<void> };

  beforeAll(async () => {
    // The same token issuer and database connection as the main app, with an allow-list.
    const config = loadConfig({
      env: 'test',
      logLevel: 'silent',
      auth: {
        audience: TEST_AUDIENCE,
        issuer: app.issuer.issuerTemplate,
        jwksUri: app.issuer.jwksUri,
        allowedTenants: 'tenant-ok, tenant-also-ok',
      },
    });
    const interlog = createServer({ config, logger: createLogger('silent'), localIssuer: null, runWorkers: false });
    const server = await interlog.listen(0, '127.0.0.1');
    restricted = {
      baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`,
      stop: () => interlog.stop(),
    };
  });
  afterAll(() => restricted.stop());

  const callRestricted = async (claims: Parameters<typeof app.issuer.token>[0]) =>
    createClient(restricted.baseUrl, await app.issuer.token(claims)).get('/contacts');

  test('When the tenant is on the list, then the request is served', async () => {
    const res = await callRestricted({ tid: 'tenant-ok' });

    expect(res.status).toBe(200);
  });

  test('When the tenant is the second entry of the comma list, then the request is served', async () => {
    const res = await callRestricted({ tid: 'tenant-also-ok' });

    expect(res.status).toBe(200);
  });

  test('When another tenant calls with a valid token, then 403 problem+json', async () => {
    const res = await callRestricted({ tid: 'tenant-elsewhere' });

    expectProblem(res, 403, 'forbidden');
  });

  test('When another tenant calls app-only, then 403 as well', async () => {
    const res = await callRestricted({ tid: 'tenant-elsewhere', roles: ['Interlog.ReadWrite.All'] });

    expectProblem(res, 403, 'forbidden');
  });

  test('When a listed tenant sends a bad token, then it is still 401', async () => {
    const res = await callRestricted({ tid: 'tenant-ok', signWith: 'stranger' });

    expectProblem(res, 401, 'unauthorized');
  });
});

describe('loadConfig', () => {
  const ENV_KEYS = [
    'NODE_ENV',
    'AUTH_AUDIENCE',
    'AUTH_ISSUER',
    'AUTH_JWKS_URI',
    'AUTH_ALLOWED_TENANTS',
    'AUTH_LOCAL_MODE',
  ];
  let saved: Record<string, string | undefined>;

  beforeEach(() => {
    saved = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
    for (const key of ENV_KEYS) delete process.env[key];
  });
  afterEach(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  test('When NODE_ENV=production and AUTH_LOCAL_MODE=on, then it refuses to start', () => {
    Object.assign(process.env, { NODE_ENV: 'production', AUTH_LOCAL_MODE: 'on' });

    expect(() => loadConfig()).toThrow(/AUTH_LOCAL_MODE=on is not allowed/);
  });

  test('When AUTH_AUDIENCE is set and AUTH_LOCAL_MODE=on, then it refuses to start', () => {
    Object.assign(process.env, { NODE_ENV: 'development', AUTH_LOCAL_MODE: 'on', AUTH_AUDIENCE: 'api://interlog' });

    expect(() => loadConfig()).toThrow(/AUTH_LOCAL_MODE=on is not allowed/);
  });

  test('When local mode is forced on through overrides in production, then it refuses to start', () => {
    expect(() => loadConfig({ env: 'production', auth: { localMode: 'on', audience: 'api://interlog' } })).toThrow(
      /AUTH_LOCAL_MODE=on/,
    );
  });

  test('When NODE_ENV=production with an audience and local mode left on auto, then local mode is off', () => {
    Object.assign(process.env, { NODE_ENV: 'production', AUTH_AUDIENCE: 'api://interlog' });

    const config = loadConfig();

    expect(config.auth).toMatchObject({ localMode: false, audience: 'api://interlog' });
  });

  test('When NODE_ENV=production has no AUTH_AUDIENCE, then it throws a message naming AUTH_AUDIENCE', () => {
    process.env.NODE_ENV = 'production';

    expect(() => loadConfig()).toThrow(/AUTH_AUDIENCE is required/);
  });

  test('When local mode is off and AUTH_AUDIENCE is missing, then it throws a message naming AUTH_AUDIENCE', () => {
    Object.assign(process.env, { NODE_ENV: 'development', AUTH_LOCAL_MODE: 'off' });

    expect(() => loadConfig()).toThrow(/AUTH_AUDIENCE is required/);
  });

  test('When in development with no audience and local mode on auto, then local mode is on', () => {
    process.env.NODE_ENV = 'development';

    expect(loadConfig().auth.localMode).toBe(true);
  });

  test('When AUTH_AUDIENCE is set outside production, then auto local mode is off', () => {
    Object.assign(process.env, { NODE_ENV: 'development', AUTH_AUDIENCE: 'api://interlog' });

    expect(loadConfig().auth.localMode).toBe(false);
  });

  test('When AUTH_ALLOWED_TENANTS is a comma list with spaces and gaps, then it becomes a clean list', () => {
    Object.assign(process.env, { AUTH_AUDIENCE: 'api://interlog', AUTH_ALLOWED_TENANTS: ' tenant-a, tenant-b ,,' });

    expect(loadConfig().auth.allowedTenants).toEqual(['tenant-a', 'tenant-b']);
  });

  test('When the issuer and JWKS are not set, then they default to Entra ID with the {tenantid} placeholder', () => {
    process.env.AUTH_AUDIENCE = 'api://interlog';

    expect(loadConfig().auth).toMatchObject({
      issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0',
      jwksUri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
      allowedTenants: [],
    });
  });

  test('When AUTH_LOCAL_MODE has an unknown value, then it fails fast', () => {
    Object.assign(process.env, { AUTH_AUDIENCE: 'api://interlog', AUTH_LOCAL_MODE: 'sometimes' });

    expect(() => loadConfig()).toThrow(/localMode|AUTH_LOCAL_MODE/);
  });
});
