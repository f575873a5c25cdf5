import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { openTeamsPage } from '../support/teams-page';
import { startWebApp, type WebApp } from '../support/web-app';

jest.setTimeout(240_000);

const SHOTS = '/tmp/shots/a15c';
let web: WebApp;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [web, browser] = await Promise.all([startWebApp('teams_log_columns'), launchBrowser()]);
  const contacts = (await web.api.get('/contacts?limit=5')).body.items as { no: string }[];
  for (const [i, contact] of contacts.entries())
    await web.api.post('/interactions', {
      contactNo: contact.no,
      templateCode: 'OUTGCALL',
      description: `Call about the renewal of the service agreement ${i}`,
      subject: 'Renewal',
    });
});
afterAll(async () => {
  await browser?.close();
  await web?.stop();
});

/**
 * Scrolls the log's table to each column in turn and reports the headings that cannot be seen whole or are covered
 * by something else; and whether the table's sideways scroll bar is on screen once the table's top is.
 */
const unreachableColumns = (page: Page) =>
  page.evaluate(() => {
    const table = document.querySelector('[data-testid="marketing-tab"] table')!;
    const box = table.parentElement!;
    box.scrollIntoView({ block: 'start' });
    const hidden: string[] = [];
    for (const th of Array.from(table.querySelectorAll('thead th'))) {
      th.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = th.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      const inside = r.left >= b.left - 1 && r.right <= b.right + 1;
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!inside || !top || !th.contains(top)) hidden.push(th.textContent || '(actions)');
    }
    box.scrollIntoView({ block: 'start' });
    const scrolls = box.scrollWidth > box.clientWidth;
    const barOnScreen = box.getBoundingClientRect().bottom <= window.innerHeight + 1;
    return { hidden, scrolls, barOnScreen };
  });

describe('Teams interaction log: every column reachable', () => {
  test.each([
    [1000, 'en', 'light'],
    [1000, 'cs', 'dark'],
    [1000, 'ru', 'light'],
    [1000, 'fi', 'dark'],
    [1366, 'en', 'dark'],
    [1366, 'cs', 'light'],
    [1366, 'ru', 'dark'],
    [1366, 'fi', 'light'],
  ])(
    'When the log is shown at %i px in %s (%s), then every column can be scrolled to, none is covered by a pinned one, and the sideways scroll bar is on screen',
    async (width, lang, theme) => {
      const tab = await openTeamsPage(browser, web.origin, { page: 'tab', width, height: 800, lang, theme });
      await tab.root.getByRole('tab').nth(2).click();
      await tab.root
        .getByTestId(/^log-entry-/)
        .first()
        .waitFor();
      const result = await unreachableColumns(tab.page);
      expect(result.hidden).toEqual([]);
      if (result.scrolls) expect(result.barOnScreen).toBe(true);
      await tab.shot(SHOTS, `log-columns-${width}-${lang}-${theme}`);
      expect(tab.errors).toEqual([]);
      await tab.close();
    },
  );
});
