// Statistics on the records (issue 16, point 1): reading a record's statistics against reading the
// record, p50 of sequential requests, at the largest entry count the bench builds (the export
// bench's 100k entries of one contact and one template: every entry counts for the record read).
// `RATIO statistics-read-vs-record-read` near 1: the statistics cost one document read too.
import { interactionLogEntries, type KeyedDraft } from '../../server/src/interactions';
import type { ApiClient, startTestApp } from '../support/test-app';

const ENTRIES = Number(process.env.BENCH_STATISTICS_ENTRIES ?? 100_000);
const SAMPLES = Number(process.env.BENCH_STATISTICS_SAMPLES ?? 21);
const BATCH = 1000;

export interface SeededRecords {
  tenant: string;
  contactNo: string;
  templateCode: string;
}

async function must(res: Promise<{ status: number; body: any }>) {
  const r = await res;
  if (r.status >= 300) throw new Error(`${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** Run alone (BENCH_ONLY=statistics): a tenant of its own with ENTRIES entries of one contact and template. */
async function seed(app: Awaited<ReturnType<typeof startTestApp>>): Promise<SeededRecords> {
  const records = { tenant: 'statistics-tenant', contactNo: 'STATC', templateCode: 'STAT' };
  const api = await app.as({ tid: records.tenant });
  await must(api.post('/interaction-templates', { code: 'STAT', description: 'Statistics', unitCost: 1.5 }));
  await must(api.post('/contacts', { no: 'STATC', name: 'Statistics Contact', email: 'stat@bench.example' }));
  const model = await must(api.post('/interactions', { contactNo: 'STATC', templateCode: 'STAT' }));
  const { entryNo: _no, createdAt: _at, ...draft } = model;
  for (let start = 1; start < ENTRIES; start += BATCH) {
    const drafts = Array.from({ length: Math.min(BATCH, ENTRIES - start) }, (_, k): KeyedDraft => ({
      requestKey: `stat-seed:${start + k}`,
      draft: { ...draft, evaluation: (start + k) % 3 ? 'positive' : 'negative' },
    }));
    await interactionLogEntries.insertNumbered(records.tenant, drafts);
  }
  return records;
}

async function p50(run: () => Promise<{ status: number; body: any }>) {
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const t0 = performance.now();
    await must(run());
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

async function pair(api: ApiClient, name: string, record: string, statistics: string) {
  const recordMs = await p50(() => api.get(record));
  const statisticsMs = await p50(() => api.get(statistics));
  console.log(
    `  ${name}: record read p50 ${recordMs.toFixed(2)} ms, statistics read p50 ${statisticsMs.toFixed(2)} ms`,
  );
  return statisticsMs / recordMs;
}

export async function statisticsBench(app: Awaited<ReturnType<typeof startTestApp>>, seeded?: SeededRecords) {
  const records = seeded ?? (await seed(app));
  const api = await app.as({ tid: records.tenant });
  const t0 = performance.now();
  const first = await must(api.get(`/statistics/contacts/${records.contactNo}`));
  const { count } = await must(api.get(`/interaction-log-entries/count?contactNo=${records.contactNo}`));
  console.log(
    `  ${first.noOfInteractions} interactions counted (the log counts ${count}); the first read, ` +
      `waiting for the folds still running after the seeding, took ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const contact = await pair(
    api,
    `contact ${records.contactNo}`,
    `/contacts/${records.contactNo}`,
    `/statistics/contacts/${records.contactNo}`,
  );
  const template = await pair(
    api,
    `template ${records.templateCode}`,
    `/interaction-templates/${records.templateCode}`,
    `/statistics/interaction-templates/${records.templateCode}`,
  );
  const label = `${Math.round(first.noOfInteractions / 1000)}k`;
  console.log(`RATIO statistics-read-vs-record-read ${Math.max(contact, template).toFixed(3)}`);
  console.log(`RATIO statistics-contact-read-vs-record-read-${label} ${contact.toFixed(3)}`);
  console.log(`RATIO statistics-template-read-vs-record-read-${label} ${template.toFixed(3)}`);
}
