// Export (issue 16, point 4): the interaction log exported as CSV and as xlsx at 10k entries and
// again at 100k in the same tenant; rows/s of each, and the live heap's growth while it streams
// (sampled after full collections). Baseline in the same run: a bare driver cursor reading the same
// entries. `RATIO export-heap-100k-vs-10k` near 1 is flat memory.
import mongoose from 'mongoose';
import { interactionLogEntries, type KeyedDraft } from '../../server/src/interactions';
import { heapGrowthDuring } from '../support/heap-sampler';
import type { ApiClient, startTestApp } from '../support/test-app';

const SMALL = Number(process.env.BENCH_EXPORT_SMALL ?? 10_000);
const LARGE = Number(process.env.BENCH_EXPORT_LARGE ?? 100_000);
const TENANT = 'export-tenant';
const BATCH = 1000;
/** Heap growth below this counts as this much in the ratio (a few hundred KB of noise is not a trend). */
const HEAP_FLOOR_MB = 1;

async function must(res: Promise<{ status: number; body: any }>) {
  const r = await res;
  if (r.status >= 300) throw new Error(`${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

async function addEntries(model: KeyedDraft['draft'], from: number, to: number) {
  for (let start = from; start < to; start += BATCH) {
    const drafts = Array.from({ length: Math.min(BATCH, to - start) }, (_, k) => ({
      requestKey: `export-seed:${start + k}`,
      draft: { ...model, subject: `Export seed ${start + k}`, evaluation: 'positive' as const },
    }));
    await interactionLogEntries.insertNumbered(TENANT, drafts);
  }
}

/** The export read to its end as a browser saving it would, counting its bytes. */
async function download(api: ApiClient, format: 'csv' | 'xlsx'): Promise<number> {
  const res = await fetch(`${api.baseUrl}/interaction-log-entries/export?format=${format}`, {
    headers: { authorization: `Bearer ${api.token}` },
  });
  if (res.status !== 200) throw new Error(`export answered ${res.status}`);
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
  return bytes;
}

/** Every entry of the tenant, newest first, through the driver alone: what reading the rows costs at least. */
async function bareCursor(): Promise<number> {
  const cursor = mongoose.connection
    .db!.collection('interaction_log_entries')
    .find({ tenantId: TENANT, deleted: false, postponed: false })
    .sort({ entryNo: -1 })
    .batchSize(BATCH);
  let rows = 0;
  for await (const _doc of cursor) rows++;
  return rows;
}

async function timed(rows: number, work: () => Promise<unknown>) {
  const t0 = performance.now();
  const { growthMb } = await heapGrowthDuring(work, 1000);
  return { rowsPerS: rows / ((performance.now() - t0) / 1000), heapMb: growthMb };
}

async function measure(api: ApiClient, rows: number) {
  // Not timed: the first read after the bulk insert is slower (the database settles its writes), whichever runs it.
  await bareCursor();
  const result = {
    csv: await timed(rows, () => download(api, 'csv')),
    xlsx: await timed(rows, () => download(api, 'xlsx')),
    bare: await timed(rows, bareCursor),
  };
  console.log(
    `  at ${rows} entries: ${Object.entries(result)
      .map(([name, r]) => `${name} ${r.rowsPerS.toFixed(0)} rows/s, heap +${r.heapMb.toFixed(1)} MB`)
      .join('; ')}`,
  );
  return result;
}

export async function exportBench(app: Awaited<ReturnType<typeof startTestApp>>) {
  const api = await app.as({ tid: TENANT });
  await must(api.post('/interaction-templates', { code: 'EXPORT', description: 'Export', unitCost: 1.5 }));
  await must(api.post('/contacts', { no: 'EXPORTC', name: 'Export Contact', email: 'export@bench.example' }));
  const model = await must(api.post('/interactions', { contactNo: 'EXPORTC', templateCode: 'EXPORT' }));
  const { entryNo: _no, createdAt: _at, ...draft } = model;
  await addEntries(draft, 1, SMALL);
  const small = await measure(api, SMALL);
  await addEntries(draft, SMALL, LARGE);
  const large = await measure(api, LARGE);
  const label = `${Math.round(LARGE / 1000)}k`;
  const heap = (r: typeof small) => Math.max(r.csv.heapMb, r.xlsx.heapMb, HEAP_FLOOR_MB);
  for (const format of ['csv', 'xlsx'] as const) {
    console.log(`ROWS_PER_S export-${format}-${label} ${large[format].rowsPerS.toFixed(0)}`);
    console.log(`HEAP_MB export-${format}-${label} ${large[format].heapMb.toFixed(1)}`);
    console.log(
      `RATIO export-${format}-vs-bare-cursor-${label} ${(large[format].rowsPerS / large.bare.rowsPerS).toFixed(3)}`,
    );
  }
  console.log(`RATIO export-heap-${label}-vs-${Math.round(SMALL / 1000)}k ${(heap(large) / heap(small)).toFixed(3)}`);
}
