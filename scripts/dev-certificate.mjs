// A self-signed certificate for https://localhost, made once into .certs/ (git-ignored) and
// renewed when it is about to expire. Nothing is installed system-wide.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import selfsigned from 'selfsigned';

const RENEW_BEFORE_MS = 7 * 86_400_000;

export async function ensureDevCertificate(dir) {
  const certFile = join(dir, 'localhost.crt');
  const keyFile = join(dir, 'localhost.key');
  if (existsSync(certFile) && existsSync(keyFile)) {
    const validTo = new Date(new X509Certificate(readFileSync(certFile)).validTo);
    if (validTo.getTime() - Date.now() > RENEW_BEFORE_MS) return { certFile, keyFile, validTo, created: false };
  }
  mkdirSync(dir, { recursive: true });
  const notAfterDate = new Date();
  notAfterDate.setFullYear(notAfterDate.getFullYear() + 1);
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  writeFileSync(certFile, pems.cert);
  writeFileSync(keyFile, pems.private, { mode: 0o600 });
  return { certFile, keyFile, validTo: new Date(new X509Certificate(pems.cert).validTo), created: true };
}
