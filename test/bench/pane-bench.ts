// The Outlook pane's load budget (issue 14, goal 4): the JavaScript it needs before *Record*, compressed as
// served, against the 150 KB budget; and the time from navigation to an enabled *Record* against a page
// that loads only Office.js from the same server in the same run (goal: at most 1.5 times that). For context,
// a third page makes the pane's own requests after Office.js, without any UI: what no pane can do without.
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startServerProcess } from '../support/server-process';
import { launchBrowser } from '../support/browser';
import { PANE_BOOT_GOAL_KB, paneBootScripts } from '../support/pane-boot-js';

const root = join(__dirname, '..', '..');
const RUNS = Number(process.env.BENCH_PANE_RUNS ?? 7);
const GOAL_MS = 500;
const PANE = '/preview.html?sample=inboundKnown&lang=en';
const OFFICE_ONLY = '/bench-office-only.html';
const PANE_READS = '/bench-pane-reads.html';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A page that loads Office.js and then runs `script` (a file of its own: the pages' CSP allows no inline script). */
const officePage = (script: string) =>
  `<!doctype html><script src="/office-js/office.js"></script><script src="${script}"></script>`;

/**
 * The pane's reads without the pane: the client settings at once, the local token once Office is ready, then the
 * API reads the pane made before its *Record* was enabled, all at once.
 */
const paneReadsScript = (reads: string[]) => `const config = fetch('/api/v1/client-config');
Office.onReady(async () => {
  await config;
  const token = await fetch('/api/v1/local/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  const headers = { Authorization: 'Bearer ' + (await token.json()).accessToken };
  await Promise.all(${JSON.stringify(reads)}.map((path) => fetch(path, { headers }).then((r) => r.arrayBuffer())));
  document.title = 'ready';
});`;

/**
 * The build's files (linked, not copied) beside the bench's own pages. Served by the server as its web root, so
 * that no timed page needs Playwright's routing: a routed page waits on the bench's process for every request.
 */
function benchWebRoot(dist: string) {
  const dir = mkdtempSync(join(tmpdir(), 'interlog-bench-web-'));
  for (const name of readdirSync(dist)) symlinkSync(join(dist, name), join(dir, name));
  writeFileSync(join(dir, OFFICE_ONLY), officePage('/bench-office-only.js'));
  writeFileSync(join(dir, 'bench-office-only.js'), "Office.onReady(() => { document.title = 'ready'; });");
  writeFileSync(join(dir, PANE_READS), officePage('/bench-pane-reads.js'));
  return dir;
}

const paneReady = () => {
  const button = [...document.querySelectorAll('button')].find((b) => /Record for 1 contact/.test(b.textContent ?? ''));
  const template = [...document.querySelectorAll('[role="combobox"]')].some((c) =>
    (c.textContent ?? '').includes('(EMAIL'),
  );
  return !!button && !button.hasAttribute('disabled') && template;
};
const titleReady = () => document.title === 'ready';

/**
 * Milliseconds from navigation start until `ready` holds in the page, and the API reads the page made by then.
 * A request to any other origin fails the bench: the pages must not reach out (and the time would not be ours).
 */
async function timeTo(browser: Browser, origin: string, path: string, ready: () => boolean) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const reads: string[] = [];
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin) foreign.push(request.url());
    else if (request.method() === 'GET' && url.pathname.startsWith('/api/v1/')) reads.push(url.pathname + url.search);
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'commit' });
  await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 30_000 });
  const ms = await page.evaluate(() => performance.now());
  const readsBeforeReady = [...reads];
  await context.close();
  if (foreign.length) throw new Error(`${path} asked for other origins: ${foreign.join(', ')}`);
  return { ms, reads: readsBeforeReady };
}

/** `dist`: the build to measure (another build's folder, to compare two). */
export async function paneBench(dist = join(root, 'dist')) {
  const webRoot = benchWebRoot(dist);
  const server = await startServerProcess({ dbName: 'bench_pane', env: { WEB_ROOT: webRoot } });
  const origin = new URL(server.baseUrl).origin;
  const browser = await launchBrowser();
  try {
    const boot = await paneBootScripts(origin, dist);
    const warmUp = await timeTo(browser, origin, PANE, paneReady);
    const reads = warmUp.reads.filter((path) => !path.startsWith('/api/v1/client-config'));
    writeFileSync(join(webRoot, 'bench-pane-reads.js'), paneReadsScript(reads));
    const times = { officeJs: [] as number[], reads: [] as number[], pane: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      times.officeJs.push((await timeTo(browser, origin, OFFICE_ONLY, titleReady)).ms);
      times.reads.push((await timeTo(browser, origin, PANE_READS, titleReady)).ms);
      times.pane.push((await timeTo(browser, origin, PANE, paneReady)).ms);
    }
    const result = {
      brKb: boot.brKb,
      gzipKb: boot.gzipKb,
      ttiMs: median(times.pane),
      officeJsMs: median(times.officeJs),
      readsMs: median(times.reads),
    };
    console.log(
      `  pane JS before Record, as served (${boot.scripts.length} files, Office.js excluded): ${result.brKb.toFixed(1)} KB brotli, ${result.gzipKb.toFixed(1)} KB gzip (budget ${PANE_BOOT_GOAL_KB} KB)`,
    );
    console.log(
      `  navigation to an enabled Record (preview, inbound email, contact and template loaded): median ${result.ttiMs.toFixed(0)} ms of ${RUNS} (${GOAL_MS} ms on a quiet machine); a page with only Office.js: ${result.officeJsMs.toFixed(0)} ms`,
    );
    console.log(
      `  the pane's ${reads.length} reads and its token after Office.js, without any UI: ${result.readsMs.toFixed(0)} ms`,
    );
    console.log(`RATIO pane-tti-vs-officejs ${(result.ttiMs / result.officeJsMs).toFixed(3)}`);
    console.log(`RATIO pane-reads-vs-officejs ${(result.readsMs / result.officeJsMs).toFixed(3)}`);
    console.log(`RATIO pane-tti-vs-pane-reads ${(result.ttiMs / result.readsMs).toFixed(3)}`);
    console.log(`RATIO pane-boot-js-brotli-vs-budget ${(result.brKb / PANE_BOOT_GOAL_KB).toFixed(3)}`);
    console.log(`RATIO pane-boot-js-gzip-vs-budget ${(result.gzipKb / PANE_BOOT_GOAL_KB).toFixed(3)}`);
    console.log(`PANE_JS_BROTLI_KB ${result.brKb.toFixed(1)}`);
    console.log(`PANE_JS_GZIP_KB ${result.gzipKb.toFixed(1)}`);
    console.log(`PANE_TTI_MS ${result.ttiMs.toFixed(0)}`);
    console.log(`OFFICE_JS_ONLY_MS ${result.officeJsMs.toFixed(0)}`);
    console.log(`PANE_READS_MS ${result.readsMs.toFixed(0)}`);
    return result;
  } finally {
    await browser.close();
    await server.stop();
    rmSync(webRoot, { recursive: true, force: true });
  }
}
