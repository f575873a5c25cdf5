import { brotliDecompressSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { newPageOn } from '../support/browser';
import { browserSuite } from '../support/browser-suite';
import { outlookPane } from '../support/outlook-pane';
import { rawGet } from '../support/raw-get';

jest.setTimeout(120_000);

const suite = browserSuite('content_security_policy');
const pane = outlookPane(
  () => suite.browser,
  () => suite.web,
);

/** What the page and its frames report against the Content-Security-Policy, from the first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|securitypolicyviolation/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`securitypolicyviolation: ${e.violatedDirective} blocked ${e.blockedURI}`),
    ),
  );
  return violations;
}

/** Office.js loaded (from /office-js/, under script-src 'self') and answered Office.onReady. */
function officeReady(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const office = (window as unknown as { Office?: { onReady(): Promise<unknown> } }).Office;
    if (!office) return false;
    await office.onReady();
    return true;
  });
}

describe('The pages under their Content-Security-Policy', () => {
  test('When the pane preview records from a meeting, then Office.js is ready and nothing is blocked', async () => {
    const session = await pane.open('meeting');
    const violations = await watchViolations(session.page);
    await session.page.reload();
    await session.pane.getByRole('list').first().waitFor();
    await session.pane
      .getByRole('combobox')
      .filter({ hasText: /\([A-Z-]+\)$/ })
      .first()
      .waitFor();
    expect(await officeReady(session.page)).toBe(true);
    expect(violations).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.close();
  });

  test('When the Teams preview shows the meeting panel, then nothing is blocked', async () => {
    const { context, page, errors } = await newPageOn(suite.browser, suite.web.origin, { width: 900, height: 1300 });
    const violations = await watchViolations(page);
    await page.goto(`${suite.web.origin}/teams/preview.html?page=meeting&lang=en&theme=light`);
    await page
      .getByTestId('meeting-side-panel')
      .getByRole('combobox')
      .filter({ hasText: /\(MEETINV\)/ })
      .waitFor();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('When the task pane is opened outside Outlook, then Office.js loads and the page says where it runs', async () => {
    const { context, page, errors } = await newPageOn(suite.browser, suite.web.origin);
    const violations = await watchViolations(page);
    await page.goto(`${suite.web.origin}/taskpane.html`);
    await page.getByText('Interlog runs inside Outlook').waitFor();
    expect(await officeReady(page)).toBe(true);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('When the meeting page is framed by a host on an allowed origin, then teams-js loads and calls the host', async () => {
    const { context, page } = await newPageOn(suite.browser, suite.web.origin);
    const violations = await watchViolations(page);
    // A stand-in for Teams on this origin ('self' is among the frame ancestors): it frames the
    // real page, served with its CSP, and records what teams-js asks of its parent. teams-js
    // accepts answers from HTTPS Microsoft origins only, so this host does not answer.
    const hostUrl = `${suite.web.origin}/test-teams-host.html`;
    await page.route(hostUrl, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><body><script>
          window.teamsCalls = [];
          addEventListener('message', (e) => { if (e.data && e.data.func) window.teamsCalls.push(e.data.func); });
        </script><iframe src="/teams/meeting.html" width="800" height="600"></iframe></body>`,
      }),
    );
    await page.goto(hostUrl);
    await page.waitForFunction(() => (window as unknown as { teamsCalls: string[] }).teamsCalls.includes('initialize'));
    const frame = page.frames().find((f) => f.url().endsWith('/teams/meeting.html'));
    expect(frame).toBeDefined();
    expect(violations).toEqual([]);
    await context.close();
  });

  test('When the built pages and their scripts are fetched, then they come precompressed; no script names its map', async () => {
    for (const page of ['/taskpane.html', '/teams/meeting.html', '/on-send.html']) {
      const html = await rawGet(`${suite.web.origin}${page}`);
      expect(html.headers['content-security-policy']).toMatch(/script-src 'self'/);
      const scripts = [...html.body.toString().matchAll(/src="(\/[^"]+\.js)"/g)].map((m) => m[1]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) {
        const plain = await rawGet(`${suite.web.origin}${script}`);
        const br = await rawGet(`${suite.web.origin}${script}`, { 'accept-encoding': 'br, gzip' });
        expect(plain.body.toString()).not.toMatch(/sourceMappingURL/);
        if (script.startsWith('/office-js/')) continue;
        expect(br.headers['content-encoding']).toBe('br');
        expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
        if (script.startsWith('/assets/'))
          expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      }
    }
  });
});
