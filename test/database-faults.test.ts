import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startOwnFerretDB } from './support/own-ferretdb';
import { startTestApp } from './support/test-app';
import { testTenant, type TestTenant } from './support/test-tenant';

// The faults are real: another process holding SQLite's write lock on the test database's file
// (the sqlite3 command-line shell: `apt install sqlite3`), and the database process stopped.
jest.setTimeout(120_000);

const SQLITE3 = '/usr/bin/sqlite3';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Another process with an open write transaction on `file` (BEGIN IMMEDIATE) until `release()`. */
async function holdWriteLock(file: string) {
  const shell: ChildProcessWithoutNullStreams = spawn(SQLITE3, [file]);
  let output = '';
  shell.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  shell.stdin.write(
    ".timeout 10000\nBEGIN IMMEDIATE;\nINSERT INTO _ferretdb_database_metadata SELECT * FROM _ferretdb_database_metadata WHERE 0;\nSELECT 'locked';\n",
  );
  for (const started = Date.now(); !output.includes('locked'); await sleep(20))
    if (Date.now() - started > 15_000) throw new Error(`sqlite3 did not get the write lock: ${output}`);
  const exited = new Promise<void>((resolve) => shell.once('exit', () => resolve()));
  return {
    async release() {
      shell.stdin.end('COMMIT;\n.quit\n');
      await exited;
    },
  };
}

describe('When the embedded database is locked by another writer', () => {
  // A busy timeout of 200 ms, so that a lock outlasts FerretDB's wait and the server's retries within seconds.
  const dataDir = mkdtempSync(join(tmpdir(), 'interlog-faults-lock-'));
  let db: Awaited<ReturnType<typeof startOwnFerretDB>>;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let tenant: TestTenant;
  let databaseFile: string;

  beforeAll(async () => {
    if (!existsSync(SQLITE3)) throw new Error(`These tests hold SQLite's lock with ${SQLITE3}: apt install sqlite3`);
    db = await startOwnFerretDB({ dataDir, busyTimeoutMs: 200 });
    app = await startTestApp({ label: 'lock', databaseUri: db.uri });
    tenant = await testTenant(app);
    databaseFile = join(dataDir, `${app.dbName}.sqlite`);
  });
  afterAll(async () => {
    await app?.stop();
    await db?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('When the lock is held briefly, then a PATCH waits it out through the retries and is saved', async () => {
    const contact = await tenant.make.contact();
    const lock = await holdWriteLock(databaseFile);

    const patched = tenant.api.patch(`/contacts/${contact.no}`, { name: 'After a short lock' });
    await sleep(300);
    await lock.release();
    const res = await patched;

    expect(res.status).toBe(200);
    expect((await tenant.api.get(`/contacts/${contact.no}`)).body.name).toBe('After a short lock');
  });

  test('When the lock outlasts the retries, then the answer is 503 problem+json with Retry-After, and nothing changed', async () => {
    const contact = await tenant.make.contact({ name: 'Before the lock' });
    const lock = await holdWriteLock(databaseFile);

    let res;
    try {
      res = await tenant.api.patch(`/contacts/${contact.no}`, { name: 'During a long lock' });
    } finally {
      await lock.release();
    }

    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(res.body).toMatchObject({ type: 'https://interlog.dev/problems/unavailable', status: 503 });
    expect((await tenant.api.get(`/contacts/${contact.no}`)).body.name).toBe('Before the lock');
  });

  test('When an interaction is recorded during a long lock, then it is 503, and sending it again with its key records it once', async () => {
    const contact = await tenant.make.contact();
    const template = await tenant.make.template();
    const input = { contactNo: contact.no, templateCode: template.code, description: 'Call during a lock' };
    const key = { 'Idempotency-Key': `faults-${contact.no}` };
    const lock = await holdWriteLock(databaseFile);

    let during;
    try {
      during = await tenant.api.post('/interactions', input, key);
    } finally {
      await lock.release();
    }
    const again = await tenant.api.post('/interactions', input, key);

    expect(during.status).toBe(503);
    expect(again.status).toBe(201);
    const log = await tenant.api.get(`/interaction-log-entries?contactNo=${contact.no}`);
    expect(log.body.items.filter((e: { description: string }) => e.description === input.description)).toHaveLength(1);
  });
});

describe('When the database process is stopped', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'interlog-faults-stop-'));
  let db: Awaited<ReturnType<typeof startOwnFerretDB>>;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let tenant: TestTenant;

  beforeAll(async () => {
    db = await startOwnFerretDB({ dataDir });
    app = await startTestApp({ label: 'stopped', databaseUri: db.uri });
    tenant = await testTenant(app);
  });
  afterAll(async () => {
    await app?.stop();
    await db?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('When it is down, then reads and writes answer 503 with Retry-After, never 500; once it is back, they work', async () => {
    const contact = await tenant.make.contact();
    await db.stop();

    const read = await tenant.api.get(`/contacts/${contact.no}`);
    const write = await tenant.api.patch(`/contacts/${contact.no}`, { name: 'While down' });

    for (const res of [read, write]) {
      expect(res.status).toBe(503);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(res.body.type).toBe('https://interlog.dev/problems/unavailable');
    }

    db = await startOwnFerretDB({ dataDir, port: db.port });
    let after = await tenant.api.patch(`/contacts/${contact.no}`, { name: 'Back again' });
    for (let tries = 1; after.status === 503 && tries < 20; tries++) {
      await sleep(1000);
      after = await tenant.api.patch(`/contacts/${contact.no}`, { name: 'Back again' });
    }
    expect(after.status).toBe(200);
    expect((await tenant.api.get(`/contacts/${contact.no}`)).body.name).toBe('Back again');
  });
});

describe('When many edits of one contact come at once', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    app = await startTestApp({ label: 'crowd' });
  });
  afterAll(async () => app?.stop());

  test('When 100 PATCHes of one contact arrive together, then none is answered with a 5xx and the last stays', async () => {
    const tenant = await testTenant(app);
    const contact = await tenant.make.contact();

    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => tenant.api.patch(`/contacts/${contact.no}`, { name: `Name ${i}` })),
    );

    expect(answers.filter((res) => res.status !== 200).map((res) => res.status)).toEqual([]);
    expect((await tenant.api.get(`/contacts/${contact.no}`)).body.name).toMatch(/^Name \d+$/);
  });
});
