// The Outlook pane's load budget: gzipped JS of the pane page and its time to interactive in
// headless Chromium, each as a ratio against the budget (≥ 1 meets it), plus the floor that
// Office.js alone costs in the same run.
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { startServerProcess } from '../support/server-process';
import { launchBrowser, newPageOn } from '../support/browser';

const root = join(__dirname, '..', '..');
const RUNS = Number(process.env.BENCH_PANE_RUNS ?? 7);
const BUDGET_KB = 250;
const BUDGET_MS = 500;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const newPage = (browser: Browser, origin: string) => newPageOn(browser, origin, { width: 360, height: 800 });

async function paneJsGzipKb(browser: Browser, origin: string): Promise<number> {
  const { context, page } = await newPage(browser, origin);
  const scripts: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith(`${origin}/assets/`) && response.url().endsWith('.js'))
      scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
  });
  await page.goto(`${origin}/taskpane.html`, { waitUntil: 'networkidle' });
  const total = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
  await context.close();
  return total / 1024;
}

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
    const kb = await paneJsGzipKb(browser, origin);
    const officeOnly = `${origin}/bench-office-only.html`;
    const floor: number[] = [];
    const tti: number[] = [];
    const paneReady = () => {
      const button = [...document.querySelectorAll('button')].find((b) =>
        /Record for 1 contact/.test(b.textContent ?? ''),
      );
      const template = document.querySelector('[role="combobox"]')?.textContent ?? '';
      return !!button && !button.hasAttribute('disabled') && template.includes('EMAIL');
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
    const result = { kb, ttiMs: median(tti), officeFloorMs: median(floor) };
    console.log(`  pane JS (gzip, our bundles, Office.js excluded): ${kb.toFixed(1)} KB (budget ${BUDGET_KB} KB)`);
    console.log(
      `  time to interactive (preview, inbound email, template and contact loaded): median ${result.ttiMs.toFixed(0)} ms of ${RUNS} (budget ${BUDGET_MS} ms); Office.js alone: ${result.officeFloorMs.toFixed(0)} ms`,
    );
    console.log(`RATIO pane-js-budget-vs-size ${(BUDGET_KB / kb).toFixed(3)}`);
    console.log(`RATIO pane-tti-budget-vs-measured ${(BUDGET_MS / result.ttiMs).toFixed(3)}`);
    console.log(`RATIO pane-tti-office-floor-vs-measured ${(result.officeFloorMs / result.ttiMs).toFixed(3)}`);
    console.log(`PANE_JS_GZIP_KB ${kb.toFixed(1)}`);
    console.log(`PANE_TTI_MS ${result.ttiMs.toFixed(0)}`);
    return result;
  } finally {
    await browser.close();
    await server.stop();
  }
}
