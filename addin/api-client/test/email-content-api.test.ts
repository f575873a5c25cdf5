import { startTestApp } from '../../../test/support/test-app';
import { factories } from '../../../test/support/factories';
import { ApiError, orNullWhenNotFound } from '../src/api-error';
import { createInterlogApi } from '../src/interlog-api';
import { fieldsWrittenIn, unknownFieldsOf } from '../src/merge-fields';

const TENANT = 'tenant-api-client-email-content';
let app: Awaited<ReturnType<typeof startTestApp>>;
let token: string;

beforeAll(async () => {
  app = await startTestApp({ label: 'api_client_email_content' });
  token = await app.issuer.token({ tid: TENANT });
});
afterAll(() => app.stop());

const interlogApi = () => createInterlogApi({ baseUrl: app.baseUrl, getToken: async () => token, fetchImpl: fetch });

describe('Email contents through the API client', () => {
  test('When an email is saved, then the client reads it back with the merge fields it uses', async () => {
    const template = await factories(await app.as({ tid: TENANT })).template();
    const client = interlogApi();

    const saved = await client.emailContents.put(template.code, {
      subject: 'Hello {contactName}',
      body: 'From {salespersonName}',
    });

    expect(saved).toMatchObject({ templateCode: template.code, fields: ['contactName', 'salespersonName'] });
    expect(await client.emailContents.get(template.code)).toEqual(saved);
  });

  test('When the email uses a field that is not a merge field, then the ApiError lists it and the field it is written in can be found', async () => {
    const template = await factories(await app.as({ tid: TENANT })).template();
    const draft = { subject: 'Hi {nickname}', body: 'Dear {contactName}' };

    const error = await interlogApi()
      .emailContents.put(template.code, draft)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(unknownFieldsOf(error)).toEqual(['nickname']);
    expect(fieldsWrittenIn(draft.subject, unknownFieldsOf(error))).toEqual(['nickname']);
    expect(fieldsWrittenIn(draft.body, unknownFieldsOf(error))).toEqual([]);
  });

  test('When the email is removed, then reading it gives null through orNullWhenNotFound', async () => {
    const template = await factories(await app.as({ tid: TENANT })).template();
    const client = interlogApi();
    await client.emailContents.put(template.code, { subject: 'Offer', body: 'Text' });

    await client.emailContents.remove(template.code);

    expect(await orNullWhenNotFound(client.emailContents.get(template.code))).toBeNull();
  });
});
