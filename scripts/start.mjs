// `npm start`: the whole product on the embedded default. Starts FerretDB (unless
// MONGODB_URI is set), then the API server, and stops both together.
import { spawn } from 'node:child_process';
import { resolve, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFerretDB } from './ferretdb.mjs';
import { buildWeb } from './build-web.mjs';
import { ensureDevCertificate } from './dev-certificate.mjs';
import { SERVER_NODE_FLAGS } from './server-node-flags.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let database = null;
// HTTPS for sideloading into real Outlook/Teams; plain HTTP on loopback stays for the preview.
process.env.HTTPS_PORT ??= '3443';
if (process.env.HTTPS_PORT !== '0') process.env.PUBLIC_BASE_URL ??= `https://localhost:${process.env.HTTPS_PORT}`;
const env = { ...process.env };

if (env.SKIP_WEB_BUILD !== '1') {
  console.log('[start] building the web assets (Outlook pane, previews, manifest) into dist/');
  buildWeb();
}

if (!env.MONGODB_URI) {
  database = await startFerretDB({
    dataDir: join(root, '.data', 'ferretdb'),
    port: env.FERRETDB_PORT ? Number(env.FERRETDB_PORT) : undefined,
  });
  env.MONGODB_URI = database.uri;
  env.MONGODB_DB_NAME ||= 'interlog';
  console.log(`[start] embedded FerretDB ${database.uri} (data in .data/ferretdb)`);
}

if (env.HTTPS_PORT !== '0' && !env.TLS_CERT_FILE) {
  const cert = await ensureDevCertificate(join(root, '.certs'));
  env.TLS_CERT_FILE = cert.certFile;
  env.TLS_KEY_FILE = cert.keyFile;
  const file = relative(process.cwd(), cert.certFile);
  console.log(
    `[start] HTTPS on https://localhost:${env.HTTPS_PORT} with ${cert.created ? 'a new' : 'the'} ` +
      `self-signed certificate ${cert.certFile} (valid until ${cert.validTo.toISOString().slice(0, 10)}, ` +
      'renewed on start a week before)',
  );
  console.log(
    '[start] to sideload, trust it for your user (no admin rights, nothing system-wide): ' +
      `Windows \`certutil -user -addstore Root ${file}\`, ` +
      `macOS \`security add-trusted-cert -k ~/Library/Keychains/login.keychain-db ${file}\`, ` +
      `or open https://localhost:${env.HTTPS_PORT}/taskpane.html ` +
      'in the browser that runs Outlook on the web and accept it',
  );
}

const server = spawn(
  process.execPath,
  [...SERVER_NODE_FLAGS, '--import', 'tsx', join(root, 'server', 'src', 'main.ts')],
  {
    cwd: root,
    env,
    stdio: 'inherit',
  },
);

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (server.exitCode === null) server.kill('SIGTERM');
  await new Promise((done) => (server.exitCode !== null ? done() : server.once('exit', done)));
  await database?.stop();
  process.exit(code);
}
server.once('exit', (code) => void stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void stop(0));
