// `npm test`: type-check, build the web assets, then every jest suite against the embedded
// FerretDB (built on first use) or MONGODB_URI; the browser suites use Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { ensureFerretDB } from './ferretdb.mjs';
import { ensureChromium } from './ensure-chromium.mjs';
import { buildWeb } from './build-web.mjs';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!process.env.MONGODB_URI) await ensureFerretDB();
ensureChromium();
run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
run('npx', ['tsc', '-p', 'addin/tsconfig.test.json', '--noEmit']);
buildWeb();
run('npx', ['jest', ...process.argv.slice(2)]);
