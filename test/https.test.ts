import https from 'node:https';
import net from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import selfsigned from 'selfsigned';
import { startServerProcess } from './support/server-process';
import { startTokenIssuer } from './support/token-issuer';
import { uniqueDbName } from './support/test-app';

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((ok) => server.once('listening', ok));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((ok) => server.close(ok));
  return port;
}

function httpsGet(url: string, ca: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https.get(url, { ca }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

describe('Serving over HTTPS (sideloading into Outlook and Teams)', () => {
  test('When HTTPS_PORT and a certificate are given, then the same API answers over HTTPS with that certificate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'interlog-tls-'));
    const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
      keySize: 2048,
      algorithm: 'sha256',
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] }],
    });
    writeFileSync(join(dir, 'cert.pem'), pems.cert);
    writeFileSync(join(dir, 'key.pem'), pems.private);
    const issuer = await startTokenIssuer();
    const httpsPort = await freePort();
    const server = await startServerProcess({
      dbName: uniqueDbName('https'),
      issuer,
      env: { HTTPS_PORT: String(httpsPort), TLS_CERT_FILE: join(dir, 'cert.pem'), TLS_KEY_FILE: join(dir, 'key.pem') },
    });
    try {
      const res = await httpsGet(`https://localhost:${httpsPort}/api/v1/health`, pems.cert);
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toEqual({ status: 'ok', db: 'ok' });
      await expect(httpsGet(`https://localhost:${httpsPort}/api/v1/health`, '')).rejects.toThrow(/self[- ]signed|unable to verify/i);
    } finally {
      await server.stop();
      await issuer.stop();
    }
  });

  test('When HTTPS_PORT is set without a certificate, then the server refuses to start and says why', async () => {
    const issuer = await startTokenIssuer();
    try {
      await expect(startServerProcess({ dbName: uniqueDbName('https_bad'), issuer, env: { HTTPS_PORT: String(await freePort()) } })).rejects.toThrow(/exited/);
    } finally {
      await issuer.stop();
    }
  });
});
