import mongoose from 'mongoose';
import { randomUUID } from 'node:crypto';
import { startTestApp } from '../../../../test/support/test-app';
import { testTenant, type TestTenant } from '../../../../test/support/test-tenant';

let app: Awaited<ReturnType<typeof startTestApp>>;
let tenant: TestTenant;

beforeAll(async () => {
  app = await startTestApp({ label: 'contact-email-lookup' });
  tenant = await testTenant(app);
});
afterAll(() => app.stop());

const newEmail = () => `p${randomUUID().slice(0, 8)}@lookup.example`;
const byEmail = async (email: string, extra = '') =>
  (await tenant.api.get(`/contacts?email=${encodeURIComponent(email)}${extra}`)).body.items.map(
    (c: { no: string }) => c.no,
  );

describe('GET /contacts?email=', () => {
  test('When a contact is created, then it is found by its address in any case', async () => {
    const email = newEmail();
    const contact = await tenant.make.contact({ email });

    expect(await byEmail(email.toUpperCase())).toEqual([contact.no]);
  });

  test('When two contacts share an address, then both are found in number order', async () => {
    const email = newEmail();
    const b = await tenant.make.contact({ no: `B${randomUUID().slice(0, 6)}`.toUpperCase(), email });
    const a = await tenant.make.contact({ no: `A${randomUUID().slice(0, 6)}`.toUpperCase(), email });

    expect(await byEmail(email)).toEqual([a.no, b.no]);
  });

  test("When a contact's address changes, then it is found by the new one only, and again after it changes back", async () => {
    const [before, after] = [newEmail(), newEmail()];
    const contact = await tenant.make.contact({ email: before });

    await tenant.make.ok(tenant.api.patch(`/contacts/${contact.no}`, { email: after }));
    const moved = [await byEmail(before), await byEmail(after)];
    await tenant.make.ok(tenant.api.patch(`/contacts/${contact.no}`, { email: before }));

    expect(moved).toEqual([[], [contact.no]]);
    expect([await byEmail(before), await byEmail(after)]).toEqual([[contact.no], []]);
  });

  test('When contacts are imported in a batch, then each is found by its address', async () => {
    const contacts = Array.from({ length: 3 }, () => ({
      no: `I${randomUUID().slice(0, 8)}`.toUpperCase(),
      name: 'Imported',
      email: newEmail(),
    }));

    await tenant.make.ok(tenant.api.post('/contacts/batch', { contacts }));

    for (const c of contacts) expect(await byEmail(c.email)).toEqual([c.no]);
  });

  test('When other criteria are given with the address, then only contacts matching all are found', async () => {
    const email = newEmail();
    const company = await tenant.make.company({ email });
    await tenant.make.contact({ email });

    expect(await byEmail(email, '&type=company')).toEqual([company.no]);
  });

  test('When no contact has the address, then none is found', async () => {
    expect(await byEmail(newEmail())).toEqual([]);
  });
});

describe('The email lookup of a tenant whose contacts were made before it existed', () => {
  test('When its first search reads an address of a contact made before, then the contact is found', async () => {
    const older = await testTenant(app);
    const email = newEmail();
    const contact = await older.make.contact({ email });
    // As a contact written before the lookup existed: the links of the tenant gone.
    await mongoose.connection.db!.collection('lookups').deleteMany({ tenantId: older.tid });

    const page = await older.api.get(`/contacts?email=${encodeURIComponent(email.toUpperCase())}`);

    expect(page.body.items.map((c: { no: string }) => c.no)).toEqual([contact.no]);
  });
});
