import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  await globalThis.__interlogFerret?.stop();
  if (process.env.INTERLOG_TEST_DB_DIR) rmSync(process.env.INTERLOG_TEST_DB_DIR, { recursive: true, force: true });
}
