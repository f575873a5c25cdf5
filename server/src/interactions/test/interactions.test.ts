import { startTestApp, type ApiClient } from '../../../../test/support/test-app';
import { factories } from '../../../../test/support/factories';

let app: Awaited<ReturnType<typeof startTestApp>>;
let api: ApiClient;
let make: ReturnType<typeof factories>;

beforeAll(async () => {
  app = await startTestApp({ label: 'interactions' });
  api = await app.as({ tid: 'tenant-interactions' });
  make = factories(api);
});
afterAll(() => app.stop());

describe('POST /interactions', () => {
  test('When only contact and template are given, then cost, duration, flow, initiated by and description come from the template', async () => {
    const template = await make.template({ description: 'Phone call', unitCost: 3.5, unitDurationMin: 12, informationFlow: 'inbound', initiatedBy: 'them' });
    const contact = await make.contact();

    const res = await api.post('/interactions', { contactNo: contact.no, templateCode: template.code });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ contactNo: contact.no, templateCode: template.code, description: 'Phone call', cost: 3.5, durationMin: 12, informationFlow: 'inbound', initiatedBy: 'them', postponed: false, canceled: false });
    expect(res.body.entryNo).toBeGreaterThan(0);
  });

  test('When the caller gives values, then they win over the template', async () => {
    const template = await make.template({ unitCost: 3.5 });
    const contact = await make.contact();

    const res = await api.post('/interactions', { contactNo: contact.no, templateCode: template.code, cost: 9, durationMin: 1, description: 'Own text', evaluation: 'positive', attemptFailed: true });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ cost: 9, durationMin: 1, description: 'Own text', evaluation: 'positive', attemptFailed: true });
  });

  test('When the same Idempotency-Key is sent twice, then one entry exists and the retry returns it', async () => {
    const template = await make.template();
    const contact = await make.contact();
    const body = { contactNo: contact.no, templateCode: template.code, source: { type: 'email', internetMessageId: '<abc@example.com>' } };

    const first = await api.post('/interactions', body, { 'Idempotency-Key': `key-${contact.no}` });
    const second = await api.post('/interactions', body, { 'Idempotency-Key': `key-${contact.no}` });

    expect(first.status).toBe(201);
    expect(second.body.entryNo).toBe(first.body.entryNo);
    const list = await api.get(`/interaction-log-entries?contactNo=${contact.no}`);
    expect(list.body.items).toHaveLength(1);
  });
});
