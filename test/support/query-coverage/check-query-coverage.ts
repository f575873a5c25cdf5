// After the api tier: every query the suites sent names its tenant and is served by a declared index.
// Run by scripts/test.mjs with tsx: `tsx test/support/query-coverage/check-query-coverage.ts <dir>`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALLOWED_QUERIES } from './allowed-queries';
import { checkQueries, describeProblem, type DeclaredIndexes } from './index-coverage';
import type { QueryShape } from './query-shape';

const dir = process.argv[2];
const files = readdirSync(dir);
const declared: DeclaredIndexes = {};
for (const file of files.filter((name) => name.startsWith('indexes-'))) {
  Object.assign(declared, JSON.parse(readFileSync(join(dir, file), 'utf8')));
}
const unique = new Map<string, QueryShape>();
for (const file of files.filter((name) => name.startsWith('queries-'))) {
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean)) {
    unique.set(line, JSON.parse(line) as QueryShape);
  }
}
const problems = checkQueries([...unique.values()], declared, ALLOWED_QUERIES);
console.log(`[test] query coverage: ${unique.size} query shapes, ${problems.length} without tenant or index`);
for (const problem of problems) console.error(`  ${describeProblem(problem)}`);
process.exit(problems.length ? 1 : 0);
