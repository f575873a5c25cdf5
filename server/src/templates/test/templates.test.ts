import { startTestApp, type ApiClient, type ApiResponse } from '../../../../test/support/test-app';
import type { factories } from '../../../../test/support/factories';
import { testTenant, uniqueCode } from '../../../../test/support/test-tenant';
import { expectProblem } from '../../../../test/helpers/problem';

let app: Awaited<ReturnType<typeof startTestApp>>;
let api: ApiClient;
let make: ReturnType<typeof factories>;

beforeAll(async () => {
  app = await startTestApp({ label: 'templates' });
  ({ api, make } = await testTenant(app, { tid: 'tenant-templates' }));
});
afterAll(() => app.stop());

const codes = (res: ApiResponse) => res.body.items.map((item: { code: string }) => item.code);

describe('POST /interaction-groups', () => {
  test('When a group is created, then its code is upper-cased and it can be read', async () => {
    const code = `g${uniqueCode()}`;

    const res = await api.post('/interaction-groups', { code, description: 'Letters' });

    expect(res.status).toBe(201);
    expect(res.body).toEqual({ code: code.toUpperCase(), description: 'Letters', version: 0 });
    expect((await api.get(`/interaction-groups/${code}`)).body).toEqual(res.body);
  });

  test('When the code exists already, then 409 and the first group is kept', async () => {
    const group = await make.group({ description: 'First' });

    const res = await api.post('/interaction-groups', { code: group.code.toLowerCase(), description: 'Second' });

    expectProblem(res, 409, 'already-exists');
    expect((await api.get(`/interaction-groups/${group.code}`)).body.description).toBe('First');
  });

  test.each([
    ['no code', { description: 'x' }],
    ['a code longer than 20 characters', { code: 'G'.repeat(21) }],
    ['a code starting with a space', { code: ' G1' }],
    ['a description longer than 100 characters', { code: 'GLONG', description: 'x'.repeat(101) }],
    ['an unknown field', { code: 'GEXTRA', colour: 'red' }],
  ])('When the body has %s, then 400', async (_case, body) => {
    expectProblem(await api.post('/interaction-groups', body), 400, 'validation');
  });
});

describe('GET /interaction-groups', () => {
  test('When paging with a limit, then groups come once each in code order', async () => {
    const tenant = await testTenant(app);
    for (const code of ['GC', 'GA', 'GB']) await tenant.make.group({ code });

    const first = await tenant.api.get('/interaction-groups?limit=2');
    const second = await tenant.api.get(`/interaction-groups?limit=2&cursor=${first.body.nextCursor}`);

    expect([codes(first), codes(second)]).toEqual([['GA', 'GB'], ['GC']]);
    expect(second.body.nextCursor).toBeNull();
  });

  test('When the group does not exist, then 404', async () => {
    expectProblem(await api.get(`/interaction-groups/NONE${uniqueCode()}`), 404, 'not-found');
  });

  test('When the group belongs to another tenant, then 404', async () => {
    const theirs = await testTenant(app);
    const group = await theirs.make.group();

    expectProblem(await api.get(`/interaction-groups/${group.code}`), 404, 'not-found');
  });
});

describe('PATCH /interaction-groups/:code', () => {
  test('When the description is changed, then it is stored', async () => {
    const group = await make.group({ description: 'Old' });

    const res = await api.patch(`/interaction-groups/${group.code.toLowerCase()}`, { description: 'New' });

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ code: group.code, description: 'New', version: 1 });
    expect((await api.get(`/interaction-groups/${group.code}`)).body.description).toBe('New');
  });

  test('When the group does not exist, then 404', async () => {
    expectProblem(await api.patch(`/interaction-groups/NONE${uniqueCode()}`, { description: 'x' }), 404, 'not-found');
  });

  test('When the body tries to change the code, then 400', async () => {
    const group = await make.group();

    expectProblem(
      await api.patch(`/interaction-groups/${group.code}`, { code: 'OTHER', description: 'x' }),
      400,
      'validation',
    );
  });
});

describe('DELETE /interaction-groups/:code', () => {
  test('When no template uses the group, then it is deleted (204) and then unknown (404)', async () => {
    const group = await make.group();

    const res = await api.delete(`/interaction-groups/${group.code.toLowerCase()}`);

    expect(res.status).toBe(204);
    expectProblem(await api.get(`/interaction-groups/${group.code}`), 404, 'not-found');
  });

  test('When a template uses the group, then 409 names the template and the group stays', async () => {
    const group = await make.group();
    const template = await make.template({ interactionGroupCode: group.code, description: 'Spring letter' });

    const res = await api.delete(`/interaction-groups/${group.code}`);

    expectProblem(res, 409, 'conflict');
    expect(res.body.detail).toContain(`in use by interaction template ${template.code} (Spring letter)`);
    expect(res.body.usedBy).toEqual([{ code: template.code, description: 'Spring letter' }]);
    expect((await api.get(`/interaction-groups/${group.code}`)).status).toBe(200);
  });

  test('When the template using it moves to another group, then the group can be deleted', async () => {
    const group = await make.group();
    const other = await make.group();
    const template = await make.template({ interactionGroupCode: group.code });
    await make.ok(api.patch(`/interaction-templates/${template.code}`, { interactionGroupCode: other.code }));

    const res = await api.delete(`/interaction-groups/${group.code}`);

    expect(res.status).toBe(204);
  });

  test('When the group does not exist, then 404', async () => {
    expectProblem(await api.delete(`/interaction-groups/NONE${uniqueCode()}`), 404, 'not-found');
  });
});

describe('POST /interaction-templates', () => {
  test('When only a code is given, then the other fields take their defaults', async () => {
    const code = `t${uniqueCode()}`;

    const res = await api.post('/interaction-templates', { code });

    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      code: code.toUpperCase(),
      description: '',
      interactionGroupCode: '',
      informationFlow: '',
      initiatedBy: '',
      unitCost: 0,
      unitDurationMin: 0,
      correspondenceType: '',
      ignoreContactCorrespondenceType: false,
      languageCode: '',
      campaignNo: '',
      version: 0,
    });
  });

  test('When every field is given, then codes are upper-cased and the template can be read', async () => {
    const group = await make.group();
    const code = `t${uniqueCode()}`;

    const res = await api.post('/interaction-templates', {
      code,
      description: 'Sales letter',
      interactionGroupCode: group.code.toLowerCase(),
      informationFlow: 'outbound',
      initiatedBy: 'us',
      unitCost: 1.25,
      unitDurationMin: 0,
      correspondenceType: 'hardCopy',
      ignoreContactCorrespondenceType: true,
      languageCode: 'enu',
      campaignNo: 'cp0001',
    });

    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      code: code.toUpperCase(),
      description: 'Sales letter',
      interactionGroupCode: group.code,
      informationFlow: 'outbound',
      initiatedBy: 'us',
      unitCost: 1.25,
      unitDurationMin: 0,
      correspondenceType: 'hardCopy',
      ignoreContactCorrespondenceType: true,
      languageCode: 'ENU',
      campaignNo: 'CP0001',
      version: 0,
    });
    expect((await api.get(`/interaction-templates/${code}`)).body).toEqual(res.body);
  });

  test('When the interaction group does not exist, then 422 names it and nothing is created', async () => {
    const code = `T${uniqueCode()}`;

    const res = await api.post('/interaction-templates', { code, interactionGroupCode: `NONE${uniqueCode()}` });

    expectProblem(res, 422, 'business-rule');
    expect(res.body.errors).toEqual([{ path: '/body/interactionGroupCode', message: expect.any(String) }]);
    expect((await api.get(`/interaction-templates/${code}`)).status).toBe(404);
  });

  test('When the code exists already, then 409 and the first template is kept', async () => {
    const template = await make.template({ description: 'First' });

    const res = await api.post('/interaction-templates', { code: template.code.toLowerCase(), description: 'Second' });

    expectProblem(res, 409, 'already-exists');
    expect((await api.get(`/interaction-templates/${template.code}`)).body.description).toBe('First');
  });

  test.each([
    ['a negative unitCost', { unitCost: -0.01 }, '/body/unitCost'],
    ['a negative unitDurationMin', { unitDurationMin: -1 }, '/body/unitDurationMin'],
    ['a unitCost given as text', { unitCost: '5' }, '/body/unitCost'],
    ['an unknown information flow', { informationFlow: 'sideways' }, '/body/informationFlow'],
    ['an unknown initiator', { initiatedBy: 'robot' }, '/body/initiatedBy'],
    ['an unknown correspondence type', { correspondenceType: 'pigeon' }, '/body/correspondenceType'],
    ['an unknown field', { unitPrice: 5 }, '/body/unitPrice'],
  ])('When the body has %s, then 400 names the field and nothing is created', async (_case, values, path) => {
    const code = `T${uniqueCode()}`;

    const res = await api.post('/interaction-templates', { code, ...values });

    expectProblem(res, 400, 'validation');
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    expect((await api.get(`/interaction-templates/${code}`)).status).toBe(404);
  });
});

describe('GET /interaction-templates', () => {
  test('When filtering by interaction group, then only its templates are listed in code order', async () => {
    const tenant = await testTenant(app);
    const group = await tenant.make.group();
    await tenant.make.template({ code: 'TB', interactionGroupCode: group.code });
    await tenant.make.template({ code: 'TA', interactionGroupCode: group.code });
    await tenant.make.template({ code: 'TC' });

    const res = await tenant.api.get(`/interaction-templates?interactionGroupCode=${group.code.toLowerCase()}`);

    expect(codes(res)).toEqual(['TA', 'TB']);
  });

  test('When paging with a limit, then templates come once each in code order', async () => {
    const tenant = await testTenant(app);
    for (const code of ['TC', 'TA', 'TB']) await tenant.make.template({ code });

    const first = await tenant.api.get('/interaction-templates?limit=2');
    const second = await tenant.api.get(`/interaction-templates?limit=2&cursor=${first.body.nextCursor}`);

    expect([codes(first), codes(second), second.body.nextCursor]).toEqual([['TA', 'TB'], ['TC'], null]);
  });

  test('When the template does not exist, then 404', async () => {
    expectProblem(await api.get(`/interaction-templates/NONE${uniqueCode()}`), 404, 'not-found');
  });
});

describe('PATCH /interaction-templates/:code', () => {
  test('When fields are changed, then they are stored upper-cased where they are codes and the others kept', async () => {
    const group = await make.group();
    const template = await make.template({ description: 'Old', unitCost: 2 });

    const res = await api.patch(`/interaction-templates/${template.code.toLowerCase()}`, {
      description: 'New',
      interactionGroupCode: group.code.toLowerCase(),
      unitDurationMin: 30,
      languageCode: 'fra',
    });

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      ...template,
      description: 'New',
      interactionGroupCode: group.code,
      unitDurationMin: 30,
      languageCode: 'FRA',
      version: 1,
    });
    expect((await api.get(`/interaction-templates/${template.code}`)).body).toEqual(res.body);
  });

  test('When the new interaction group does not exist, then 422 and the template is unchanged', async () => {
    const template = await make.template();

    const res = await api.patch(`/interaction-templates/${template.code}`, {
      description: 'Should not stick',
      interactionGroupCode: `NONE${uniqueCode()}`,
    });

    expectProblem(res, 422, 'business-rule');
    expect(res.body.errors).toEqual([{ path: '/body/interactionGroupCode', message: expect.any(String) }]);
    expect((await api.get(`/interaction-templates/${template.code}`)).body).toEqual(template);
  });

  test.each([
    ['a negative unitCost', { unitCost: -1 }],
    ['a negative unitDurationMin', { unitDurationMin: -5 }],
    ['an empty body', {}],
    ['a code change', { code: 'OTHER' }],
  ])('When the body has %s, then 400 and the template is unchanged', async (_case, body) => {
    const template = await make.template();

    expectProblem(await api.patch(`/interaction-templates/${template.code}`, body), 400, 'validation');
    expect((await api.get(`/interaction-templates/${template.code}`)).body).toEqual(template);
  });

  test('When the template does not exist, then 404', async () => {
    expectProblem(
      await api.patch(`/interaction-templates/NONE${uniqueCode()}`, { description: 'x' }),
      404,
      'not-found',
    );
  });
});

describe('DELETE /interaction-templates/:code', () => {
  test('When nothing uses the template, then it is deleted (204) and then unknown (404)', async () => {
    const template = await make.template();

    const res = await api.delete(`/interaction-templates/${template.code.toLowerCase()}`);

    expect(res.status).toBe(204);
    expectProblem(await api.get(`/interaction-templates/${template.code}`), 404, 'not-found');
  });

  test('When the interaction template setup uses the template, then 409 and it stays', async () => {
    const tenant = await testTenant(app);
    const template = await tenant.make.template();
    await tenant.make.ok(tenant.api.put('/interaction-template-setup', { meetingInvitation: template.code }));

    const res = await tenant.api.delete(`/interaction-templates/${template.code}`);

    expectProblem(res, 409, 'conflict');
    expect((await tenant.api.get(`/interaction-templates/${template.code}`)).status).toBe(200);
  });

  test('When the setup stops using the template, then it can be deleted', async () => {
    const tenant = await testTenant(app);
    const template = await tenant.make.template();
    await tenant.make.ok(tenant.api.put('/interaction-template-setup', { emails: template.code }));
    await tenant.make.ok(tenant.api.put('/interaction-template-setup', { emails: '' }));

    const res = await tenant.api.delete(`/interaction-templates/${template.code}`);

    expect(res.status).toBe(204);
  });

  test("When another tenant's setup uses a template with the same code, then this tenant's template can still be deleted", async () => {
    const mine = await testTenant(app);
    const theirs = await testTenant(app);
    const code = `T${uniqueCode()}`;
    await mine.make.template({ code });
    await theirs.make.template({ code });
    await theirs.make.ok(theirs.api.put('/interaction-template-setup', { emails: code }));

    expect((await mine.api.delete(`/interaction-templates/${code}`)).status).toBe(204);
    expect((await theirs.api.get(`/interaction-templates/${code}`)).status).toBe(200);
  });

  test('When the template does not exist, then 404', async () => {
    expectProblem(await api.delete(`/interaction-templates/NONE${uniqueCode()}`), 404, 'not-found');
  });
});

describe('GET|PUT /interaction-template-setup', () => {
  const empty = {
    emails: '',
    emailsReceived: '',
    meetingInvitation: '',
    outgoingCalls: '',
    emailDraft: '',
    salesQuotes: '',
    salesInvoices: '',
  };

  test('When a tenant has set nothing up, then every automatic interaction is off', async () => {
    const tenant = await testTenant(app);

    const res = await tenant.api.get('/interaction-template-setup');

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ...empty, version: 0 });
  });

  test('When existing templates are named, then they are stored upper-cased and the others kept', async () => {
    const tenant = await testTenant(app);
    const email = await tenant.make.template();
    const call = await tenant.make.template();
    await tenant.make.ok(tenant.api.put('/interaction-template-setup', { salesQuotes: email.code }));

    const res = await tenant.api.put('/interaction-template-setup', {
      emails: email.code.toLowerCase(),
      outgoingCalls: call.code,
    });

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      ...empty,
      emails: email.code,
      outgoingCalls: call.code,
      salesQuotes: email.code,
      version: 2,
    });
    expect((await tenant.api.get('/interaction-template-setup')).body).toEqual(res.body);
  });

  test('When templates that do not exist are named, then 422 lists each of them and nothing changes', async () => {
    const tenant = await testTenant(app);
    const template = await tenant.make.template();
    await tenant.make.ok(tenant.api.put('/interaction-template-setup', { emails: template.code }));

    const res = await tenant.api.put('/interaction-template-setup', {
      emails: '',
      emailDraft: 'NOSUCH1',
      salesInvoices: 'NOSUCH2',
      meetingInvitation: template.code,
    });

    expectProblem(res, 422, 'business-rule');
    expect(res.body.errors).toEqual([
      { path: '/body/emailDraft', message: expect.stringContaining('NOSUCH1') },
      { path: '/body/salesInvoices', message: expect.stringContaining('NOSUCH2') },
    ]);
    expect((await tenant.api.get('/interaction-template-setup')).body).toEqual({
      ...empty,
      emails: template.code,
      version: 1,
    });
  });

  test('When a template of another tenant is named, then 422', async () => {
    const mine = await testTenant(app);
    const theirs = await testTenant(app);
    const template = await theirs.make.template();

    expectProblem(await mine.api.put('/interaction-template-setup', { emails: template.code }), 422, 'business-rule');
  });

  test('When the body names an unknown automatic interaction, then 400', async () => {
    const tenant = await testTenant(app);

    const res = await tenant.api.put('/interaction-template-setup', { faxes: 'X' });

    expectProblem(res, 400, 'validation');
    expect(res.body.errors).toEqual([{ path: '/body/faxes', message: 'is not an allowed field' }]);
  });
});
