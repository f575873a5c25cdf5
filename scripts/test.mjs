// The test command, in tiers (jest projects in jest.config.js):
//   node scripts/test.mjs                 `npm test`: checks, type-checks, web build, api tier, browser tier
//   node scripts/test.mjs <jest args>     `npm test -- <args>`: the same, one jest run over every project with <args>
//   node scripts/test.mjs api [args]      `npm run test:api`: server suites, test/*.test.ts, add-in units, components
//   node scripts/test.mjs browser [args]  `npm run test:browser`: builds the web, then the pages in headless Chromium
// Checks: Prettier, ESLint, the dependency rules (when .dependency-cruiser.cjs is there). The suites
// run against the embedded FerretDB (built on first use) or MONGODB_URI; the browser suites use
// Debian's Chromium, the database-fault suite Debian's sqlite3 shell (both installed on first use).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureFerretDB } from './ferretdb.mjs';
import { ensureChromium, ensureSqlite3 } from './ensure-debian-packages.mjs';
import { buildWeb } from './build-web.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The tier's projects go last: --selectProjects takes every word after it, a test path included.
const TIERS = {
  api: ['--selectProjects', 'api', 'components'],
  browser: ['--selectProjects', 'browser'],
};

/** The api tier records the shape of every query it sends; afterwards each must name its tenant and have an index. */
function withQueryCoverage(runApiTier) {
  const dir = mkdtempSync(join(tmpdir(), 'interlog-queries-'));
  process.env.INTERLOG_QUERY_LOG_DIR = dir;
  const passed = runApiTier();
  delete process.env.INTERLOG_QUERY_LOG_DIR;
  console.log('\n[test] query coverage (tenant and declared index per query)');
  const covered = run(process.execPath, [
    resolve(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
    'test/support/query-coverage/check-query-coverage.ts',
    dir,
  ]);
  rmSync(dir, { recursive: true, force: true });
  return passed && covered;
}

const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env }).status === 0;
const jest = (args) => run('npx', ['jest', ...args]);
const must = (ok) => ok || process.exit(1);

function checks() {
  const scripts = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).scripts ?? {};
  const steps = [
    ['format (prettier --check)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
    ['lint (eslint)', 'npx', ['eslint', '.']],
  ];
  if (existsSync(resolve(root, '.dependency-cruiser.cjs')) && scripts['lint:deps'])
    steps.push(['dependency rules (npm run lint:deps)', 'npm', ['run', '--silent', 'lint:deps']]);
  steps.push(
    ['type-check (server, tests)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
    ['type-check (add-in, its tests)', 'npx', ['tsc', '-p', 'addin/tsconfig.test.json', '--noEmit']],
  );
  const failed = [];
  for (const [name, cmd, args] of steps) {
    console.log(`\n[test] ${name}`);
    if (!run(cmd, args)) failed.push(name);
  }
  if (failed.length) {
    console.error(`\n[test] failed: ${failed.join(', ')}`);
    process.exit(1);
  }
}

const [first, ...rest] = process.argv.slice(2);
if (!process.env.MONGODB_URI) await ensureFerretDB();

if (first === 'api') {
  ensureSqlite3();
  must(withQueryCoverage(() => jest([...rest, ...TIERS.api])));
} else if (first === 'browser') {
  ensureChromium();
  buildWeb();
  must(jest([...rest, ...TIERS.browser]));
} else {
  const args = process.argv.slice(2);
  checks();
  ensureChromium();
  ensureSqlite3();
  buildWeb();
  if (args.length) {
    must(jest(args));
  } else {
    console.log('\n[test] api tier: server, test/*.test.ts, add-in units, components');
    const api = withQueryCoverage(() => jest(TIERS.api));
    console.log('\n[test] browser tier: the pages in headless Chromium');
    const browser = jest(TIERS.browser);
    if (!api || !browser) {
      console.error(`\n[test] failed: ${[!api && 'api tier', !browser && 'browser tier'].filter(Boolean).join(', ')}`);
      process.exit(1);
    }
  }
}
