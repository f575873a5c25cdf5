import { startTestApp } from '../../../../test/support/test-app';
import { testTenant, type TestTenant } from '../../../../test/support/test-tenant';
import { expectProblem } from '../../../../test/helpers/problem';

let app: Awaited<ReturnType<typeof startTestApp>>;
let tenant: TestTenant;

beforeAll(async () => {
  app = await startTestApp({ label: 'postponed-per-item' });
  tenant = await testTenant(app);
});
afterAll(() => app.stop());

let n = 0;
const emailSource = () => ({
  type: 'email' as const,
  internetMessageId: `<item-${++n}-${Date.now()}@fabrikam.example>`,
});

async function postponedFor(source: Record<string, string>) {
  const template = await tenant.make.template();
  const contact = await tenant.make.contact();
  const postponed = await tenant.api.post('/interactions', {
    contactNo: contact.no,
    templateCode: template.code,
    source,
    postpone: true,
  });
  expect(postponed.status).toBe(201);
  return { template, contact, postponed: postponed.body };
}

const entriesOf = async (contactNo: string, postponed: boolean) =>
  (await tenant.api.get(`/interaction-log-entries?contactNo=${contactNo}&postponed=${postponed}`)).body.items;

describe('POST /interactions: a postponed interaction belongs to its item', () => {
  test('When an email is recorded for a contact who has a postponed interaction for it, then 409 names the postponed entry and nothing is recorded', async () => {
    const source = emailSource();
    const { template, contact, postponed } = await postponedFor(source);

    const res = await tenant.api.post('/interactions', { contactNo: contact.no, templateCode: template.code, source });

    expectProblem(res, 409, 'conflict');
    expect(res.body.postponedEntryNo).toBe(postponed.entryNo);
    expect(await entriesOf(contact.no, false)).toEqual([]);
    expect((await entriesOf(contact.no, true)).map((e: { entryNo: number }) => e.entryNo)).toEqual([postponed.entryNo]);
  });

  test('A meeting is the same item by its iCalUId, whatever item id the caller has', async () => {
    const { template, contact, postponed } = await postponedFor({
      type: 'meeting',
      iCalUId: 'ical-qbr-1',
      itemId: 'A',
    });

    const res = await tenant.api.post('/interactions', {
      contactNo: contact.no,
      templateCode: template.code,
      source: { type: 'meeting', iCalUId: 'ical-qbr-1', itemId: 'teams-meeting:B' },
    });

    expectProblem(res, 409, 'conflict');
    expect(res.body.postponedEntryNo).toBe(postponed.entryNo);
  });

  test('When the postponed interaction is finished, then the item can be recorded again and finds that entry', async () => {
    const source = emailSource();
    const { template, contact, postponed } = await postponedFor(source);
    expect((await tenant.api.post(`/interaction-log-entries/${postponed.entryNo}/resume`, {})).status).toBe(200);

    const res = await tenant.api.post('/interactions', { contactNo: contact.no, templateCode: template.code, source });

    expect(res.status).toBe(200);
    expect(res.body.entryNo).toBe(postponed.entryNo);
    expect(await entriesOf(contact.no, true)).toEqual([]);
  });

  test('Another item, another contact, or an entry without a source is not held back by a postponed interaction', async () => {
    const source = emailSource();
    const { template, contact } = await postponedFor(source);
    const other = await tenant.make.contact();

    const otherItem = { contactNo: contact.no, templateCode: template.code, source: emailSource() };
    expect((await tenant.api.post('/interactions', otherItem)).status).toBe(201);
    const otherContact = { contactNo: other.no, templateCode: template.code, source };
    expect((await tenant.api.post('/interactions', otherContact)).status).toBe(201);
    expect(
      (await tenant.api.post('/interactions', { contactNo: contact.no, templateCode: template.code })).status,
    ).toBe(201);
  });

  test('Postponing the item again for the contact is allowed (the user asked for it)', async () => {
    const source = emailSource();
    const { template, contact } = await postponedFor(source);
    const again = { contactNo: contact.no, templateCode: template.code, source, postpone: true };
    expect((await tenant.api.post('/interactions', again)).status).toBe(201);
  });
});
