import mongoose from 'mongoose';
import type { ApiClient } from '../support/test-app';
import { statisticsSettled } from '../../server/src/statistics';
import { segmentLineRepository } from '../../server/src/segments/data-access/segment-line-repository';
import { heapGrowthDuring, liveHeap } from '../support/heap-sampler';
import { survivorProfile } from './survivor-profile';

const TENANT = 'bench-tenant';

const BATCH = 1000;
const seconds = (ms: number) => (ms / 1000).toFixed(2);

async function must(res: Promise<{ status: number; body: any }>) {
  const r = await res;
  if (r.status >= 300) throw new Error(`${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/**
 * A segment of `lines` lines made through the API, its lines seeded in bulk through the line
 * repository (bench only: the lines add-contacts would write, each with its contact's snapshot,
 * counted on the header as any line write is; the contacts themselves are not needed to log).
 * Through the API (contact import, then add-contacts) 100,000 lines took over 10 minutes here.
 */
async function buildSegment(api: ApiClient, lines: number, label: string): Promise<string> {
  const no = `BENCH${label}`;
  await must(
    api.post('/segments', {
      no,
      description: 'Bench segment',
      interaction: { templateCode: 'MAILING', subject: 'Hi' },
    }),
  );
  for (let start = 0; start < lines; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, lines - start) }, (_, i) => ({
      contactNo: `${label}${String(start + i).padStart(7, '0')}`,
      contactName: `Person ${start + i}`,
      contactCompanyNo: '',
      overrides: {},
      addedInStep: 0,
    }));
    await segmentLineRepository.insertLines(TENANT, no, batch);
  }
  return no;
}

/**
 * The same documents the log wrote, inserted with the raw driver in the same batch size into a
 * collection with the same indexes.
 */
async function rawInsertBaseline(loggedSegmentEntryNo: number): Promise<number> {
  const db = mongoose.connection.db!;
  const source = db.collection('interaction_log_entries');
  const target = db.collection('bench_raw_entries');
  await target.drop().catch(() => undefined);
  for (const index of await source.indexes()) {
    if (index.name === '_id_') continue;
    await target.createIndex(index.key, { unique: index.unique ?? false, name: index.name });
  }
  const docs = await source.find({ loggedSegmentEntryNo }).toArray();
  const copies = docs.map((d, i) => ({ ...d, _id: `raw:${i}`, entryNo: 10_000_000 + i, requestKey: `raw:${i}` }));
  docs.length = 0;
  const t0 = performance.now();
  for (let i = 0; i < copies.length; i += BATCH)
    await target.insertMany(copies.slice(i, i + BATCH) as never[], { ordered: false });
  const elapsed = performance.now() - t0;
  await target.drop();
  return elapsed;
}

/** The segment's lines go after the answer; the baseline must not run beside their removal. */
async function waitForLineRemoval(loggedSegmentEntryNo: number): Promise<number> {
  const t0 = performance.now();
  const loggedSegments = mongoose.connection.db!.collection('logged_segments');
  const pending = () => loggedSegments.findOne({ tenantId: TENANT, entryNo: loggedSegmentEntryNo });
  while ((await pending())?.linesToRemove) {
    if (performance.now() - t0 > 10 * 60_000) throw new Error('the lines were not removed within 10 minutes');
    await new Promise((r) => setTimeout(r, 100));
  }
  return performance.now() - t0;
}

export interface SegmentLogFigures {
  lines: number;
  ratio: number;
  /** Peak heapUsed growth while logging (sampled every 50 ms, no collection forced): garbage waiting for V8 counts. */
  heapMb: number;
  /** Growth left after a full collection once the run, its line removal and its statistics are over. */
  liveMb: number;
  /** Peak live heap growth while logging another segment of the same size (sampled after full collections). */
  livePeakMb: number;
}

/** Runs `work`, sampling heapUsed every 50 ms without forcing a collection: the peak growth in MB. */
async function heapPeakDuring<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 50);
  try {
    const result = await work();
    return { result, growthMb: (peak - before) / 1e6 };
  } finally {
    clearInterval(sampler);
  }
}

type Measure = (work: () => Promise<{ loggedSegmentEntryNo: number }>) => Promise<{
  result: { loggedSegmentEntryNo: number };
  growthMb: number;
}>;

/** Builds a segment of `lines` lines and logs it under `measure`; waits for its line removal and statistics. */
export async function logSegmentOnce(api: ApiClient, lines: number, label: string, measure: Measure) {
  // What an earlier bench left to fold (the POST bench's entries) must not run beside the log either.
  await statisticsSettled();
  const t0 = performance.now();
  const segmentNo = await buildSegment(api, lines, label);
  console.log(`  built a ${lines}-line segment in ${seconds(performance.now() - t0)} s`);
  const t1 = performance.now();
  const { result, growthMb } = await measure(async () => {
    const body = await must(api.post(`/segments/${segmentNo}/log`, {}));
    if (body.noOfInteractions !== lines) throw new Error(`logged ${body.noOfInteractions} of ${lines}`);
    return body;
  });
  const logMs = performance.now() - t1;
  console.log(`  logged in ${seconds(logMs)} s; waiting for the line removal and the statistics after the answer`);
  const removalMs = await waitForLineRemoval(result.loggedSegmentEntryNo);
  // The statistics fold the entries after the answer: the baseline must not run beside that either.
  const t2 = performance.now();
  await statisticsSettled();
  const foldMs = performance.now() - t2;
  console.log(
    `  its lines removed ${seconds(removalMs)} s after the answer, statistics folded ${seconds(foldMs)} s after that`,
  );
  return { loggedSegmentEntryNo: result.loggedSegmentEntryNo, logMs, growthMb };
}

/**
 * Builds a segment of `lines` lines, logs it (timing it and sampling the heap), then times raw
 * insertMany; then logs another segment of the same size sampling the live heap.
 */
export async function segmentLogBench(api: ApiClient, lines: number, label: string): Promise<SegmentLogFigures> {
  const heapBefore = liveHeap();
  const profile = process.env.BENCH_HEAP_PROFILE;
  const run = await logSegmentOnce(api, lines, label, (work) =>
    heapPeakDuring(profile ? () => survivorProfile(`${profile}-${lines}.heapprofile`, work) : work),
  );
  const liveMb = (liveHeap() - heapBefore) / 1e6;
  const rawMs = await rawInsertBaseline(run.loggedSegmentEntryNo);
  const ratio = rawMs / run.logMs;
  const heapMb = run.growthMb;
  console.log(
    `  log segment: ${seconds(run.logMs)} s (${Math.round(lines / (run.logMs / 1000))} entries/s); raw insertMany: ` +
      `${seconds(rawMs)} s; heap growth while logging ${heapMb.toFixed(1)} MB at its peak, ` +
      `${liveMb.toFixed(1)} MB live after`,
  );
  console.log(`  ratio (raw time / log time, target >= 0.7): ${ratio.toFixed(2)}`);
  console.log(`  again, the live heap sampled after full collections every 400 ms:`);
  const live = await logSegmentOnce(api, lines, `${label}L`, (work) => heapGrowthDuring(work));
  const livePeakMb = (live.growthMb * 2 ** 20) / 1e6;
  console.log(`  live heap growth while logging ${livePeakMb.toFixed(1)} MB at its peak`);
  return { lines, ratio, heapMb, liveMb, livePeakMb };
}

/** Segment logging at 20k lines and at `lines` (the embedded database's 100k by default): ratios and heap growth. */
export async function segmentLogBenches(api: ApiClient, lines: number): Promise<SegmentLogFigures[]> {
  const sizes = [...new Set([Math.min(20_000, lines), lines])];
  const figures: SegmentLogFigures[] = [];
  for (const [i, size] of sizes.entries()) {
    console.log(`Segment logging (${size} lines, batch ${BATCH})`);
    figures.push(await segmentLogBench(api, size, `S${i}`));
  }
  return figures;
}

export function printSegmentLogFigures(figures: SegmentLogFigures[]) {
  const k = (lines: number) => `${Math.round(lines / 1000)}k`;
  const largest = figures[figures.length - 1]!;
  console.log(`RATIO segment-log-vs-insertMany ${largest.ratio.toFixed(3)}`);
  for (const f of figures) console.log(`RATIO segment-log-vs-insertMany-${k(f.lines)} ${f.ratio.toFixed(3)}`);
  for (const f of figures) console.log(`HEAP_MB segment-log-${k(f.lines)} ${f.heapMb.toFixed(1)}`);
  for (const f of figures) console.log(`HEAP_LIVE_MB segment-log-${k(f.lines)} ${f.liveMb.toFixed(1)}`);
  for (const f of figures) console.log(`HEAP_LIVE_PEAK_MB segment-log-${k(f.lines)} ${f.livePeakMb.toFixed(1)}`);
}
