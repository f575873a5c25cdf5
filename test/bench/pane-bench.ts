// The Outlook pane's load budget (issue 14, goal 4): the JavaScript it needs before *Record*, compressed as
// served, against the 150 KB budget; and the time from navigation to an enabled *Record* against a page
// that loads only Office.js from the same server in the same run (goal: at most 1.5 times that).
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startServerProcess } from '../support/server-process';
import { launchBrowser, newPageOn } from '../support/browser';
import { PANE_BOOT_GOAL_KB, paneBootScripts } from '../support/pane-boot-js';

const root = join(__dirname, '..', '..');
const RUNS = Number(process.env.BENCH_PANE_RUNS ?? 7);
const GOAL_MS = 500;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const newPage = (browser: Browser, origin: string) => newPageOn(browser, origin, { width: 360, height: 800 });

/** Milliseconds from navigation start until `ready` holds in the page. */
async function timeTo(browser: Browser, origin: string, url: string, ready: () => boolean): Promise<number> {
  const { context, page } = await newPage(browser, origin);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 30_000 });
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
}

export async function paneBench() {
  const server = await startServerProcess({ dbName: 'bench_pane', env: { WEB_ROOT: join(root, 'dist') } });
  const origin = new URL(server.baseUrl).origin;
  const browser = await launchBrowser();
  try {
    const boot = await paneBootScripts(origin, join(root, 'dist'));
    const officeOnly = `${origin}/bench-office-only.html`;
    const floor: number[] = [];
    const tti: number[] = [];
    const paneReady = () => {
      const button = [...document.querySelectorAll('button')].find((b) =>
        /Record for 1 contact/.test(b.textContent ?? ''),
      );
      const template = [...document.querySelectorAll('[role="combobox"]')].some((c) =>
        (c.textContent ?? '').includes('(EMAIL'),
      );
      return !!button && !button.hasAttribute('disabled') && template;
    };
    await timeTo(browser, origin, `${origin}/preview.html?sample=inboundKnown&lang=en`, paneReady);
    for (let i = 0; i < RUNS; i++) {
      const { context, page } = await newPage(browser, origin);
      await page.route(officeOnly, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><script src="/office-js/office.js"></script><script>Office.onReady(() => { document.title = "ready"; });</script>',
        }),
      );
      await page.goto(officeOnly, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.title === 'ready', undefined, { polling: 'raf' });
      floor.push(await page.evaluate(() => performance.now()));
      await context.close();
      tti.push(await timeTo(browser, origin, `${origin}/preview.html?sample=inboundKnown&lang=en`, paneReady));
    }
    const result = { brKb: boot.brKb, gzipKb: boot.gzipKb, ttiMs: median(tti), officeJsMs: median(floor) };
    console.log(
      `  pane JS before Record, as served (${boot.scripts.length} files, Office.js excluded): ${result.brKb.toFixed(1)} KB brotli, ${result.gzipKb.toFixed(1)} KB gzip (budget ${PANE_BOOT_GOAL_KB} KB)`,
    );
    console.log(
      `  navigation to an enabled Record (preview, inbound email, contact and template loaded): median ${result.ttiMs.toFixed(0)} ms of ${RUNS} (${GOAL_MS} ms on a quiet machine); a page with only Office.js: ${result.officeJsMs.toFixed(0)} ms`,
    );
    console.log(`RATIO pane-tti-vs-officejs ${(result.ttiMs / result.officeJsMs).toFixed(3)}`);
    console.log(`RATIO pane-boot-js-brotli-vs-budget ${(result.brKb / PANE_BOOT_GOAL_KB).toFixed(3)}`);
    console.log(`RATIO pane-boot-js-gzip-vs-budget ${(result.gzipKb / PANE_BOOT_GOAL_KB).toFixed(3)}`);
    console.log(`PANE_JS_BROTLI_KB ${result.brKb.toFixed(1)}`);
    console.log(`PANE_JS_GZIP_KB ${result.gzipKb.toFixed(1)}`);
    console.log(`PANE_TTI_MS ${result.ttiMs.toFixed(0)}`);
    console.log(`OFFICE_JS_ONLY_MS ${result.officeJsMs.toFixed(0)}`);
    return result;
  } finally {
    await browser.close();
    await server.stop();
  }
}
