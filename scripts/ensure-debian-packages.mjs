// Programs the tests take from Debian's packages, installed with apt-get on first use:
// Chromium for the browser tests and the bundle benchmark (test tools' own browser downloads
// are blocked here), and the sqlite3 shell that holds the embedded database's lock in the
// database-fault tests.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SQLITE3_PATH = '/usr/bin/sqlite3';

function ensureDebianPackage(path, pkg) {
  if (existsSync(path)) return path;
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error(`${path} is missing. Install it with: sudo apt-get install -y ${pkg}`);
  }
  console.log(`[${pkg}] installing Debian ${pkg} (apt-get install -y ${pkg})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', pkg], { stdio: 'inherit', env });
  let result = install();
  if (result.status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    result = install();
  }
  if (result.status !== 0 || !existsSync(path)) throw new Error(`apt-get could not install ${pkg}.`);
  return path;
}

/** Chromium at CHROMIUM_PATH (default Debian's /usr/bin/chromium). */
export const ensureChromium = () => ensureDebianPackage(CHROMIUM_PATH, 'chromium');

/** The sqlite3 command-line shell. */
export const ensureSqlite3 = () => ensureDebianPackage(SQLITE3_PATH, 'sqlite3');

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureChromium();
  ensureSqlite3();
}
