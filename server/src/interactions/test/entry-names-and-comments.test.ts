import { startTestApp, type ApiClient } from '../../../../test/support/test-app';
import type { factories } from '../../../../test/support/factories';
import { testTenant } from '../../../../test/support/test-tenant';
import { expectProblem } from '../../../../test/helpers/problem';

const TENANT = 'tenant-entry-names';
let app: Awaited<ReturnType<typeof startTestApp>>;
let api: ApiClient;
let make: ReturnType<typeof factories>;

beforeAll(async () => {
  app = await startTestApp({ label: 'entry-names' });
  ({ api, make } = await testTenant(app, { tid: TENANT }));
});
afterAll(() => app.stop());

/** A person at a company with a salesperson, and a template, all with names. */
async function namedRecords() {
  const salesperson = await make.salesperson({ name: 'Annette Hill' });
  const company = await make.company({ name: 'Cronus Cardoxy' });
  const contact = await make.contact({
    name: 'Mindy Martin',
    companyNo: company.no,
    salespersonCode: salesperson.code,
  });
  const template = await make.template({ description: 'Phone call with a customer' });
  return { salesperson, company, contact, template };
}

describe('Names on interaction log entries', () => {
  test("When an interaction is recorded, then the entry carries the contact's, company's, salesperson's and template's names", async () => {
    const { salesperson, company, contact, template } = await namedRecords();

    const res = await api.post('/interactions', { contactNo: contact.no, templateCode: template.code });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      contactName: 'Mindy Martin',
      contactCompanyNo: company.no,
      contactCompanyName: 'Cronus Cardoxy',
      salespersonCode: salesperson.code,
      salespersonName: 'Annette Hill',
      templateDescription: 'Phone call with a customer',
    });
  });

  test('When the caller names another salesperson, then the entry carries that salesperson’s name', async () => {
    const { contact, template } = await namedRecords();
    const other = await make.salesperson({ name: 'Otis Falls' });

    const entry = await make.interaction({
      contactNo: contact.no,
      templateCode: template.code,
      salespersonCode: other.code,
    });

    expect(entry.salespersonName).toBe('Otis Falls');
  });

  test('When a segment is logged, then its entries carry the names too', async () => {
    const { contact, template, salesperson } = await namedRecords();
    const segment = await make.segment({ interaction: { templateCode: template.code } });
    await make.ok(api.post(`/segments/${segment.no}/lines`, { contactNo: contact.no }));

    const logged = await make.ok(api.post(`/segments/${segment.no}/log`, {}));
    const res = await api.get(`/interaction-log-entries?loggedSegmentEntryNo=${logged.loggedSegmentEntryNo}`);

    expect(res.body.items).toEqual([
      expect.objectContaining({
        contactName: 'Mindy Martin',
        contactCompanyName: 'Cronus Cardoxy',
        salespersonCode: salesperson.code,
        salespersonName: 'Annette Hill',
        templateDescription: 'Phone call with a customer',
      }),
    ]);
  });

  test('When an entry was stored before names were copied, then reading it gives the names from the records', async () => {
    const { contact, template } = await namedRecords();
    const entry = await make.interaction({ contactNo: contact.no, templateCode: template.code });
    const { InteractionLogEntryModel } = await import('../data-access/interaction-log-entry-model');
    await InteractionLogEntryModel.updateOne(
      { tenantId: TENANT, entryNo: entry.entryNo },
      { $unset: { contactCompanyName: '', salespersonName: '', templateDescription: '', comment: '' } },
    );

    const one = await api.get(`/interaction-log-entries/${entry.entryNo}`);
    const list = await api.get(`/interaction-log-entries?contactNo=${contact.no}`);

    const expected = {
      contactCompanyName: 'Cronus Cardoxy',
      salespersonName: 'Annette Hill',
      templateDescription: 'Phone call with a customer',
      comment: '',
    };
    expect(one.body).toMatchObject(expected);
    expect(list.body.items[0]).toMatchObject(expected);
  });
});

describe('Names on segment lines and segments', () => {
  test("When a contact is added to a segment, then its line carries the company's and the template's names", async () => {
    const { company, contact, template, salesperson } = await namedRecords();
    const segment = await make.segment({
      salespersonCode: salesperson.code,
      interaction: { templateCode: template.code },
    });

    const added = await api.post(`/segments/${segment.no}/lines`, { contactNo: contact.no });
    const lines = await api.get(`/segments/${segment.no}/lines`);
    const header = await api.get(`/segments/${segment.no}`);

    const expected = {
      contactName: 'Mindy Martin',
      contactCompanyNo: company.no,
      contactCompanyName: 'Cronus Cardoxy',
      templateDescription: 'Phone call with a customer',
    };
    expect(added.body).toMatchObject(expected);
    expect(lines.body.items).toEqual([expect.objectContaining(expected)]);
    expect(header.body).toMatchObject({
      salespersonName: 'Annette Hill',
      templateDescription: 'Phone call with a customer',
    });
  });
});

describe('Interaction comments', () => {
  test('When an interaction is recorded with a comment, then the entry keeps it', async () => {
    const { contact, template } = await namedRecords();

    const entry = await make.interaction({
      contactNo: contact.no,
      templateCode: template.code,
      comment: 'Wants a quote for 40 chairs.\nCall back Friday.',
    });

    expect((await api.get(`/interaction-log-entries/${entry.entryNo}`)).body.comment).toBe(
      'Wants a quote for 40 chairs.\nCall back Friday.',
    );
  });

  test('When a comment is added afterwards, then the entry shows it and the rest stays', async () => {
    const { contact, template } = await namedRecords();
    const entry = await make.interaction({ contactNo: contact.no, templateCode: template.code, description: 'Call' });

    const res = await api.patch(`/interaction-log-entries/${entry.entryNo}`, { comment: 'Sent the price list.' });

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ comment: 'Sent the price list.', description: 'Call' });
  });

  test('When a postponed interaction is finished with a comment, then the entry keeps it', async () => {
    const { contact, template } = await namedRecords();
    const entry = await make.interaction({ contactNo: contact.no, templateCode: template.code, postpone: true });

    const res = await api.post(`/interaction-log-entries/${entry.entryNo}/resume`, { comment: 'Finished later.' });

    expect(res.body).toMatchObject({ postponed: false, comment: 'Finished later.' });
  });

  test('When none is given, then the comment is empty', async () => {
    const { contact, template } = await namedRecords();

    const entry = await make.interaction({ contactNo: contact.no, templateCode: template.code });

    expect(entry.comment).toBe('');
  });

  test('When a comment is longer than 2000 characters, then 400 and nothing is recorded', async () => {
    const { contact, template } = await namedRecords();

    const res = await api.post('/interactions', {
      contactNo: contact.no,
      templateCode: template.code,
      comment: 'x'.repeat(2001),
    });

    expectProblem(res, 400, 'validation');
    expect((await api.get(`/interaction-log-entries?contactNo=${contact.no}`)).body.items).toEqual([]);
  });

  test('When a comment that is too long or not text is patched, then 400 and the comment is unchanged', async () => {
    const { contact, template } = await namedRecords();
    const entry = await make.interaction({ contactNo: contact.no, templateCode: template.code, comment: 'Kept' });

    const tooLong = await api.patch(`/interaction-log-entries/${entry.entryNo}`, { comment: 'x'.repeat(2001) });
    const notText = await api.patch(`/interaction-log-entries/${entry.entryNo}`, { comment: 42 });

    expectProblem(tooLong, 400, 'validation');
    expectProblem(notText, 400, 'validation');
    expect((await api.get(`/interaction-log-entries/${entry.entryNo}`)).body.comment).toBe('Kept');
  });
});
