import { interactionLogEntries, type KeyedDraft } from '..';
import { startTestApp } from '../../../../test/support/test-app';
import { testTenant, type TestTenant } from '../../../../test/support/test-tenant';
import { heapGrowthDuring } from '../../../../test/support/heap-sampler';

const ENTRIES = 6_000;
const BATCH = 1000;
/** What the heap may rise by while an export runs: far below what holding every row (and the file) takes. */
const HEAP_BUDGET_MB = 16;

let app: Awaited<ReturnType<typeof startTestApp>>;
let tenant: TestTenant;

beforeAll(async () => {
  app = await startTestApp({ label: 'log-export-size' });
  tenant = await testTenant(app);
  const contact = await tenant.make.contact({ name: 'Bulk Contact' });
  const template = await tenant.make.template();
  const model = await tenant.make.interaction({ contactNo: contact.no, templateCode: template.code });
  const {
    entryNo: _no,
    createdAt: _at,
    ...draft
  } = model as unknown as KeyedDraft['draft'] & {
    entryNo: number;
    createdAt: string;
  };
  for (let start = 0; start < ENTRIES - 1; start += BATCH) {
    const drafts = Array.from({ length: Math.min(BATCH, ENTRIES - 1 - start) }, (_, k) => ({
      requestKey: `bulk:${start + k}`,
      draft: { ...draft, subject: `Bulk ${start + k} ${'x'.repeat(240)}` },
    }));
    await interactionLogEntries.insertNumbered(tenant.tid, drafts);
  }
}, 600_000);
afterAll(() => app.stop(), 120_000);

/** The download read chunk by chunk, keeping only its size and its CSV row count (CRLF). */
async function streamed(format: 'xlsx' | 'csv') {
  const res = await fetch(`${tenant.api.baseUrl}/interaction-log-entries/export?format=${format}`, {
    headers: { authorization: `Bearer ${tenant.api.token}` },
  });
  let bytes = 0;
  let rows = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (let i = chunk.indexOf(13); i >= 0; i = chunk.indexOf(13, i + 1)) if (chunk[i + 1] === 10) rows++;
  }
  return { status: res.status, bytes, rows };
}

describe('GET /interaction-log-entries/export at 6,000 entries', () => {
  test.each(['xlsx', 'csv'] as const)(
    'A large %s export streams every entry while the heap stays within a fixed budget',
    async (format) => {
      const { result, growthMb } = await heapGrowthDuring(() => streamed(format), 1000);
      expect(result.status).toBe(200);
      expect(result.bytes).toBeGreaterThan(ENTRIES * 50);
      if (format === 'csv') expect(result.rows).toBe(ENTRIES + 1);
      expect(growthMb).toBeLessThan(HEAP_BUDGET_MB);
      console.info(`${format}: ${ENTRIES} entries, ${result.bytes} bytes, heap +${growthMb.toFixed(1)} MB`);
    },
    300_000,
  );
});
