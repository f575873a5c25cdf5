import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import express from 'express';
import { FRAME_ANCESTORS, securityHeaders, webAssets } from '../server/src/lib/http/web-assets';
import { rawGet } from './support/raw-get';
import { startTestApp } from './support/test-app';

const AUTHORITY = 'https://login.microsoftonline.com/organizations';

/** A dist/ as the Vite build writes it: a page, a hashed script with its hidden map, both precompressed; Office.js. */
function webRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'interlog-web-'));
  mkdirSync(join(root, 'assets'));
  mkdirSync(join(root, 'office-js'));
  const files: Record<string, string> = {
    'taskpane.html': `<!doctype html><html><head><script type="module" src="/assets/taskpane-Ab12Cd34.js"></script></head><body>${'<div></div>'.repeat(200)}</body></html>`,
    'assets/taskpane-Ab12Cd34.js': `console.log(${JSON.stringify('Interlog '.repeat(500))});\n`,
  };
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(root, name), text);
    writeFileSync(join(root, `${name}.br`), brotliCompressSync(text));
    writeFileSync(join(root, `${name}.gz`), gzipSync(text));
  }
  writeFileSync(join(root, 'assets', 'taskpane-Ab12Cd34.js.map'), '{"version":3,"sources":[],"mappings":""}');
  writeFileSync(join(root, 'office-js', 'office.js'), 'window.Office = {};\n');
  mkdirSync(join(root, '.vite'));
  writeFileSync(join(root, '.vite', 'manifest.json'), '{"taskpane.html":{"file":"assets/taskpane-Ab12Cd34.js"}}');
  return root;
}

async function serve(root: string, production: boolean): Promise<{ origin: string; server: Server }> {
  const app = express();
  app.use(securityHeaders({ production }));
  app.use(webAssets(root, { production, authority: AUTHORITY }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((ok) => server.once('listening', ok));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('Serving the web pages', () => {
  const root = webRoot();
  let dev: { origin: string; server: Server };
  let prod: { origin: string; server: Server };
  beforeAll(async () => {
    [dev, prod] = await Promise.all([serve(root, false), serve(root, true)]);
  });
  afterAll(() => {
    dev.server.close();
    prod.server.close();
  });

  test('When a hashed asset is requested, then it may be cached for a year, unchanged', async () => {
    const res = await rawGet(`${prod.origin}/assets/taskpane-Ab12Cd34.js`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  test('When a page is requested, then the browser revalidates it every time', async () => {
    const res = await rawGet(`${prod.origin}/taskpane.html`);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-type']).toMatch(/text\/html/);
  });

  test('When Office.js is requested, then it is cached for a day (its name carries no hash)', async () => {
    const res = await rawGet(`${prod.origin}/office-js/office.js`);
    expect(res.headers['cache-control']).toBe('public, max-age=86400');
  });

  test.each([
    ['br, gzip', 'br', brotliDecompressSync],
    ['gzip, deflate', 'gzip', gunzipSync],
  ] as const)(
    'When the browser accepts %s, then the precompressed %s file is sent, the same content once decoded',
    async (accept, encoding, decode) => {
      for (const path of ['/assets/taskpane-Ab12Cd34.js', '/taskpane.html']) {
        const plain = await rawGet(`${prod.origin}${path}`);
        const res = await rawGet(`${prod.origin}${path}`, { 'accept-encoding': accept });
        expect(res.status).toBe(200);
        expect(res.headers['content-encoding']).toBe(encoding);
        expect(res.headers.vary).toMatch(/Accept-Encoding/i);
        expect(res.headers['content-type']?.toLowerCase()).toBe(plain.headers['content-type']?.toLowerCase());
        expect(res.headers['cache-control']).toBe(plain.headers['cache-control']);
        expect(res.body.length).toBeLessThan(plain.body.length);
        expect(decode(res.body).toString()).toBe(plain.body.toString());
      }
    },
  );

  test('When the browser accepts no encoding, then the file is sent as it is, still varying by Accept-Encoding', async () => {
    const res = await rawGet(`${prod.origin}/assets/taskpane-Ab12Cd34.js`, { 'accept-encoding': 'identity' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
  });

  test('When a source map is requested in production, then it is not found; locally it is served', async () => {
    expect((await rawGet(`${prod.origin}/assets/taskpane-Ab12Cd34.js.map`)).status).toBe(404);
    expect((await rawGet(`${dev.origin}/assets/taskpane-Ab12Cd34.js.map`)).status).toBe(200);
  });

  test("When the build's manifest is requested, then it is not found (the load-budget test reads it from disk)", async () => {
    expect((await rawGet(`${prod.origin}/.vite/manifest.json`)).status).toBe(404);
    expect((await rawGet(`${dev.origin}/.vite/manifest.json`)).status).toBe(404);
  });

  test('When a page is served, then its CSP allows our scripts only and framing by the Microsoft 365 hosts', async () => {
    const res = await rawGet(`${prod.origin}/taskpane.html`);
    const csp = Object.fromEntries(
      String(res.headers['content-security-policy'])
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['connect-src']).toEqual(expect.arrayContaining(["'self'", 'https://login.microsoftonline.com']));
    expect(csp['frame-src']).toEqual(["'self'", 'https://telemetryservice.firstpartyapps.oaspapps.com']);
    expect(csp['frame-ancestors']).toEqual(["'self'", ...FRAME_ANCESTORS]);
    expect(csp['frame-ancestors']).toEqual(
      expect.arrayContaining([
        'https://outlook.office.com',
        'https://outlook.office365.com',
        'https://outlook.live.com',
        'https://teams.microsoft.com',
        'https://*.teams.microsoft.com',
        'https://*.cloud.microsoft',
        'https://*.office.com',
      ]),
    );
    // CSP frame-ancestors, not X-Frame-Options, says who may frame the pages.
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
    expect((await rawGet(`${dev.origin}/taskpane.html`)).headers['strict-transport-security']).toBeUndefined();
  });

  test('When a script is served, then it carries no page CSP', async () => {
    const res = await rawGet(`${prod.origin}/assets/taskpane-Ab12Cd34.js`);
    expect(res.headers['content-security-policy']).toBeUndefined();
  });
});

describe('The API under the same headers', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    app = await startTestApp({ label: 'web_serving' });
  });
  afterAll(() => app.stop());

  test.each([
    ['/health', 200, /application\/json/],
    ['/contacts', 401, /application\/problem\+json/],
  ])('When %s is requested, then the answer (%s) says nosniff', async (path, status, type) => {
    const res = await rawGet(`${app.baseUrl}${path}`);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(type);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBeUndefined();
  });
});
