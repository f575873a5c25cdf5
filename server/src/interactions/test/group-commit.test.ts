import mongoose from 'mongoose';
import { randomUUID } from 'node:crypto';
import { startTestApp } from '../../../../test/support/test-app';
import { testTenant, type TestTenant } from '../../../../test/support/test-tenant';

let app: Awaited<ReturnType<typeof startTestApp>>;
let tenant: TestTenant;
let templateCode: string;

beforeAll(async () => {
  app = await startTestApp({ label: 'group-commit' });
  tenant = await testTenant(app);
  templateCode = (await tenant.make.template()).code;
});
afterAll(() => app.stop());

const entries = () => mongoose.connection.db!.collection('interaction_log_entries');
const idempotencyRecords = () => mongoose.connection.db!.collection('idempotency_records');

describe('POST /interactions, many at once (group commit)', () => {
  test('When N creates of a tenant arrive at once, then there are exactly N entries with consecutive numbers', async () => {
    const contact = await tenant.make.contact();
    const N = 40;

    const responses = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        tenant.api.post('/interactions', { contactNo: contact.no, templateCode, subject: `At once ${i}` }),
      ),
    );

    expect(responses.map((r) => r.status)).toEqual(Array(N).fill(201));
    const numbers = responses.map((r) => r.body.entryNo as number).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(N);
    expect(numbers[N - 1]! - numbers[0]! + 1).toBe(N);
    responses.forEach((r, i) => expect(r.body.subject).toBe(`At once ${i}`));
    expect(await entries().countDocuments({ tenantId: tenant.tid, contactNo: contact.no })).toBe(N);
  });

  test('When each answer is read back, then it is the entry as stored', async () => {
    const contact = await tenant.make.contact();
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => tenant.api.post('/interactions', { contactNo: contact.no, templateCode })),
    );

    for (const res of responses) {
      const read = await tenant.api.get(`/interaction-log-entries/${res.body.entryNo}`);
      expect(read.body).toEqual(res.body);
    }
  });

  test('When the same email is recorded again for the contact during a batch, then both get the one entry', async () => {
    const contacts = await Promise.all([tenant.make.contact(), tenant.make.contact(), tenant.make.contact()]);
    const source = { type: 'email', internetMessageId: `<${randomUUID()}@batch.example>` };
    const body = (contactNo: string) => ({ contactNo, templateCode, source });

    const responses = await Promise.all([
      ...contacts.map((c) => tenant.api.post('/interactions', body(c.no))),
      ...contacts.map((c) => tenant.api.post('/interactions', body(c.no))),
      ...Array.from({ length: 6 }, () =>
        tenant.api.post('/interactions', { contactNo: contacts[0]!.no, templateCode }),
      ),
    ]);

    for (let i = 0; i < contacts.length; i++) {
      const [first, again] = [responses[i]!, responses[i + contacts.length]!];
      expect([first.status, again.status].sort()).toEqual([200, 201]);
      expect(again.body.entryNo).toBe(first.body.entryNo);
    }
    expect(responses.slice(2 * contacts.length).map((r) => r.status)).toEqual(Array(6).fill(201));
    const recorded = await tenant.api.get(
      `/interaction-log-entries?internetMessageId=${encodeURIComponent(source.internetMessageId)}`,
    );
    expect(recorded.body.items.map((e: { contactNo: string }) => e.contactNo).sort()).toEqual(
      contacts.map((c) => c.no).sort(),
    );
  });

  test('When one create of a batch is refused, then the others are recorded', async () => {
    const contact = await tenant.make.contact();

    const responses = await Promise.all([
      ...Array.from({ length: 5 }, () => tenant.api.post('/interactions', { contactNo: contact.no, templateCode })),
      tenant.api.post('/interactions', { contactNo: 'NOSUCHCONTACT', templateCode }),
      ...Array.from({ length: 5 }, () => tenant.api.post('/interactions', { contactNo: contact.no, templateCode })),
    ]);

    expect(responses.map((r) => r.status)).toEqual([...Array(5).fill(201), 422, ...Array(5).fill(201)]);
    expect(await entries().countDocuments({ tenantId: tenant.tid, contactNo: contact.no })).toBe(10);
  });

  test('When the process died after the entry was written, then the retry with its Idempotency-Key gets that entry', async () => {
    const contact = await tenant.make.contact();
    const key = randomUUID();
    const first = await tenant.api.post(
      '/interactions',
      { contactNo: contact.no, templateCode },
      { 'Idempotency-Key': key },
    );
    // As a process that died before storing the answer leaves it: the key pending, its lease run out.
    await idempotencyRecords().updateOne(
      { _id: `${tenant.tid}|post /interactions|${key}` as never },
      { $set: { state: 'pending', owner: 'died', lockedUntil: new Date(Date.now() - 1000) }, $unset: { response: '' } },
    );

    const retry = await tenant.api.post(
      '/interactions',
      { contactNo: contact.no, templateCode },
      { 'Idempotency-Key': key },
    );

    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.body.entryNo).toBe(first.body.entryNo);
    expect(await entries().countDocuments({ tenantId: tenant.tid, contactNo: contact.no })).toBe(1);
  });

  test('When a keyed request ends, then its key record (its own lease) holds the answer and no lease fields', async () => {
    const contact = await tenant.make.contact();
    const key = randomUUID();

    await tenant.api.post('/interactions', { contactNo: contact.no, templateCode }, { 'Idempotency-Key': key });

    const record = await idempotencyRecords().findOne({ _id: `${tenant.tid}|post /interactions|${key}` as never });
    expect(record).toMatchObject({ state: 'done', response: { status: 201 } });
    expect(record).not.toHaveProperty('owner');
    expect(record).not.toHaveProperty('lockedUntil');
  });
});
