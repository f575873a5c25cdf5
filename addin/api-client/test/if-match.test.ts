import { startTestApp } from '../../../test/support/test-app';
import { factories } from '../../../test/support/factories';
import { ApiError, isChangedElsewhere, versionOf } from '../src/api-error';
import { createInterlogApi } from '../src/interlog-api';

let app: Awaited<ReturnType<typeof startTestApp>>;
let api: ReturnType<typeof createInterlogApi>;
let make: ReturnType<typeof factories>;

beforeAll(async () => {
  app = await startTestApp({ label: 'api_client_if_match' });
  const token = await app.issuer.token({ tid: 'tenant-if-match', oid: 'annette' });
  api = createInterlogApi({ baseUrl: app.baseUrl, getToken: async () => token, fetchImpl: fetch });
  make = factories(await app.as({ tid: 'tenant-if-match', oid: 'annette' }));
});
afterAll(() => app.stop());

describe('If-Match from the API client', () => {
  test('When a record is saved with the version it was read at, then the save goes through and the version moves on', async () => {
    const read = await api.setup.marketingSetup.get();

    const saved = await api.setup.marketingSetup.put({ defaultLanguageCode: 'ENU' }, versionOf(read));

    expect(versionOf(saved)).toBe(versionOf(read)! + 1);
    expect(versionOf(await api.setup.marketingSetup.get())).toBe(versionOf(saved));
  });

  test('When someone else saved the record since it was read, then the save fails as changed elsewhere, not to be retried, and nothing is overwritten', async () => {
    const group = await make.group({ description: 'Before' });
    const read = (await api.templates.groups()).items.find((g) => g.code === group.code)!;
    await api.setup.interactionGroups.patch(group.code, { description: 'Theirs' }, versionOf(read));

    const error = await api.setup.interactionGroups
      .patch(group.code, { description: 'Mine' }, versionOf(read))
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 412, problemName: 'precondition-failed', retryable: false });
    expect(isChangedElsewhere(error)).toBe(true);
    expect((await api.templates.groups()).items.find((g) => g.code === group.code)?.description).toBe('Theirs');
  });
});
