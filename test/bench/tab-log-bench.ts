// Logging a large segment from the Teams tab: the same segment size logged straight through
// the API is the baseline; the tab adds its progress polling. Also the longest gap between
// animation frames while it runs (the page must stay responsive).
import { join } from 'node:path';
import { createClient, type ApiClient } from '../support/test-app';
import { startServerProcess } from '../support/server-process';
import { launchBrowser, newPageOn } from '../support/browser';

const root = join(__dirname, '..', '..');
const LINES = Number(process.env.BENCH_TAB_LINES ?? 100_000);
const BATCH = 1000;
const FRAME_BUDGET_MS = 100;

async function must(res: Promise<{ status: number; body: any }>) {
  const r = await res;
  if (r.status >= 300) throw new Error(`${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

async function segmentOfAll(api: ApiClient, no: string) {
  await must(api.post('/segments', { no, description: `Bench ${no}`, interaction: { templateCode: 'EMAIL' } }));
  const { noOfLines } = await must(
    api.post(`/segments/${no}/add-contacts`, { filter: { emailDomain: 'tabbench.example' } }),
  );
  if (noOfLines !== LINES) throw new Error(`segment ${no} has ${noOfLines} lines`);
}

export async function tabLogBench() {
  const server = await startServerProcess({ dbName: 'bench_tab', env: { WEB_ROOT: join(root, 'dist') } });
  const origin = new URL(server.baseUrl).origin;
  const browser = await launchBrowser();
  try {
    const { accessToken } = await must(createClient(server.baseUrl, null).post('/local/token', {}));
    const api = createClient(server.baseUrl, accessToken);
    for (let start = 0; start < LINES; start += BATCH) {
      const contacts = Array.from({ length: Math.min(BATCH, LINES - start) }, (_, i) => ({
        no: `TB${String(start + i).padStart(7, '0')}`,
        name: `Tab bench ${start + i}`,
        email: `t${start + i}@tabbench.example`,
      }));
      await must(api.post('/contacts/batch', { contacts }));
    }
    await segmentOfAll(api, 'BENCHAPI');
    const t0 = performance.now();
    await must(api.post('/segments/BENCHAPI/log', {}));
    const apiMs = performance.now() - t0;

    await segmentOfAll(api, 'BENCHTAB');
    const { context, page } = await newPageOn(browser, origin, { width: 1280, height: 900 });
    await page.goto(`${origin}/teams/preview.html?page=tab&lang=en&theme=light`);
    const tab = page.getByTestId('marketing-tab');
    await tab.getByRole('button', { name: 'BENCHTAB' }).click();
    await tab.getByRole('button', { name: 'Log', exact: true }).click();
    // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
    await page.evaluate(`(() => {
      window.gap = 0;
      window.watching = true;
      let last = performance.now();
      const tick = (now) => {
        window.gap = Math.max(window.gap, now - last);
        last = now;
        if (window.watching) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    // The dialog's Log button waits for the log preview, which walks every line (see README, Known limits).
    const tDialog = performance.now();
    const logButton = page.getByRole('alertdialog').getByRole('button', { name: /^Log [\d,]+ interactions$/ });
    await logButton.click({ timeout: 10 * 60_000 });
    const previewMs = performance.now() - tDialog;
    const t1 = performance.now();
    const progress = page.getByRole('alertdialog').getByText(/^Recorded [\d,]+ of [\d,]+$/);
    const finished = tab.getByText(/logged: [\d,]+ interactions recorded/);
    const seen = new Set<string>();
    while (!(await finished.isVisible())) {
      const text = await progress.textContent({ timeout: 500 }).catch(() => null);
      if (text) seen.add(text);
      await page.waitForTimeout(250);
    }
    const tabMs = performance.now() - t1;
    const gap = await page.evaluate<number>('(() => { window.watching = false; return window.gap; })()');
    await context.close();
    const count = (await must(api.get('/interaction-log-entries/count?segmentNo=BENCHTAB'))).count;
    if (count !== LINES) throw new Error(`the tab logged ${count} of ${LINES}`);

    console.log(
      `  ${LINES} lines: API log ${(apiMs / 1000).toFixed(1)} s, from the tab ${(tabMs / 1000).toFixed(1)} s, ${seen.size} distinct progress readings, longest frame gap ${gap.toFixed(0)} ms; the dialog's Log button enabled after ${(previewMs / 1000).toFixed(1)} s (its log preview)`,
    );
    console.log(`RATIO tab-log-vs-api-log ${(apiMs / tabMs).toFixed(3)}`);
    console.log(`RATIO tab-frame-budget-vs-longest-gap ${(FRAME_BUDGET_MS / gap).toFixed(3)}`);
    console.log(`PROGRESS_READINGS tab-log ${seen.size}`);
    console.log(`TAB_LOG_PREVIEW_MS ${previewMs.toFixed(0)}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}
