// Headless Chromium for the browser tests and the bundle benchmark: Debian's package, as
// the only browser that can be installed here (test tools' own browser downloads are blocked).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}. ` +
        'Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).',
    );
  }
  console.log('[chromium] installing Debian chromium (apt-get install -y chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let result = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env,
  });
  if (result.status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    result = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  }
  if (result.status !== 0 || !existsSync(CHROMIUM_PATH)) throw new Error('apt-get could not install chromium.');
  return CHROMIUM_PATH;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
