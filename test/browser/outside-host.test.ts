import type { Browser } from 'playwright-core';
import { launchBrowser, newPageOn } from '../support/browser';
import { startWebApp, type WebApp } from '../support/web-app';

jest.setTimeout(120_000);

let web: WebApp;
let browser: Browser;

beforeAll(async () => {
  [web, browser] = await Promise.all([startWebApp('outside_host'), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
});

describe('Pages opened outside their host', () => {
  test.each([
    ['/taskpane.html', 'Interlog runs inside Outlook', '/preview.html'],
    ['/teams/tab.html', 'This page runs inside Microsoft Teams', '/teams/preview.html'],
    ['/teams/meeting.html', 'This page runs inside Microsoft Teams', '/teams/preview.html'],
  ])(
    'When %s is opened in a plain browser, then it says where it runs and links to the preview, never a blank page',
    async (path, text, preview) => {
      const { context, page, errors } = await newPageOn(browser, web.origin);
      await page.goto(`${web.origin}${path}`);
      await page.getByText(text).waitFor();
      expect(await page.getByRole('link', { name: 'Open the preview' }).getAttribute('href')).toBe(preview);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  test('When the manifest is requested, then the server answers the unified manifest as JSON', async () => {
    const res = await fetch(`${web.origin}/manifest.json`);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect((await res.json()).manifestVersion).toBe('1.17');
  });
});
