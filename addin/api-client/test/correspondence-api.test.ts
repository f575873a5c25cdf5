import { startTestApp } from '../../../test/support/test-app';
import { docx, docxText } from '../../../test/support/docx';
import { factories } from '../../../test/support/factories';
import { ApiError } from '../src/api-error';
import { DOCX_MEDIA_TYPE } from '../src/correspondence-api';
import { createInterlogApi } from '../src/interlog-api';

const TENANT = 'tenant-api-client-letters';
let app: Awaited<ReturnType<typeof startTestApp>>;
let token: string;

beforeAll(async () => {
  app = await startTestApp({ label: 'api_client_letters' });
  token = await app.issuer.token({ tid: TENANT });
});
afterAll(() => app.stop());

const interlogApi = () => createInterlogApi({ baseUrl: app.baseUrl, getToken: async () => token, fetchImpl: fetch });

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
