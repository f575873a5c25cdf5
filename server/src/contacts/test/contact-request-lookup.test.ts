import mongoose from 'mongoose';
import { randomUUID } from 'node:crypto';
import { startTestApp } from '../../../../test/support/test-app';
import { testTenant, type TestTenant } from '../../../../test/support/test-tenant';

let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  app = await startTestApp({ label: 'contact-request-lookup' });
});
afterAll(() => app.stop());

const db = () => mongoose.connection.db!;

async function tenantWithContactSeries(): Promise<TestTenant> {
  const tenant = await testTenant(app);
  const series = await tenant.make.numberSeries({ startingNo: 'RQ0001' });
  await tenant.make.ok(tenant.api.put('/marketing-setup', { contactNos: series.code }));
  return tenant;
}

/** A crash after the contact was stored and before its answer was: the stored answer is gone, the retry runs again. */
const forgetAnswer = (tenant: TestTenant, key: string) =>
  db()
    .collection('idempotency_records')
    .deleteOne({ _id: `${tenant.tid}|post /contacts|${key}` as never });

/** A crash after the contact was stored and before its key was linked: the tenant's keyed request links gone. */
const forgetRequestLinks = (tenant: TestTenant) =>
  db()
    .collection('lookups')
    .deleteMany({ tenantId: tenant.tid, _id: { $regex: `^${tenant.tid}:contact-by-request:idem:` } } as never);

const contactNos = async (tenant: TestTenant, name: string) =>
  (await tenant.api.get(`/contacts?search=${encodeURIComponent(name)}`)).body.items.map((c: { no: string }) => c.no);

describe('An idempotent contact create retried after a crash', () => {
  test('When the answer was lost, then the retry finds the contact it made by its key and makes no second one', async () => {
    const tenant = await tenantWithContactSeries();
    const name = `Lost answer ${randomUUID().slice(0, 8)}`;
    const key = `lost-${randomUUID()}`;
    const first = await tenant.api.post('/contacts', { name }, { 'Idempotency-Key': key });
    await forgetAnswer(tenant, key);

    const retry = await tenant.api.post('/contacts', { name }, { 'Idempotency-Key': key });

    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.body.no).toBe(first.body.no);
    expect(await contactNos(tenant, name)).toEqual([first.body.no]);
  });

  test('When the contact was made before its key was linked (an older version), then the retry still finds it', async () => {
    const older = await tenantWithContactSeries();
    const name = `Older version ${randomUUID().slice(0, 8)}`;
    const made = await older.api.post('/contacts', { name });
    // The contact as an older version stored it: in the contacts, with its request key, and in no lookup.
    const tenant = await tenantWithContactSeries();
    const key = `older-${randomUUID()}`;
    const stored = await db()
      .collection('contacts')
      .findOne({ _id: `${older.tid}:${made.body.no}` as never });
    await db()
      .collection('contacts')
      .insertOne({
        ...stored!,
        _id: `${tenant.tid}:RQ0500` as never,
        no: 'RQ0500',
        tenantId: tenant.tid,
        requestKey: `idem:${key}`,
      });

    const retry = await tenant.api.post('/contacts', { name }, { 'Idempotency-Key': key });

    expect([retry.status, retry.body.no]).toEqual([201, 'RQ0500']);
    expect(await contactNos(tenant, name)).toEqual(['RQ0500']);
  });

  test('When the crash came after the contact was stored and before its key was linked, then the retry finds it by the collision', async () => {
    const tenant = await tenantWithContactSeries();
    const name = `Unlinked ${randomUUID().slice(0, 8)}`;
    const key = `unlinked-${randomUUID()}`;
    const first = await tenant.api.post('/contacts', { name }, { 'Idempotency-Key': key });
    await forgetAnswer(tenant, key);
    await forgetRequestLinks(tenant);

    const retry = await tenant.api.post('/contacts', { name }, { 'Idempotency-Key': key });
    const again = await tenant.api.post('/contacts', { name }, { 'Idempotency-Key': key });

    expect([retry.status, retry.body.no, again.body.no]).toEqual([201, first.body.no, first.body.no]);
    expect(await contactNos(tenant, name)).toEqual([first.body.no]);
  });

  test('When a contact given its number was stored and its key not linked, then the retry with that number returns it', async () => {
    const tenant = await tenantWithContactSeries();
    const no = `RQN${randomUUID().slice(0, 6)}`.toUpperCase();
    const key = `numbered-${randomUUID()}`;
    const first = await tenant.api.post('/contacts', { no, name: 'Numbered' }, { 'Idempotency-Key': key });
    await forgetAnswer(tenant, key);
    await forgetRequestLinks(tenant);

    const retry = await tenant.api.post('/contacts', { no, name: 'Numbered' }, { 'Idempotency-Key': key });
    const other = await tenant.api.post('/contacts', { no, name: 'Numbered' }, { 'Idempotency-Key': `${key}-other` });

    expect([first.status, retry.status, retry.body]).toEqual([201, 201, first.body]);
    expect(other.status).toBe(409);
  });

  test('When the key is linked to a number without its contact, then the retry makes the contact', async () => {
    const tenant = await tenantWithContactSeries();
    const name = `Linked only ${randomUUID().slice(0, 8)}`;
    const key = `linked-${randomUUID()}`;
    await tenant.api.post('/contacts', { name: 'Warm-up' });
    await db()
      .collection('lookups')
      .insertOne({
        _id: `${tenant.tid}:contact-by-request:idem:${key}#0` as never,
        tenantId: tenant.tid,
        target: 'RQ0009',
      });

    const retry = await tenant.api.post('/contacts', { name }, { 'Idempotency-Key': key });

    expect(retry.status).toBe(201);
    expect(await contactNos(tenant, name)).toEqual([retry.body.no]);
    expect((await tenant.api.get('/contacts/RQ0009')).status).toBe(404);
  });
});
