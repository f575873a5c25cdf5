// Starts one embedded FerretDB for the whole run (unless MONGODB_URI points elsewhere).
// Each test file then uses a database of its own on it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFerretDB } from '../../scripts/ferretdb.mjs';

export default async function globalSetup() {
  if (process.env.MONGODB_URI) {
    process.env.INTERLOG_TEST_DB_URI = process.env.MONGODB_URI;
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'interlog-test-db-'));
  const db = await startFerretDB({ dataDir, stdio: process.env.FERRETDB_LOG ? 'inherit' : 'ignore' });
  globalThis.__interlogFerret = db;
  process.env.INTERLOG_TEST_DB_URI = db.uri;
  process.env.INTERLOG_TEST_DB_DIR = dataDir;
}
