import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import selfsigned from 'selfsigned';
import { startServerProcess } from './support/server-process';
import { startTokenIssuer } from './support/token-issuer';
import { uniqueDbName } from './support/test-app';

const root = join(__dirname, '..');
const DAY_MS = 86_400_000;

interface DevCertificate {
  certFile: string;
  keyFile: string;
  created: boolean;
}

/** scripts/dev-certificate.mjs as `npm start` runs it (an ES module, so in a node of its own). */
function ensureDevCertificate(dir: string): DevCertificate {
  const moduleUrl = pathToFileURL(join(root, 'scripts', 'dev-certificate.mjs')).href;
  const script = `const { ensureDevCertificate } = await import(${JSON.stringify(moduleUrl)}); process.stdout.write(JSON.stringify(await ensureDevCertificate(process.argv[1])));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, dir], { encoding: 'utf8' }));
}

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((ok) => server.once('listening', ok));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((ok) => server.close(ok));
  return port;
}

function get(url: string, options: https.RequestOptions = {}): Promise<{ status: number; type: string; body: string }> {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    client
      .get(url, { agent: false, ...options }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
      })
      .on('error', reject);
  });
}

describe('The development certificate made by npm start', () => {
  test('When made, then it names localhost and 127.0.0.1, lasts about a year and is reused on the next start', () => {
    const dir = mkdtempSync(join(tmpdir(), 'interlog-certs-'));

    const first = ensureDevCertificate(dir);
    const second = ensureDevCertificate(dir);

    expect(first.created).toBe(true);
    const cert = new X509Certificate(readFileSync(first.certFile));
    expect(cert.subjectAltName).toMatch(/DNS:localhost/);
    expect(cert.subjectAltName).toMatch(/IP Address:127\.0\.0\.1/);
    expect(new Date(cert.validTo).getTime() - Date.now()).toBeGreaterThan(360 * DAY_MS);
    expect(second).toEqual({ ...first, created: false });
    expect(new X509Certificate(readFileSync(second.certFile)).fingerprint256).toBe(cert.fingerprint256);
  });

  test('When the certificate expires within a week, then the next start makes a new one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'interlog-certs-'));
    const old = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
      keySize: 2048,
      notAfterDate: new Date(Date.now() + 2 * DAY_MS),
    });
    writeFileSync(join(dir, 'localhost.crt'), old.cert);
    writeFileSync(join(dir, 'localhost.key'), old.private);

    const renewed = ensureDevCertificate(dir);

    expect(renewed.created).toBe(true);
    expect(
      new Date(new X509Certificate(readFileSync(renewed.certFile)).validTo).getTime() - Date.now(),
    ).toBeGreaterThan(360 * DAY_MS);
  });
});

describe('Serving over HTTPS (sideloading into Outlook and Teams)', () => {
  test('When HTTPS_PORT and the development certificate are given, then the API and /manifest.json answer over HTTPS as over HTTP', async () => {
    const cert = ensureDevCertificate(mkdtempSync(join(tmpdir(), 'interlog-certs-')));
    const ca = readFileSync(cert.certFile, 'utf8');
    const httpsPort = await freePort();
    const webRoot = mkdtempSync(join(tmpdir(), 'interlog-web-'));
    const publicBaseUrl = `https://localhost:${httpsPort}`;
    execFileSync(process.execPath, [join(root, 'scripts', 'build-manifest.mjs'), webRoot], {
      cwd: root,
      env: { ...process.env, PUBLIC_BASE_URL: publicBaseUrl },
      stdio: 'pipe',
    });
    const issuer = await startTokenIssuer();
    const server = await startServerProcess({
      dbName: uniqueDbName('https'),
      issuer,
      env: {
        HTTPS_PORT: String(httpsPort),
        TLS_CERT_FILE: cert.certFile,
        TLS_KEY_FILE: cert.keyFile,
        WEB_ROOT: webRoot,
      },
    });
    try {
      expect(server.httpsPort).toBe(httpsPort);
      for (const url of [
        `${publicBaseUrl}/api/v1/health`,
        `https://127.0.0.1:${httpsPort}/api/v1/health`,
        `${server.baseUrl}/health`,
      ]) {
        const res = await get(url, { ca });
        expect({ url, status: res.status, body: JSON.parse(res.body) }).toEqual({
          url,
          status: 200,
          body: { status: 'ok', db: 'ok' },
        });
      }

      const manifest = await get(`${publicBaseUrl}/manifest.json`, { ca });
      expect(manifest.status).toBe(200);
      expect(manifest.type).toMatch(/^application\/json/);
      expect(JSON.parse(manifest.body)).toMatchObject({
        manifestVersion: '1.17',
        staticTabs: [{ contentUrl: `${publicBaseUrl}/teams/tab.html` }],
      });

      await expect(get(`${publicBaseUrl}/api/v1/health`)).rejects.toThrow(/self[- ]signed|unable to verify/i);
    } finally {
      await server.stop();
      await issuer.stop();
    }
  });

  test('When HTTPS_PORT is set without a certificate, then the server refuses to start and says why', async () => {
    const issuer = await startTokenIssuer();
    try {
      await expect(
        startServerProcess({
          dbName: uniqueDbName('https_bad'),
          issuer,
          env: { HTTPS_PORT: String(await freePort()) },
        }),
      ).rejects.toThrow(/exited/);
    } finally {
      await issuer.stop();
    }
  });
});
