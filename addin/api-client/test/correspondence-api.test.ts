import { startTestApp } from '../../../test/support/test-app';
import { docx, docxText } from '../../../test/support/docx';
import { factories } from '../../../test/support/factories';
import { ApiError, orNullWhenNotFound } from '../src/api-error';
import { DOCX_MEDIA_TYPE } from '../src/correspondence-api';
import { createInterlogApi } from '../src/interlog-api';
import { fieldsWrittenIn, unknownFieldsOf } from '../src/merge-fields';

const TENANT = 'tenant-api-client-letters';
const EMAIL_TENANT = 'tenant-api-client-email-content';
let app: Awaited<ReturnType<typeof startTestApp>>;
let token: string;
let emailToken: string;

beforeAll(async () => {
  app = await startTestApp({ label: 'api_client_correspondence' });
  token = await app.issuer.token({ tid: TENANT });
  emailToken = await app.issuer.token({ tid: EMAIL_TENANT });
});
afterAll(() => app.stop());

const interlogApi = () => createInterlogApi({ baseUrl: app.baseUrl, getToken: async () => token, fetchImpl: fetch });

const emailInterlogApi = () =>
  createInterlogApi({ baseUrl: app.baseUrl, getToken: async () => emailToken, fetchImpl: fetch });

const docxBlob = (text: string) => new Blob([new Uint8Array(docx(text))], { type: DOCX_MEDIA_TYPE });

describe('Word templates and letters through the API client', () => {
  test('When a Word template is uploaded and a hard-copy segment logged, then the client gets the template back and downloads the letters with their file name', async () => {
    const make = factories(await app.as({ tid: TENANT }));
    const template = await make.template({ correspondenceType: 'hardCopy' });
    const client = interlogApi();

    const info = await client.wordTemplates.upload(template.code, docxBlob('Dear {contactName}'), 'Dopis.docx');
    const segment = await make.segment({
      interaction: { templateCode: template.code, correspondenceType: 'hardCopy' },
    });
    const contact = await make.contact({ name: 'Olga Client' });
    await make.ok((await app.as({ tid: TENANT })).post(`/segments/${segment.no}/lines`, { contactNo: contact.no }));
    const logged = await client.segments.log(segment.no, {}, 30_000);
    const { attachments } = await client.letters.generate(logged.loggedSegmentEntryNo);
    const letters = await client.letters.download(attachments[0]);
    const original = await client.wordTemplates.download(template.code);

    expect(info).toMatchObject({ templateCode: template.code, fileName: 'Dopis.docx', fields: ['contactName'] });
    expect(await client.wordTemplates.info(template.code)).toEqual(info);
    expect(original.fileName).toBe('Dopis.docx');
    expect(original.blob.size).toBe(info.size);
    expect(attachments).toHaveLength(1);
    expect(letters.fileName).toBe(attachments[0].fileName);
    const text = docxText(Buffer.from(await letters.blob.arrayBuffer()));
    expect(text).toContain('Dear Olga Client');
  });

  test('When the document has a tag that is not a merge field, then the upload fails with a validation ApiError listing it', async () => {
    const make = factories(await app.as({ tid: TENANT }));
    const template = await make.template();

    const error = await interlogApi()
      .wordTemplates.upload(template.code, docxBlob('Dear {nickname}'))
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, problemName: 'validation' });
    expect((error as ApiError).problem?.unknownFields).toEqual(['nickname']);
  });

  test('When the Word template is removed, then downloading it fails as not-found', async () => {
    const make = factories(await app.as({ tid: TENANT }));
    const template = await make.template();
    const client = interlogApi();
    await client.wordTemplates.upload(template.code, docxBlob('Hello {contactName}'));

    await client.wordTemplates.remove(template.code);

    expect(await client.wordTemplates.download(template.code).catch((e: unknown) => e)).toMatchObject({
      status: 404,
      problemName: 'not-found',
    });
  });
});

describe('Email contents through the API client', () => {
  test('When an email is saved, then the client reads it back with the merge fields it uses', async () => {
    const template = await factories(await app.as({ tid: EMAIL_TENANT })).template();
    const client = emailInterlogApi();

    const saved = await client.emailContents.put(template.code, {
      subject: 'Hello {contactName}',
      body: 'From {salespersonName}',
    });

    expect(saved).toMatchObject({ templateCode: template.code, fields: ['contactName', 'salespersonName'] });
    expect(await client.emailContents.get(template.code)).toEqual(saved);
  });

  test('When the email uses a field that is not a merge field, then the ApiError lists it and the field it is written in can be found', async () => {
    const template = await factories(await app.as({ tid: EMAIL_TENANT })).template();
    const draft = { subject: 'Hi {nickname}', body: 'Dear {contactName}' };

    const error = await emailInterlogApi()
      .emailContents.put(template.code, draft)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(unknownFieldsOf(error)).toEqual(['nickname']);
    expect(fieldsWrittenIn(draft.subject, unknownFieldsOf(error))).toEqual(['nickname']);
    expect(fieldsWrittenIn(draft.body, unknownFieldsOf(error))).toEqual([]);
  });

  test('When the email is removed, then reading it gives null through orNullWhenNotFound', async () => {
    const template = await factories(await app.as({ tid: EMAIL_TENANT })).template();
    const client = emailInterlogApi();
    await client.emailContents.put(template.code, { subject: 'Offer', body: 'Text' });

    await client.emailContents.remove(template.code);

    expect(await orNullWhenNotFound(client.emailContents.get(template.code))).toBeNull();
  });
});
