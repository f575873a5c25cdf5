import { startTestApp } from '../../../../test/support/test-app';
import { testTenant, type TestTenant } from '../../../../test/support/test-tenant';

let app: Awaited<ReturnType<typeof startTestApp>>;
let tenant: TestTenant;

beforeAll(async () => {
  app = await startTestApp({ label: 'reference-cache' });
  tenant = await testTenant(app);
});
afterAll(() => app.stop());

describe('POST /interactions right after its contact, template or the setup changed (remembered for a few seconds)', () => {
  test('When the template is changed, then the next interaction takes its new values', async () => {
    const [template, contact] = [await tenant.make.template({ unitCost: 1 }), await tenant.make.contact()];
    await tenant.make.interaction({ contactNo: contact.no, templateCode: template.code });

    await tenant.make.ok(tenant.api.patch(`/interaction-templates/${template.code}`, { unitCost: 9 }));
    const after = await tenant.make.interaction({ contactNo: contact.no, templateCode: template.code });

    expect(after.cost).toBe(9);
  });

  test('When the template is deleted, then the next interaction naming it is 422', async () => {
    const [template, contact] = [await tenant.make.template(), await tenant.make.contact()];
    await tenant.make.interaction({ contactNo: contact.no, templateCode: template.code });

    await tenant.api.delete(`/interaction-templates/${template.code}`);
    const after = await tenant.api.post('/interactions', { contactNo: contact.no, templateCode: template.code });

    expect(after.status).toBe(422);
  });

  test('When a template is made after an interaction named it, then the next interaction finds it', async () => {
    const contact = await tenant.make.contact();
    const code = `LATE${Date.now().toString(36).toUpperCase()}`;
    const before = await tenant.api.post('/interactions', { contactNo: contact.no, templateCode: code });

    await tenant.make.template({ code });
    const after = await tenant.api.post('/interactions', { contactNo: contact.no, templateCode: code });

    expect([before.status, after.status]).toEqual([422, 201]);
  });

  test("When the contact's name is changed, then the next interaction copies the new name", async () => {
    const [template, contact] = [await tenant.make.template(), await tenant.make.contact()];
    await tenant.make.interaction({ contactNo: contact.no, templateCode: template.code });

    await tenant.make.ok(tenant.api.patch(`/contacts/${contact.no}`, { name: 'Renamed Since' }));
    const after = await tenant.make.interaction({ contactNo: contact.no, templateCode: template.code });

    expect(after.contactName).toBe('Renamed Since');
  });

  test('When a contact is made after an interaction named it, then the next interaction finds it', async () => {
    const template = await tenant.make.template();
    const no = `LATE${Date.now().toString(36).toUpperCase()}`;
    const before = await tenant.api.post('/interactions', { contactNo: no, templateCode: template.code });

    await tenant.make.contact({ no });
    const after = await tenant.api.post('/interactions', { contactNo: no, templateCode: template.code });

    expect([before.status, after.status]).toEqual([422, 201]);
  });

  test('When the marketing setup is changed, then the next interaction takes its new defaults', async () => {
    const [template, contact] = [await tenant.make.template({ languageCode: '' }), await tenant.make.contact()];
    await tenant.make.interaction({ contactNo: contact.no, templateCode: template.code });

    await tenant.make.ok(tenant.api.put('/marketing-setup', { defaultLanguageCode: 'fin' }));
    const after = await tenant.make.interaction({ contactNo: contact.no, templateCode: template.code });

    expect(after.languageCode).toBe('FIN');
  });
});
