// Builds (once) and runs FerretDB 1.24.2 with its SQLite backend: the embedded database.
// The build applies our patches from scripts/ferretdb-patches/ to the module source.
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  cpSync,
  chmodSync,
  writeFileSync,
  rmSync,
  readdirSync,
  statSync,
  readFileSync,
} from 'node:fs';
import { createServer, connect } from 'node:net';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FERRETDB_VERSION = 'v1.24.2';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const toolsDir = join(root, '.tools');
// Our patches to the FerretDB source (unified diffs, applied in name order before the build;
// each one says what it fixes). The binary's name carries a hash of them, so changing a patch
// builds a new binary instead of reusing an older build.
const patchesDir = join(root, 'scripts', 'ferretdb-patches');
const patches = existsSync(patchesDir)
  ? readdirSync(patchesDir)
      .filter((name) => name.endsWith('.patch'))
      .sort()
  : [];
// The packages whose tests run on the patched source before the build.
const patchedPackages = ['./internal/handler/sjson/', './internal/backends/sqlite/'];
const patchesHash = createHash('sha256');
for (const name of patches) patchesHash.update(name + '\0').update(readFileSync(join(patchesDir, name)));
export const ferretdbBinary = join(
  toolsDir,
  `ferretdb-${FERRETDB_VERSION}` + (patches.length ? `-interlog-${patchesHash.digest('hex').slice(0, 8)}` : ''),
);

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

function makeWritable(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    chmodSync(path, st.mode | 0o200);
    if (st.isDirectory()) makeWritable(path);
  }
}

async function withBuildLock(fn) {
  const lock = join(toolsDir, '.build-lock');
  mkdirSync(toolsDir, { recursive: true });
  for (let waited = 0; ; waited += 500) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(ferretdbBinary)) return;
      if (waited > 15 * 60_000)
        throw new Error(`FerretDB build lock ${lock} held for 15 minutes; remove it if no build is running.`);
      await sleep(500);
    }
  }
  try {
    if (!existsSync(ferretdbBinary)) await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds the binary from the Go module proxy into .tools/ unless it is there already. */
export async function ensureFerretDB({ log = (m) => process.stderr.write(m + '\n') } = {}) {
  if (existsSync(ferretdbBinary)) return ferretdbBinary;
  await withBuildLock(async () => {
    log(`[ferretdb] Building FerretDB ${FERRETDB_VERSION} into .tools/ (first run only, about 2-4 minutes)...`);
    const env = { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-buildvcs=false' };
    let info;
    try {
      info = JSON.parse(
        execFileSync('go', ['mod', 'download', '-json', `github.com/FerretDB/FerretDB@${FERRETDB_VERSION}`], {
          env,
          encoding: 'utf8',
        }),
      );
    } catch (error) {
      throw new Error(
        '[ferretdb] Could not fetch the FerretDB module ' +
          `(is Go installed and the Go module proxy reachable?): ${error.message}`,
      );
    }
    const src = join(toolsDir, 'ferretdb-src');
    rmSync(src, { recursive: true, force: true });
    cpSync(info.Dir, src, { recursive: true });
    makeWritable(src);
    for (const name of patches) {
      log(`[ferretdb] Applying ${name}`);
      try {
        // No fuzz, no reversed patches: a patch that does not apply exactly stops the build.
        execFileSync('patch', ['-p1', '--forward', '--batch', '--fuzz=0', '-i', join(patchesDir, name)], {
          cwd: src,
          encoding: 'utf8',
        });
      } catch (error) {
        const output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
        throw new Error(`[ferretdb] ${name} does not apply to FerretDB ${FERRETDB_VERSION}:\n${output}`);
      }
    }
    // The upstream build expects this git-ignored file; without it the binary panics at start.
    writeFileSync(join(src, 'build', 'version', 'version.txt'), FERRETDB_VERSION);
    // The patched packages' unit tests, upstream's and our patches' own (upstream's test helpers look for
    // the repository's root, a .git directory, above the working directory).
    mkdirSync(join(src, '.git'), { recursive: true });
    log(`[ferretdb] Testing the patched packages: ${patchedPackages.join(' ')}`);
    execFileSync('go', ['test', '-count=1', ...patchedPackages], {
      cwd: src,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const tmpBinary = `${ferretdbBinary}.tmp`;
    execFileSync('go', ['build', '-trimpath', '-o', tmpBinary, './cmd/ferretdb'], {
      cwd: src,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    execFileSync('mv', [tmpBinary, ferretdbBinary]);
    rmSync(src, { recursive: true, force: true });
    log(`[ferretdb] Built ${ferretdbBinary}`);
  });
  return ferretdbBinary;
}

export async function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function canConnect(port) {
  return new Promise((ok) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      ok(true);
    });
    socket.once('error', () => ok(false));
  });
}

/**
 * How every connection to the SQLite files is opened (FerretDB passes the `--sqlite-url` query to the
 * modernc.org/sqlite driver; FerretDB itself adds busy_timeout(10000), journal_mode(wal) and
 * auto_vacuum(none) unless they are given):
 * - WAL (FerretDB's default, kept): readers never wait for the writer, nor the writer for them.
 * - `_txlock=immediate`: a write transaction takes the write lock at BEGIN, where SQLite waits for it
 *   (the busy timeout); a deferred one that read first and then writes fails at once, without waiting,
 *   when another write committed in between.
 * - busy_timeout 3 s: how long a write waits for the lock before "database is locked" (SQLITE_BUSY).
 *   Shorter than FerretDB's 10 s, so that the server's three tries (lib/db/transient-retry.ts, jittered,
 *   which SQLite's own waiting is not) and its 503 with Retry-After come within the add-in's 15 s timeout.
 * - synchronous stays FULL: a committed write survives a power cut.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 3000;
const sqliteQuery = (busyTimeoutMs) =>
  `_txlock=immediate&_pragma=busy_timeout(${busyTimeoutMs})&_pragma=journal_mode(wal)&_pragma=synchronous(full)`;

/** The command-line arguments FerretDB is started with (also used by tests that run a FerretDB of their own). */
export function ferretdbArgs({ dir, listenPort, logLevel = 'error', busyTimeoutMs = SQLITE_BUSY_TIMEOUT_MS }) {
  return [
    '--handler=sqlite',
    `--sqlite-url=file:${dir}/?${sqliteQuery(busyTimeoutMs)}`,
    `--listen-addr=127.0.0.1:${listenPort}`,
    '--telemetry=disable',
    '--state-dir=-',
    '--debug-addr=-',
    `--log-level=${logLevel}`,
  ];
}

/**
 * Go's garbage collector for FerretDB: at Go's default (GOGC=100) it collected so often that
 * reading 20,000 segment lines spent about a third of FerretDB's CPU time in the collector;
 * at 400 that read took 30% less CPU time (and writes about 12% less). GOMEMLIMIT makes it
 * collect harder again as its heap nears 512 MiB. Set in the environment, either wins.
 */
const ferretdbEnv = () => ({ GOGC: '400', GOMEMLIMIT: '512MiB', ...process.env });

/**
 * Starts FerretDB on a free loopback port with its data in `dataDir`; resolves when it accepts connections.
 * `busyTimeoutMs`: how long a write waits for SQLite's lock (tests of lock contention shorten it).
 */
export async function startFerretDB({
  dataDir,
  port,
  logLevel = 'error',
  stdio = 'inherit',
  busyTimeoutMs = SQLITE_BUSY_TIMEOUT_MS,
} = {}) {
  const binary = await ensureFerretDB();
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const listenPort = port ?? (await freePort());
  const child = spawn(binary, ferretdbArgs({ dir, listenPort, logLevel, busyTimeoutMs }), {
    stdio: ['ignore', stdio, stdio],
    env: ferretdbEnv(),
  });
  let exited = null;
  child.once('exit', (code, signal) => {
    exited = { code, signal };
  });
  for (let waited = 0; !(await canConnect(listenPort)); waited += 100) {
    if (exited) throw new Error(`[ferretdb] exited during start-up (${JSON.stringify(exited)})`);
    if (waited > 30_000) {
      child.kill('SIGKILL');
      throw new Error('[ferretdb] did not accept connections within 30 s');
    }
    await sleep(100);
  }
  const uri = `mongodb://127.0.0.1:${listenPort}/?directConnection=true&retryWrites=false`;
  const stop = () =>
    new Promise((done) => {
      if (exited) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  return { uri, port: listenPort, pid: child.pid, child, stop };
}
