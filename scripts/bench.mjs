// `npm run bench`: starts a throw-away FerretDB (or uses MONGODB_URI) and runs the benchmarks.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFerretDB } from './ferretdb.mjs';
import { ensureChromium } from './ensure-debian-packages.mjs';
import { buildWeb } from './build-web.mjs';
import { SERVER_NODE_FLAGS } from './server-node-flags.mjs';

if (!['api', 'segment', 'growth', 'export', 'statistics'].includes(process.env.BENCH_ONLY ?? '')) {
  ensureChromium();
  buildWeb();
}

let db = null;
let dataDir = null;
if (!process.env.MONGODB_URI) {
  dataDir = mkdtempSync(join(tmpdir(), 'interlog-bench-db-'));
  db = await startFerretDB({ dataDir, stdio: 'ignore' });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => void db?.stop().finally(() => process.exit(130)));
}
// The server's flags (it runs in the bench's process); BENCH_NODE_ARGS: more flags for the bench's
// node, after them (e.g. --trace-gc, which NODE_OPTIONS refuses, or --heap-growing-percent=0 for V8's own).
const nodeArgs = [...SERVER_NODE_FLAGS, ...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)];
const result = spawnSync(process.execPath, [...nodeArgs, '--import', 'tsx', '--expose-gc', 'test/bench/run-bench.ts'], {
  stdio: 'inherit',
  env: { ...process.env, INTERLOG_TEST_DB_URI: process.env.MONGODB_URI ?? db.uri },
});
await db?.stop();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
