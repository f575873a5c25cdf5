// The Teams tab's interaction log (issue 14, goal 5): the time from opening the log to its first page of
// rows painted, with 1k entries and again with 50k in the same tenant; `RATIO tab-log-paint-50k-vs-1k`
// is the median at 50k ÷ the median at 1k (goal ≤ 1.5). Entries are seeded through the interactions
// component's bulk insert (what segment logging uses) into the demo tenant the pages sign in to.
import { interactionLogEntries, type KeyedDraft } from '../../server/src/interactions';
import { DEMO_TENANT_ID } from '../../server/src/lib/auth/local-token-issuer';
import { launchBrowser, newPageOn } from '../support/browser';
import { startWebApp, type WebApp } from '../support/web-app';
import type { Browser } from 'playwright-core';

const SMALL = Number(process.env.BENCH_GROWTH_SMALL ?? 1_000);
const LARGE = Number(process.env.BENCH_GROWTH_LARGE ?? 50_000);
const RUNS = Number(process.env.BENCH_TAB_PAINT_RUNS ?? 5);
const BATCH = 1000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function addEntries(draft: KeyedDraft['draft'], from: number, to: number) {
  for (let start = from; start < to; start += BATCH) {
    const drafts = Array.from({ length: Math.min(BATCH, to - start) }, (_, k): KeyedDraft => ({
      requestKey: `paint-seed:${start + k}`,
      draft: { ...draft, subject: `Paint seed ${start + k}` },
    }));
    await interactionLogEntries.insertNumbered(DEMO_TENANT_ID, drafts);
  }
}

/** Milliseconds from a click on the log's tab to its first row on screen, in a freshly opened tab. */
async function logPaintMs(browser: Browser, web: WebApp): Promise<number> {
  const { context, page } = await newPageOn(browser, web.origin, { width: 1366, height: 1000 });
  await page.goto(`${web.origin}/teams/preview.html?page=tab&lang=en&theme=light`);
  const tab = page.getByTestId('marketing-tab');
  await tab.getByRole('tab').nth(2).waitFor();
  const start = await page.evaluate(() => performance.now());
  await tab.getByRole('tab').nth(2).click();
  await tab
    .getByTestId(/^log-entry-/)
    .first()
    .waitFor();
  const painted = await page.evaluate(
    () => new Promise<number>((ok) => requestAnimationFrame(() => ok(performance.now()))),
  );
  await context.close();
  return painted - start;
}

async function measure(browser: Browser, web: WebApp, entries: number) {
  await logPaintMs(browser, web);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await logPaintMs(browser, web));
  const ms = median(times);
  console.log(`  at ${entries} entries: the log's first page painted in ${ms.toFixed(0)} ms (median of ${RUNS})`);
  return ms;
}

export async function tabLogPaintBench() {
  const web = await startWebApp('bench_tab_paint');
  const browser = await launchBrowser();
  try {
    const contact = (await web.api.get('/contacts?limit=1')).body.items[0];
    const model = await web.api.post('/interactions', { contactNo: contact.no, templateCode: 'EMAIL' });
    if (model.status !== 201) throw new Error(`${model.status} ${JSON.stringify(model.body)}`);
    const { entryNo: _no, createdAt: _at, ...draft } = model.body;
    await addEntries(draft, 1, SMALL);
    const small = await measure(browser, web, SMALL);
    await addEntries(draft, SMALL, LARGE);
    const large = await measure(browser, web, LARGE);
    console.log(
      `RATIO tab-log-paint-${Math.round(LARGE / 1000)}k-vs-${Math.round(SMALL / 1000)}k ${(large / small).toFixed(3)}`,
    );
    return { small, large };
  } finally {
    await browser.close();
    await web.stop();
  }
}
