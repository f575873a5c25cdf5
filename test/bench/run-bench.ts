import { startTestApp } from '../support/test-app';

import { paneBench } from './pane-bench';
import { tabLogBench } from './tab-log-bench';
import { tabLogPaintBench } from './tab-log-paint-bench';
import { growthBench } from './growth-bench';
import { exportBench } from './export-bench';
import { statisticsBench } from './statistics-bench';
import { printSegmentLogFigures, segmentLogBenches } from './segment-log-bench';
import { postInteractionsBench } from './post-interactions-bench';

const LINES = Number(process.env.BENCH_SEGMENT_LINES ?? 100_000);
const BATCH = Number(process.env.BENCH_SEGMENT_BATCH ?? 1000);

async function must(res: Promise<{ status: number; body: any }>) {
  const r = await res;
  if (r.status >= 300) throw new Error(`${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

const ONLY = process.env.BENCH_ONLY ?? '';

async function main() {
  if (ONLY === '' || ONLY === 'web') {
    console.log('Outlook pane load (headless Chromium)');
    await paneBench();
  }
  if (ONLY === '' || ONLY === 'tab') {
    console.log(
      `Logging a large segment from the Teams tab (headless Chromium, ${process.env.BENCH_TAB_LINES ?? 100_000} lines)`,
    );
    await tabLogBench();
  }
  if (ONLY === '' || ONLY === 'tab' || ONLY === 'tab-paint') {
    console.log("Teams tab: the interaction log's first page at 1k and at 50k entries (headless Chromium)");
    await tabLogPaintBench();
  }
  if (ONLY === 'web' || ONLY === 'tab' || ONLY === 'tab-paint') return;
  const app = await startTestApp({ label: 'bench', config: { segmentLog: { batchSize: BATCH, leaseMs: 15000 } } });
  const api = await app.as({ tid: 'bench-tenant' });
  try {
    if (ONLY === '' || ONLY === 'growth') {
      console.log('Growth: the hot requests at 1k and at 50k entries (p50 of sequential requests)');
      await growthBench(app);
    }
    if (ONLY === '' || ONLY === 'export') {
      console.log('Export: the interaction log as CSV and xlsx at 10k and at 100k entries (rows/s, heap growth)');
      await exportBench(app);
    }
    if (ONLY === '' || ONLY === 'export' || ONLY === 'statistics') {
      console.log(
        "Statistics: a record's statistics read against the record read (p50), on the export bench's entries",
      );
      await statisticsBench(
        app,
        ONLY === 'statistics' ? undefined : { tenant: 'export-tenant', contactNo: 'EXPORTC', templateCode: 'EXPORT' },
      );
    }
    if (ONLY === 'growth' || ONLY === 'export' || ONLY === 'statistics') return;
    await must(
      api.post('/interaction-templates', {
        code: 'MAILING',
        description: 'Spring mailing',
        unitCost: 0.5,
        unitDurationMin: 1,
        correspondenceType: 'email',
      }),
    );
    if (ONLY === 'segment') return printSegmentLogFigures(await segmentLogBenches(api, LINES));
    console.log('POST /interactions against a bare insertOne route (before the large segment is loaded)');
    await must(api.post('/contacts', { no: 'HOTCONTACT', name: 'Hot Contact', email: 'hot@elsewhere.example' }));
    const post = await postInteractionsBench(api, app.baseUrl);
    const seg = await segmentLogBenches(api, LINES);
    printSegmentLogFigures(seg);
    console.log(`RATIO post-interactions-vs-bare-insert ${post.ratio.toFixed(3)}`);
    console.log(`P99_MS post-interactions ${post.p99}`);
    console.log(`RATIO post-interactions-p99-vs-bare-insert ${post.p99Ratio.toFixed(3)}`);
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
