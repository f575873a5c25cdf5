import { newPageOn } from '../support/browser';
import { browserSuite } from '../support/browser-suite';

jest.setTimeout(120_000);

const suite = browserSuite('outside_host');

describe('Pages opened outside their host', () => {
  test.each([
    ['/taskpane.html', 'Interlog runs inside Outlook', '/preview.html'],
    ['/teams/tab.html', 'This page runs inside Microsoft Teams', '/teams/preview.html'],
    ['/teams/meeting.html', 'This page runs inside Microsoft Teams', '/teams/preview.html'],
  ])(
    'When %s is opened in a plain browser, then it says where it runs and links to the preview, never a blank page',
    async (path, text, preview) => {
      const { context, page, errors } = await newPageOn(suite.browser, suite.web.origin);
      await page.goto(`${suite.web.origin}${path}`);
      await page.getByText(text).waitFor();
      expect(await page.getByRole('link', { name: 'Open the preview' }).getAttribute('href')).toBe(preview);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  test('When the manifest is requested, then the server answers the unified manifest as JSON', async () => {
    const res = await fetch(`${suite.web.origin}/manifest.json`);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect((await res.json()).manifestVersion).toBe('1.17');
  });
});
