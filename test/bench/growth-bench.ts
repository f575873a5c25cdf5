// Flat growth (issue 14, goal 1): the pane's and the log's hot requests timed at 1k entries and
// again at 50k in the same tenant; `RATIO <name>-growth-50k-vs-1k` is p50 at 50k ÷ p50 at 1k.
// The log is seeded straight through the interactions component's bulk insert (what segment
// logging uses), contacts through the API's batch import (one contact per ten entries).
import { randomUUID } from 'node:crypto';
import { interactionLogEntries, type KeyedDraft } from '../../server/src/interactions';
import { statisticsSettled } from '../../server/src/statistics';
import type { ApiClient, startTestApp } from '../support/test-app';

const SMALL = Number(process.env.BENCH_GROWTH_SMALL ?? 1_000);
const LARGE = Number(process.env.BENCH_GROWTH_LARGE ?? 50_000);
const SAMPLES = Number(process.env.BENCH_GROWTH_SAMPLES ?? 9);
const TENANT = 'growth-tenant';
const BATCH = 1000;
const contactNo = (i: number) => `G${String(i).padStart(7, '0')}`;
const email = (i: number) => `g${i}@growth.example`;
const messageId = (i: number) => `<seed-${i}@growth.example>`;

async function must(res: Promise<{ status: number; body: any }>) {
  const r = await res;
  if (r.status >= 300) throw new Error(`${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

async function addContacts(api: ApiClient, from: number, to: number) {
  for (let start = from; start < to; start += BATCH) {
    const contacts = Array.from({ length: Math.min(BATCH, to - start) }, (_, k) => ({
      no: contactNo(start + k),
      name: `Growth ${start + k}`,
      email: email(start + k),
    }));
    await must(api.post('/contacts/batch', { contacts }));
  }
}

/** Entries from..to, round-robin over the contacts, every other one on the second template. */
async function addEntries(model: KeyedDraft['draft'], contacts: number, from: number, to: number) {
  for (let start = from; start < to; start += BATCH) {
    const drafts = Array.from({ length: Math.min(BATCH, to - start) }, (_, k): KeyedDraft => {
      const i = start + k;
      return {
        requestKey: `seed:${i}`,
        draft: {
          ...model,
          contactNo: contactNo(i % contacts),
          contactName: `Growth ${i % contacts}`,
          templateCode: i % 2 ? 'CALL' : 'MAILING',
          subject: `Seed ${i}`,
          source: { type: 'email', internetMessageId: messageId(i) },
        },
      };
    });
    await interactionLogEntries.insertNumbered(TENANT, drafts);
  }
}

async function p50(run: (i: number) => Promise<{ status: number; body: any }>) {
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const t0 = performance.now();
    await must(run(i));
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

function requests(api: ApiClient, entries: number, contacts: number) {
  const pick = (i: number) => (i * 7919) % entries;
  return {
    'post-interactions': () =>
      api.post('/interactions', { contactNo: contactNo(0), templateCode: 'MAILING', subject: 'Growth' }),
    'post-interactions-pane': () =>
      api.post(
        '/interactions',
        {
          contactNo: contactNo(1),
          templateCode: 'MAILING',
          subject: 'Growth from the pane',
          source: { type: 'email', internetMessageId: `<${randomUUID()}@growth.example>` },
        },
        { 'Idempotency-Key': randomUUID() },
      ),
    'already-recorded': (i: number) =>
      api.get(`/interaction-log-entries?internetMessageId=${encodeURIComponent(messageId(pick(i)))}`),
    'contacts-by-email': (i: number) => api.get(`/contacts?email=${encodeURIComponent(email(pick(i) % contacts))}`),
    timeline: (i: number) => api.get(`/interaction-log-entries?contactNo=${contactNo(pick(i) % contacts)}&limit=50`),
    'log-filter': () => api.get('/interaction-log-entries?templateCode=CALL&limit=50'),
  };
}

async function measure(api: ApiClient, entries: number, contacts: number) {
  const result: Record<string, number> = {};
  for (const [name, run] of Object.entries(requests(api, entries, contacts))) result[name] = await p50(run);
  console.log(
    `  at ${entries} entries: ${Object.entries(result)
      .map(([name, ms]) => `${name} ${ms.toFixed(1)} ms`)
      .join(', ')}`,
  );
  return result;
}

export async function growthBench(app: Awaited<ReturnType<typeof startTestApp>>) {
  const api = await app.as({ tid: TENANT });
  for (const code of ['MAILING', 'CALL'])
    await must(
      api.post('/interaction-templates', { code, description: `Growth ${code}`, correspondenceType: 'email' }),
    );
  await addContacts(api, 0, SMALL / 10);
  const model = await must(api.post('/interactions', { contactNo: contactNo(0), templateCode: 'MAILING' }));
  const { entryNo: _no, createdAt: _at, ...draft } = model;
  await addEntries(draft, SMALL / 10, 0, SMALL);
  // Measured once the statistics of the seeded entries are folded: not beside the fold, at either size.
  await statisticsSettled();
  const small = await measure(api, SMALL, SMALL / 10);
  const t0 = performance.now();
  await addContacts(api, SMALL / 10, LARGE / 10);
  await addEntries(draft, LARGE / 10, SMALL, LARGE);
  console.log(`  grew to ${LARGE} entries in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await statisticsSettled();
  const large = await measure(api, LARGE, LARGE / 10);
  const label = `${Math.round(LARGE / 1000)}k-vs-${Math.round(SMALL / 1000)}k`;
  for (const name of Object.keys(small))
    console.log(`RATIO ${name}-growth-${label} ${(large[name]! / small[name]!).toFixed(3)}`);
}
