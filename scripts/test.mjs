// `npm test`: type-check, then every jest suite against the embedded FerretDB
// (built on first use) or MONGODB_URI.
import { spawnSync } from 'node:child_process';
import { ensureFerretDB } from './ferretdb.mjs';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!process.env.MONGODB_URI) await ensureFerretDB();
run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
run('npx', ['jest', ...process.argv.slice(2)]);
