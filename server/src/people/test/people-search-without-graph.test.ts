import { startTestApp } from '../../../../test/support/test-app';

let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  app = await startTestApp({ label: 'people_nograph' });
});

afterAll(() => app.stop());

describe('GET /me/people without Microsoft Graph configured', () => {
  test('When the server has no Graph credentials, then it answers 503 with a problem saying so', async () => {
    const res = await (await app.as()).get('/me/people?search=Jana');

    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(res.body.detail).toMatch(/not configured/);
  });
});
