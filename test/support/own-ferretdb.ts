import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MongoClient } from 'mongodb';

const script = pathToFileURL(join(__dirname, '..', '..', 'scripts', 'ferretdb.mjs')).href;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/**
 * A FerretDB of the test's own (the embedded database, started with the same arguments as
 * scripts/ferretdb.mjs gives it: jest's CommonJS tests cannot import that module, so a Node
 * process asks it for the binary and the arguments), for tests that stop it or lock its files.
 */
export async function startOwnFerretDB(options: {
  dataDir: string;
  port?: number;
  busyTimeoutMs?: number;
  /** Serve FerretDB's debug handler (pprof, metrics) on this loopback port; off otherwise, as in production. */
  debugPort?: number;
}) {
  const port = options.port ?? (await freePort());
  const settings = JSON.stringify({ dir: options.dataDir, listenPort: port, busyTimeoutMs: options.busyTimeoutMs });
  const [binary, ...args] = JSON.parse(
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(script)});` +
          `const binary = await m.ensureFerretDB({ log: () => {} });` +
          `const s = ${settings}; if (s.busyTimeoutMs === undefined) delete s.busyTimeoutMs;` +
          `process.stdout.write(JSON.stringify([binary, ...m.ferretdbArgs(s)]));`,
      ],
      { encoding: 'utf8', timeout: 10 * 60_000 },
    ),
  ) as string[];
  const debugAddr = options.debugPort ? `--debug-addr=127.0.0.1:${options.debugPort}` : '--debug-addr=-';
  const child = spawn(
    binary,
    args.map((arg) => (arg.startsWith('--debug-addr=') ? debugAddr : arg)),
    { stdio: 'ignore' },
  );
  let exited = false;
  const gone = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  for (const started = Date.now(); !(await accepts(port)); await sleep(100)) {
    if (exited || Date.now() - started > 30_000) {
      child.kill('SIGKILL');
      throw new Error('FerretDB did not start within 30 s');
    }
  }
  return {
    uri: `mongodb://127.0.0.1:${port}/?directConnection=true&retryWrites=false`,
    port,
    /** SIGTERM, then SIGKILL after 5 s; resolves once the process is gone. */
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await gone;
      clearTimeout(timer);
    },
  };
}

/**
 * A FerretDB of the suite's own with a driver client on it: started before the suite's tests, stopped
 * and its files removed after them. `debug`: its debug handler (pprof, metrics) on `debugPort`.
 */
export function ownFerretDBSuite(label: string, options: { debug?: boolean } = {}) {
  const suite = { client: undefined as unknown as MongoClient, debugPort: 0 };
  let dataDir = '';
  let db: Awaited<ReturnType<typeof startOwnFerretDB>> | undefined;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), `interlog-${label}-`));
    if (options.debug) suite.debugPort = await freePort();
    db = await startOwnFerretDB({ dataDir, debugPort: suite.debugPort || undefined });
    suite.client = await MongoClient.connect(db.uri, { serverSelectionTimeoutMS: 5_000 });
  });
  afterAll(async () => {
    // Forced: a test that gave up on a hung command must not wait for it here.
    await suite.client?.close(true);
    await db?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return suite;
}
